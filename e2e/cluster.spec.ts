// One server per core (issue 15, "Scale"; decision record 036): with WEB_CONCURRENCY=2 the
// production server (scripts/serve.ts) is a primary with two server processes on one port, against
// the e2e server's database and build. Requests are shared between them and /api/metrics counts
// every one of them; a process that dies is replaced while the other serves; SIGTERM to the primary
// stops both gracefully and the primary exits 0; processes that cannot reach the database as they
// start are started again until they can (not taken for a crash loop), and then serve.
import type { ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { expect, test } from "./fixtures";
import { spawnOpsServer, type OpsServer } from "./app-instances";
import { freePort } from "../scripts/lib/postgres";
import { migrate } from "../scripts/lib/prepare-database";
import { createTestDatabase } from "../scripts/lib/test-postgres";

test.describe.configure({ mode: "serial" });
test.slow();

const METRICS_TOKEN = "e2e-cluster-metrics-token-0123456789";

/** The primary's server processes: its children running scripts/serve.ts (not tsx's esbuild). */
function serverProcesses(primary: number): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        const parent = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
        return parent === primary && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/serve.ts");
      } catch {
        return false; // gone meanwhile
      }
    });
}

let server: OpsServer;
let child: ChildProcess;
let base: string;
const lines = () => server.lines();

test.beforeAll(async () => {
  server = await spawnOpsServer({ METRICS_TOKEN, WEB_CONCURRENCY: "2" });
  ({ child, base } = server);
  // Both processes ready: each logs "listening" once Next is prepared and the port shared.
  await expect(async () => {
    expect(lines().filter((l) => l.msg === "listening")).toHaveLength(2);
    expect((await fetch(`${base}/api/ready`)).status).toBe(200);
  }).toPass({ timeout: 90_000 });
});

test.afterAll(async () => {
  if (child?.exitCode === null && child.pid) process.kill(-child.pid, "SIGKILL");
});

/**
 * A GET on a new connection, its status and body: the primary hands each new connection to the
 * next process in turn (a kept-alive connection would stay with one process, and one to a killed
 * process would be reset).
 */
const getOnNewConnection = (url: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.get(url, { agent: false, headers, timeout: 10_000 }, (response) => {
      let body = "";
      response.on("data", (d: Buffer) => (body += d.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer from ${url} within 10 s`)));
    request.on("error", reject);
  });
const statusOnNewConnection = async (url: string) => (await getOnNewConnection(url)).status;

/** /api/health's request count per process (the `worker` label, its slot), from one scrape. */
const healthCounts = async (): Promise<Record<string, number>> => {
  const { status, body } = await getOnNewConnection(`${base}/api/metrics`, { authorization: `Bearer ${METRICS_TOKEN}` });
  expect(status).toBe(200);
  const counts: Record<string, number> = {};
  for (const line of body.split("\n")) {
    if (!line.startsWith("dugnad_http_request_duration_seconds_count{") || !line.includes('route="/api/health"') || !line.includes('status="200"')) continue;
    const worker = /worker="([^"]*)"/.exec(line)?.[1] ?? "none";
    counts[worker] = (counts[worker] ?? 0) + Number(line.split(" ").at(-1));
  }
  return counts;
};
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

test("two server processes share the port, and /api/metrics counts the requests of both", async () => {
  expect(serverProcesses(child.pid!)).toHaveLength(2);
  expect(lines()).toContainEqual(expect.objectContaining({ msg: "cluster primary started", workers: 2 }));
  const before = await healthCounts();
  for (let i = 0; i < 30; i++) expect(await statusOnNewConnection(`${base}/api/health`)).toBe(200);
  // Whichever process answers the scrape, it reports both processes, each series labelled with
  // its process's slot: both served some of the 30, and together all of them.
  for (let scrape = 0; scrape < 2; scrape++) {
    const after = await healthCounts();
    expect(Object.keys(after).sort()).toEqual(["1", "2"]);
    expect(after["1"]!).toBeGreaterThan(before["1"] ?? 0);
    expect(after["2"]!).toBeGreaterThan(before["2"] ?? 0);
    expect(total(after)).toBe(total(before) + 30);
  }
});

test("a server process that dies is replaced; the other serves meanwhile", async () => {
  const [victim, survivor] = serverProcesses(child.pid!);
  process.kill(victim!, "SIGKILL");
  // Once the primary knows (it hands no new connection to a dead process after that) …
  await expect(async () => {
    expect(lines()).toContainEqual(expect.objectContaining({ level: "error", msg: "a worker died; starting another", pid: victim, signal: "SIGKILL" }));
  }).toPass({ timeout: 10_000 });
  // … the other process answers every new connection until the replacement is up.
  for (let i = 0; i < 10; i++) expect(await statusOnNewConnection(`${base}/api/ready`)).toBe(200);
  await expect(async () => {
    const now = serverProcesses(child.pid!);
    expect(now).toHaveLength(2);
    expect(now).toContain(survivor);
    expect(now).not.toContain(victim);
  }).toPass({ timeout: 60_000 });
  await expect(async () => {
    expect(lines().filter((l) => l.msg === "listening")).toHaveLength(3);
  }).toPass({ timeout: 60_000 });
  for (let i = 0; i < 4; i++) expect(await statusOnNewConnection(`${base}/api/ready`)).toBe(200);
});

test("SIGTERM to the primary: both processes stop gracefully, then the primary exits 0", async () => {
  const servers = serverProcesses(child.pid!);
  expect(servers).toHaveLength(2);
  process.kill(child.pid!, "SIGTERM");
  expect(await server.exit).toBe(0);
  expect(lines().filter((l) => l.msg === "stopped")).toHaveLength(2);
  expect(lines().at(-1)).toMatchObject({ msg: "cluster stopped", failed: false });
  for (const pid of servers) expect(() => process.kill(pid, 0)).toThrow();
});

test("processes that cannot start: the primary gives up after five deaths within a minute and exits 1", async () => {
  // The port is taken (by the e2e server itself): every process fails to listen and exits.
  const taken = process.env.E2E_PORT ?? "3100";
  const failing = await spawnOpsServer({ WEB_CONCURRENCY: "2", PORT: taken });
  try {
    expect(await failing.exit).toBe(1);
    const deaths = failing.lines().filter((l) => l.msg === "a worker died; starting another");
    expect(deaths.length).toBeGreaterThanOrEqual(3);
    expect(failing.lines()).toContainEqual(expect.objectContaining({ level: "fatal", msg: "5 workers died within a minute; stopping" }));
    expect(failing.lines().at(-1)).toMatchObject({ msg: "cluster stopped; a worker did not stop cleanly", failed: true });
  } finally {
    if (failing.child.exitCode === null && failing.child.pid) process.kill(-failing.child.pid, "SIGKILL");
  }
});

test("processes that cannot reach the database as they start are started again until they can, then serve", async () => {
  test.setTimeout(300_000);
  // A database of its own (migrated, no accounts: production mode's start-up check passes once it
  // can ask), reached through a gate that is closed at first: nothing listens on its port.
  const database = await createTestDatabase("e2e");
  await migrate(database.url);
  const target = new URL(database.url);
  const gated = new URL(database.url);
  gated.port = String(await freePort());
  const starting = await spawnOpsServer({ WEB_CONCURRENCY: "2", DATABASE_URL: gated.toString(), DUGNAD_DEMO: "0" });
  const gate = net.createServer((socket) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    socket.pipe(upstream).pipe(socket);
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });
  try {
    // Each process exits 75 and is started again: more times than the five deaths that stop a crash loop.
    const retries = () => starting.lines().filter((l) => l.msg === "a worker could not start: the database cannot be reached; starting it again").length;
    await expect.poll(retries, { timeout: 90_000 }).toBeGreaterThanOrEqual(6);
    expect(starting.child.exitCode).toBeNull();
    expect(starting.lines().filter((l) => l.level === "fatal" || l.msg === "listening")).toEqual([]);
    // (The code, not the message: where localhost is also ::1, Node's error is an AggregateError without one.)
    expect(await getOnNewConnection(`${starting.base}/api/health`).catch((error: NodeJS.ErrnoException) => error.code)).toBe("ECONNREFUSED");

    // The database is back: both processes start and serve, the primary never having stopped. (Not
    // /api/ready: no job worker has ever run on this database.)
    await new Promise<void>((resolve) => gate.listen(Number(gated.port), "127.0.0.1", resolve));
    await expect(async () => {
      expect(starting.lines().filter((l) => l.msg === "listening")).toHaveLength(2);
    }).toPass({ timeout: 120_000 });
    for (let i = 0; i < 4; i++) {
      const login = await getOnNewConnection(`${starting.base}/logg-inn`);
      expect(login.status).toBe(200);
      expect(login.body).toContain("Logg inn i Dugnad");
    }
    expect(starting.child.exitCode).toBeNull();
  } finally {
    if (starting.child.exitCode === null && starting.child.pid) process.kill(-starting.child.pid, "SIGKILL");
    await new Promise((resolve) => gate.close(resolve));
    await database.dispose();
  }
});
