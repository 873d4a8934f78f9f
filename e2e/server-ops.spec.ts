// The production server as an operator runs it (issue 15): scripts/serve.ts, started here on a
// port of its own against the e2e server's database and build, its stdout collected. It logs JSON
// lines with a request id, one access line per request by route pattern, a failed sign-in as one
// line without the e-mail or a stack; serves Prometheus metrics to the token's bearer only; and on
// SIGTERM finishes a request still in flight (an API PUT whose body arrives after the signal),
// refuses new connections meanwhile, and exits 0.
import http from "node:http";
import { expect, test } from "./fixtures";
import { createOwnAgency, signInAs, type OwnAgency } from "./own-agency";
import { spawnOpsServer, type OpsServer } from "./app-instances";
import { makeApiToken } from "./api-token";

test.describe.configure({ mode: "serial" });
test.slow();

const METRICS_TOKEN = "e2e-metrics-token-0123456789abcdef";

async function startServer(): Promise<OpsServer> {
  const server = await spawnOpsServer({ METRICS_TOKEN });
  // Ready, not only alive: the database watch has found the database (until then pages answer 503).
  await expect(async () => {
    expect((await fetch(`${server.base}/api/ready`)).status).toBe(200);
  }).toPass({ timeout: 90_000 });
  return server;
}

let server: OpsServer;
let own: OwnAgency;

test.beforeAll(async () => {
  own = await createOwnAgency({ requiresLeaderApproval: false, approved: true });
  server = await startServer();
});

test.afterAll(async () => {
  if (server?.child.exitCode === null && server.child.pid) process.kill(-server.child.pid, "SIGKILL");
});

test("every line is JSON; a request's lines carry its id, and its access line names the route pattern", async () => {
  const id = `e2e-${Date.now()}-request`;
  const response = await fetch(`${server.base}/offentlig?sok=kari.nordmann@example.test`, { headers: { "x-request-id": id } });
  expect(response.status).toBe(200);
  expect(response.headers.get("x-request-id")).toBe(id);
  // An id that is not a sane token is replaced.
  const odd = await fetch(`${server.base}/api/health`, { headers: { "x-request-id": "not sane <script>" } });
  expect(odd.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

  await expect(() => expect(server.lines().some((l) => l.requestId === id && l.msg === "request")).toBe(true)).toPass();
  const access = server.lines().find((l) => l.requestId === id && l.msg === "request")!;
  expect(access).toMatchObject({ level: "info", method: "GET", route: "/offentlig", status: 200 });
  expect(typeof access.ms).toBe("number");
  // No query string, so no e-mail address, anywhere in the log.
  expect(server.raw()).not.toContain("kari.nordmann");
});

test("a failed sign-in is one log line, without the e-mail address or a stack", async ({ page }) => {
  const email = `ukjent-${Date.now()}@e2e.test`;
  const before = server.lines().length;
  await page.goto(`${server.base}/logg-inn`);
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill("feil-passord");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByText(/Feil e-post eller passord/)).toBeVisible();
  await expect(() => expect(server.lines().slice(before).filter((l) => l.msg === "sign-in failed")).toHaveLength(1)).toPass();
  const lines = server.lines().slice(before);
  expect(lines.filter((l) => l.msg === "sign-in failed")[0]).toMatchObject({ level: "info", reason: "wrong" });
  const text = JSON.stringify(lines);
  expect(text).not.toContain(email);
  expect(text).not.toMatch(/stack|CredentialsSignin|\bat .*\.js:\d+/);
  expect(lines.filter((l) => l.level === "error")).toEqual([]);
});

test("/api/metrics: 401 without the token; with it the request series, which move after requests", async () => {
  expect((await fetch(`${server.base}/api/metrics`)).status).toBe(401);
  expect((await fetch(`${server.base}/api/metrics`, { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
  const scrape = async () => {
    const response = await fetch(`${server.base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };
  const count = (text: string) => Number(/dugnad_http_request_duration_seconds_count\{method="GET",route="\/tilgjengelighet",status="200"\} (\d+)/.exec(text)?.[1] ?? 0);
  const before = await scrape();
  for (const series of ['dugnad_db_pool_connections{state="total"}', "dugnad_job_queue_depth{", "dugnad_email_failures_total", "process_resident_memory_bytes"]) {
    expect(before).toContain(series);
  }
  for (let i = 0; i < 3; i++) {
    const page = await fetch(`${server.base}/tilgjengelighet`);
    expect(page.status).toBe(200);
    await page.text(); // the request ends when its answer has been read
  }
  const after = await scrape();
  expect(count(after)).toBe(count(before) + 3);
  // Route patterns, never raw paths with ids.
  expect(after).not.toMatch(/route="\/planer\/(?!\[id\])/);
});

test("/api/ready reports the database and the migrations", async () => {
  const response = await fetch(`${server.base}/api/ready`);
  const body = (await response.json()) as { checks: Record<string, { ok: boolean }> };
  expect(body.checks.database).toEqual({ ok: true });
  expect(body.checks.migrations).toEqual({ ok: true });
});

test("SIGTERM: a request in flight completes with 200, new connections are refused, the process exits 0", async ({ page }) => {
  // A system's token for the follow-up API, made by the agency's HR on the token page.
  await signInAs(page, own.hrEmail);
  const token = await makeApiToken(page, "Avslutningstest", [/Lese virksomhetens handlingsplaner/, /Rapportere virksomhetens oppfølging/]);
  const headers = { authorization: `Bearer ${token}` };
  const plan = (await (await fetch(`${server.base}/api/v1/sector-plans/current`, { headers })).json()) as { id: string };
  const followUps = (await (await fetch(`${server.base}/api/v1/sector-plans/${plan.id}/follow-ups`, { headers })).json()) as { agencies: { measures: { measureId: string; version: number; ended: boolean }[] }[] };
  const measure = followUps.agencies[0]!.measures.find((m) => !m.ended)!;

  // The PUT's headers and half its body now; the rest after the signal.
  const body = Buffer.from(JSON.stringify({ version: measure.version, status: "IN_PROGRESS", comment: `Sendt mens serveren stoppet ${own.tag}` }));
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      `${server.base}/api/v1/sector-plans/${plan.id}/measures/${measure.measureId}/follow-up`,
      { method: "PUT", headers: { ...headers, "content-type": "application/json", "content-length": String(body.length) } },
      (response) => {
        let text = "";
        response.on("data", (d: Buffer) => (text += d.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on("error", reject);
    request.write(body.subarray(0, 10));
    setTimeout(() => {
      process.kill(server.child.pid!, "SIGTERM");
      setTimeout(async () => {
        // Meanwhile the server takes no new connection.
        const refused = await fetch(`${server.base}/api/health`).then(() => false, () => true);
        expect(refused).toBe(true);
        expect(server.child.exitCode).toBeNull();
        request.end(body.subarray(10));
      }, 1500);
    }, 1000);
  });
  const result = await answer;
  expect(result.status).toBe(200);
  expect((JSON.parse(result.body) as { version: number }).version).toBe(measure.version + 1);
  expect(await server.exit).toBe(0);
  const messages = server.lines().map((l) => l.msg);
  expect(messages).toContain("stopping: no new requests, finishing those in flight");
  expect(messages.at(-1)).toBe("stopped");
  // The database connections closed after the request (this instance runs no worker: DUGNAD_WORKER=0).
  expect(server.lines()).toContainEqual(expect.objectContaining({ msg: "shutdown: stopped", part: "prisma" }));
});
