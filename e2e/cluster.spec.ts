// One server per core (issue 15, "Scale"; decision record 036): with WEB_CONCURRENCY=2 the
// production server (scripts/serve.ts) is a primary with two server processes on one port, against
// the e2e server's database and build. Requests are shared between them and /api/metrics counts
// every one of them; a process that dies is replaced while the other serves; SIGTERM to the primary
// stops both gracefully and the primary exits 0.
import type { ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import http from "node:http";
import { expect, test } from "./fixtures";
import { spawnOpsServer, type OpsServer } from "./app-instances";

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

/** The status of a GET on a new connection (a kept-alive one to a killed process would be reset). */
const statusOnNewConnection = (url: string) =>
  new Promise<number>((resolve, reject) => {
    http.get(url, { agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    }).on("error", reject);
  });

const healthCount = async () => {
  const text = await (await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const line = text.split("\n").find((l) => l.startsWith('dugnad_http_request_duration_seconds_count{method="GET",route="/api/health",status="200"}'));
  return line ? Number(line.split(" ").at(-1)) : 0;
};

test("two server processes share the port, and /api/metrics counts the requests of both", async () => {
  expect(serverProcesses(child.pid!)).toHaveLength(2);
  expect(lines()).toContainEqual(expect.objectContaining({ msg: "cluster primary started", workers: 2 }));
  const before = await healthCount();
  for (let i = 0; i < 30; i++) expect((await fetch(`${base}/api/health`)).status).toBe(200);
  // Either process answers a request in turn; one process's own count would be about half.
  expect(await healthCount()).toBe(before + 30);
});

test("a server process that dies is replaced; the other serves meanwhile", async () => {
  const [victim, survivor] = serverProcesses(child.pid!);
  process.kill(victim!, "SIGKILL");
  for (let i = 0; i < 10; i++) expect(await statusOnNewConnection(`${base}/api/ready`)).toBe(200);
  await expect(async () => {
    const now = serverProcesses(child.pid!);
    expect(now).toHaveLength(2);
    expect(now).toContain(survivor);
    expect(now).not.toContain(victim);
  }).toPass({ timeout: 60_000 });
  expect(lines()).toContainEqual(expect.objectContaining({ level: "error", msg: "a worker died; starting another", pid: victim, signal: "SIGKILL" }));
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
