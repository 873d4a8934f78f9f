// Several server processes on one port (issue 15, "Scale": one instance per core; decision record
// 036). Node renders a page on one core, so `npm start` on a machine with more cores serves more
// with WEB_CONCURRENCY processes: scripts/serve.ts then runs this primary, which forks that many
// workers (each the whole server: Next, the database watch, the in-process job worker) sharing the
// port through node:cluster. The primary serves nothing itself; it
//   - starts a worker again when one dies (a crash loop, 5 deaths within a minute, stops it all);
//   - on SIGTERM/SIGINT passes the signal on, waits for each worker's graceful stop, exits 0 when
//     all stopped cleanly (1 otherwise, or when they take longer than the stop timeout);
//   - answers a worker's /api/metrics with every worker's metrics, aggregated by prom-client.
// Everything the workers share lives in PostgreSQL (sessions, the sign-in throttle, the API's rate
// limit, jobs with their locks): two processes behave as the two instances of e2e/two-instances.
// No "server-only", @/lib/db or @/lib/env here (run by the custom server outside Next's bundles).
import cluster, { type Worker } from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";
import { log, logError } from "../log";

/** The most workers WEB_CONCURRENCY may ask for. */
export const MAX_WORKERS = 64;

/**
 * WEB_CONCURRENCY as a worker count: unset or empty is 1 (one process, no primary); otherwise a
 * whole number from 1 to 64. Anything else is an error the server refuses to start with.
 */
export function workerCount(value: string | undefined): number {
  const text = (value ?? "").trim();
  if (text === "") return 1;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_WORKERS) {
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to ${MAX_WORKERS} (the server processes to run), not "${text}"`);
  }
  return Number(text);
}

/** Deaths within CRASH_WINDOW_MS after which the primary gives up instead of starting workers again. */
export const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 60_000;
const RESTART_DELAY_MS = 1_000;

const METRICS_REQUEST = "dugnad:cluster-metrics?";
const METRICS_ANSWER = "dugnad:cluster-metrics";

interface MetricsRequest {
  type: typeof METRICS_REQUEST;
  id: number;
}
interface MetricsAnswer {
  type: typeof METRICS_ANSWER;
  id: number;
  text?: string;
  error?: string;
}

/**
 * Runs the primary: forks `workers` processes of this script (cluster.fork runs process.argv[1]
 * again, with NODE_UNIQUE_ID set, so the script takes the worker's path) and keeps them running.
 */
export function runPrimary({ workers, shutdownTimeoutMs }: { workers: number; shutdownTimeoutMs: number }): void {
  const aggregator = new AggregatorRegistry();
  const deaths: number[] = [];
  const live = new Set<Worker>();
  let stopping = false;
  let failed = false;

  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on("message", (message: unknown) => void answerMetrics(worker, message));
    return worker;
  };

  // A worker asks for the whole cluster's metrics (its /api/metrics); prom-client collects every
  // worker's registry over IPC and aggregates (sums counters, histograms and gauges unless a metric
  // says otherwise, as the job queue's depth does).
  const answerMetrics = async (worker: Worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, METRICS_REQUEST)) return;
    const answer: MetricsAnswer = { type: METRICS_ANSWER, id: message.id };
    try {
      answer.text = await aggregator.clusterMetrics();
    } catch (error) {
      answer.error = error instanceof Error ? error.message : String(error);
    }
    if (worker.isConnected()) worker.send(answer);
  };

  cluster.on("exit", (worker, code, signal) => {
    live.delete(worker);
    if (stopping) {
      if (code !== 0) failed = true;
      if (live.size === 0) {
        log.info({ failed }, failed ? "cluster stopped; a worker did not stop cleanly" : "cluster stopped");
        process.exit(failed ? 1 : 0);
      }
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length > 0 && deaths[0]! < now - CRASH_WINDOW_MS) deaths.shift();
    if (deaths.length >= CRASH_LIMIT) {
      log.fatal({ deaths: deaths.length }, `${deaths.length} workers died within a minute; stopping`);
      stop("crash loop", 1);
      return;
    }
    log.error({ pid: worker.process.pid, code, signal }, "a worker died; starting another");
    setTimeout(() => {
      if (!stopping) fork();
    }, RESTART_DELAY_MS).unref();
  });

  const stop = (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    if (code !== 0) failed = true;
    log.info({ reason, workers: live.size }, "stopping the workers");
    // Each worker stops gracefully on SIGTERM (its requests and jobs in flight finish first).
    for (const worker of live) worker.process.kill("SIGTERM");
    const timer = setTimeout(() => {
      log.error(`the workers took longer than ${shutdownTimeoutMs} ms to stop; exiting`);
      for (const worker of live) worker.process.kill("SIGKILL");
      process.exit(1);
    }, shutdownTimeoutMs + 5_000);
    timer.unref();
    if (live.size === 0) process.exit(failed ? 1 : 0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => stop(signal));

  for (let i = 0; i < workers; i++) fork();
  log.info({ workers }, "cluster primary started");
}

/** In a worker: lets the primary collect this process's registry (prom-client's cluster protocol). */
export function shareMetricsWithPrimary(registry: Registry): void {
  if (!cluster.isWorker) return;
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry(); // registers the worker's answer to the primary's collection
}

let nextRequest = 0;

/**
 * The whole cluster's metrics in Prometheus's text format when this process is a cluster worker
 * (asked of the primary, within `timeoutMs`), or null in a single process.
 */
export function clusterMetricsText(timeoutMs = 8_000): Promise<string> | null {
  if (!cluster.isWorker || !process.send) return null;
  const id = nextRequest++;
  return new Promise<string>((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!isMessage<MetricsAnswer>(message, METRICS_ANSWER) || message.id !== id) return;
      done();
      if (message.text !== undefined) resolve(message.text);
      else reject(new Error(`the cluster's metrics: ${message.error ?? "no answer"}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error("the cluster's metrics: the primary did not answer"));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      process.off("message", onMessage);
    };
    process.on("message", onMessage);
    process.send!({ type: METRICS_REQUEST, id } satisfies MetricsRequest, undefined, undefined, (error: Error | null) => {
      if (error) {
        done();
        logError("the cluster's metrics: asking the primary failed", error);
        reject(error);
      }
    });
  });
}

function isMessage<T extends { type: string }>(message: unknown, type: T["type"]): message is T {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === type;
}
