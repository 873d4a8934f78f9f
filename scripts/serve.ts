// The production server (issue 15), in place of `next start`: Next's request handler on node:http,
// with what `next start` lacks around it:
//   - a request id per request (X-Request-Id in and out, lib/ops/request-context.ts) on every log line;
//   - JSON logs (lib/log.ts): one access line per request (method, route pattern, status, ms; no
//     query string, no cookie), and Next's own console output as JSON lines;
//   - request durations per route pattern in the Prometheus registry (lib/ops/metrics.ts);
//   - while the database is down, a 503 page at once instead of a hanging request (lib/ops/database-watch.ts);
//   - graceful SIGTERM/SIGINT: stop accepting, finish the requests in flight, stop the in-process
//     worker once its jobs in flight are done, disconnect Prisma, exit 0 (exit 1 after 25 s).
// Run with `node --import tsx scripts/serve.ts` (scripts/lib/app-server.ts), without the
// react-server condition: Next loads its own React for each bundle. PORT and HOSTNAME as for `next start`.
// Before Next (and React through it) is loaded: hence the dynamic import of "next" below.
(process.env as Record<string, string>).NODE_ENV = "production";

import cluster from "node:cluster";
import http from "node:http";
import path from "node:path";
import { format, stripVTControlCharacters } from "node:util";
import { fileURLToPath } from "node:url";
import { log, logError } from "../lib/log";
import { databaseGuard, isDatabaseUnavailable, startDatabaseWatch } from "../lib/ops/database-watch";
import { metrics } from "../lib/ops/metrics";
import { requestIdFrom, runWithContext } from "../lib/ops/request-context";
import { routeMatcherForBuild } from "../lib/ops/route-patterns";
import { markCustomServer, runShutdownHooks, shutdownTimeoutMs } from "../lib/ops/shutdown";
import { startupOutcome } from "../lib/ops/startup";
import { EXIT_DATABASE_UNREACHABLE, runPrimary, shareMetricsWithPrimary, WORKER_SLOT_ENV, workerCount } from "../lib/ops/cluster";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

/** Everything printed with console.* (Next's own messages and errors included) becomes a JSON log line. */
function routeConsoleToLog(): void {
  const write = (level: "info" | "warn" | "error" | "debug") => (...args: unknown[]) => {
    const error = args.find((a): a is Error => a instanceof Error);
    const rest = args.filter((a) => a !== error);
    // Next colours its messages for a terminal: a log line carries the text only.
    const message = stripVTControlCharacters(format(...rest)).replace(/\s+$/, "");
    if (error) log[level]({ err: error }, message || error.message);
    else log[level](message);
  };
  console.log = write("info");
  console.info = write("info");
  console.warn = write("warn");
  console.error = write("error");
  console.debug = write("debug");
}

async function main(): Promise<void> {
  // WEB_CONCURRENCY > 1: this process is the primary of that many server processes on the port
  // (lib/ops/cluster.ts, decision record 036); each of them runs the rest of main().
  const workers = workerCount(process.env.WEB_CONCURRENCY);
  /** The longest a graceful stop may take before the process gives up and exits 1. */
  const stopTimeoutMs = shutdownTimeoutMs(process.env.SHUTDOWN_TIMEOUT_MS);
  if (cluster.isPrimary && workers > 1) {
    runPrimary({ workers, shutdownTimeoutMs: stopTimeoutMs });
    return;
  }
  // A worker answers the primary's collection of metrics from the start (while Next prepares too).
  shareMetricsWithPrimary(metrics().registry, process.env[WORKER_SLOT_ENV]);
  markCustomServer();
  routeConsoleToLog();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, port, hostname: hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  // While the database is down, pages get a 503 page here, at once (lib/ops/database-watch.ts).
  const watch = process.env.DATABASE_URL ? startDatabaseWatch({ connectionString: process.env.DATABASE_URL }) : null;
  await app.prepare();
  // Next does not fail its prepare when instrumentation.ts does (it would answer 500 to every
  // request, for good): the app's start-up must have succeeded before this process listens.
  await startupOutcome();
  await watch?.ready;
  // The start-up just reached the database: a probe that failed a moment before it came back
  // would otherwise answer the first requests with the 503 page until the next one.
  if (watch?.isDown()) await watch.probe();

  const routeOf = routeMatcherForBuild(ROOT);
  const { httpDuration } = metrics();
  let inFlight = 0;
  let drained: (() => void) | null = null;

  const server = http.createServer((req, res) => {
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    const started = process.hrtime.bigint();
    inFlight += 1;
    let counted = false;
    const finish = (completed: boolean) => {
      if (counted) return;
      counted = true;
      inFlight -= 1;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req.url ?? "/");
      const method = req.method ?? "GET";
      // An answer cut off before it was sent counts as status 0.
      const status = completed ? res.statusCode : 0;
      httpDuration.observe({ method, route, status: String(status) }, seconds);
      runWithContext({ requestId }, () => log.info({ method, route, status, ms: Math.round(seconds * 10_000) / 10 }, "request"));
      if (inFlight === 0 && drained) drained();
    };
    res.once("finish", () => finish(true));
    res.once("close", () => finish(res.writableFinished));
    const fail = (error: unknown) => {
      logError("request failed", error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else {
        // Cut off, not ended: a cleanly ended 200 would pass for the whole page.
        res.destroy(error instanceof Error ? error : undefined);
      }
    };
    runWithContext({ requestId }, () => {
      try {
        databaseGuard(req, res, () => handle(req, res).catch(fail));
      } catch (error) {
        fail(error);
      }
    });
  });
  // Connections kept alive by a client (or a proxy in front) are closed when idle at shutdown.
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  log.info({ port }, "listening");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, inFlight }, "stopping: no new requests, finishing those in flight");
    const deadline = Date.now() + stopTimeoutMs;
    const timer = setTimeout(() => {
      log.error({ inFlight }, `graceful stop took longer than ${stopTimeoutMs} ms; exiting`);
      process.exit(1);
    }, stopTimeoutMs);
    timer.unref();
    server.close();
    server.closeIdleConnections();
    if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
    // A kept-alive connection whose request just ended is idle now.
    server.closeIdleConnections();
    log.info("requests finished; stopping the worker and the database connections");
    await runShutdownHooks({
      deadline,
      onError: (name, error) => logError(`shutdown: ${name} failed`, error),
      onDone: (name) => log.info({ part: name }, "shutdown: stopped"),
    });
    await watch?.stop().catch((error: unknown) => logError("shutdown: database watch failed", error));
    log.info("stopped");
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
}

main().catch((error: unknown) => {
  // Starting needs the database (the demo-password check, the job worker). Its absence is a
  // temporary failure: exit 75 (EX_TEMPFAIL), which the cluster's primary (or the platform) meets
  // by starting the process again, rather than as a crash. Any other failure is one, outage or not.
  if (isDatabaseUnavailable(error)) {
    log.error({ err: error, exitCode: EXIT_DATABASE_UNREACHABLE }, "the server could not start: the database cannot be reached");
    process.exit(EXIT_DATABASE_UNREACHABLE);
  }
  logError("the server could not start", error);
  process.exit(1);
});
