// Several app instances on one database behind a round-robin proxy, for e2e/two-instances.spec.ts
// (issue 15): the instances are the production build, each with its in-process job worker; the
// proxy is a few lines of node:http that does what nginx's `proxy_pass` to an upstream of two
// servers does (round robin, Host kept, the client's address appended to X-Forwarded-For).
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { appServerCommand } from "../scripts/lib/app-server";
import { readE2eEnv } from "../scripts/lib/e2e-env";
import { freePort } from "../scripts/lib/postgres";

const ROOT = path.join(import.meta.dirname, "..");

export interface AppInstance {
  name: string;
  url: string;
  /** What it printed (for the report when it does not start). */
  output: string[];
  stop(): Promise<void>;
}

/** One instance: the app's own server (scripts/serve.ts) on PORT, as npm start runs it. */
function spawnApp(env: NodeJS.ProcessEnv): ChildProcess {
  const { command, args } = appServerCommand();
  return spawn(command, args, { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"], env });
}

/** Starts an instance of the built app on `port` and resolves once /api/ready says it can serve. */
export async function startInstance(name: string, port: number, env: Record<string, string>): Promise<AppInstance> {
  const child = spawnApp({ ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port) });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://localhost:${port}`;
  const instance: AppInstance = {
    name,
    url,
    output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // gone
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Instance ${name} exited at start:\n${output.join("\n")}`);
    const up = await fetch(`${url}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return instance;
    if (Date.now() > deadline) {
      await instance.stop();
      throw new Error(`Instance ${name} did not answer on port ${port}:\n${output.join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface Proxy {
  url: string;
  /** How many requests each upstream has been given, by instance name. */
  served: Record<string, number>;
  close(): Promise<void>;
}

/**
 * A round-robin reverse proxy on `port` in front of the instances: each request goes to the next
 * one in turn, with the Host header kept and the client's address appended to X-Forwarded-For
 * (the instances trust one proxy hop). Answers carry `X-Dugnad-Instance` with the instance's name.
 */
export async function startProxy(port: number, instances: AppInstance[]): Promise<Proxy> {
  const agent = new http.Agent({ keepAlive: true });
  const served: Record<string, number> = Object.fromEntries(instances.map((i) => [i.name, 0]));
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = instances[next++ % instances.length]!;
    served[target.name] = (served[target.name] ?? 0) + 1;
    const upstream = new URL(target.url);
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const proxied = http.request(
      {
        host: "127.0.0.1",
        port: upstream.port,
        method: req.method,
        path: req.url,
        agent,
        headers: { ...req.headers, "x-forwarded-for": forwardedFor, "x-forwarded-proto": "http" },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, [...answer.rawHeaders, "X-Dugnad-Instance", target.name]);
        answer.pipe(res);
      },
    );
    proxied.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("Bad gateway");
    });
    req.pipe(proxied);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  return {
    url: `http://localhost:${port}`,
    served,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

/** The production server as an operator runs it, started by a spec (e2e/server-ops.spec.ts, e2e/cluster.spec.ts). */
export interface OpsServer {
  child: ChildProcess;
  base: string;
  port: number;
  /** Every output line so far, parsed (a line that is not JSON fails the test). */
  lines: () => Record<string, unknown>[];
  raw: () => string;
  exit: Promise<number>;
}

/**
 * scripts/serve.ts on a free port against the e2e server's database and build, with `env` added,
 * its output collected. It runs no job worker: the e2e server's delivers the e-mail. Resolves at
 * once: the spec waits for what it needs (ready, or every process listening).
 */
export async function spawnOpsServer(env: Record<string, string>): Promise<OpsServer> {
  const e2e = readE2eEnv();
  const port = await freePort();
  const child = spawnApp({
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: e2e.DATABASE_URL,
    AUTH_SECRET: e2e.AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
    DUGNAD_DEMO: "1",
    DUGNAD_WORKER: "0",
    PORT: String(port),
    LOG_LEVEL: "info",
    ...env,
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 128)));
  return {
    child,
    base: `http://localhost:${port}`,
    port,
    raw: () => out,
    lines: () => out.split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
    exit,
  };
}
