// Several server processes on one port (issue 15, "Scale": one instance per core; decision record
// 036). Node renders a page on one core, so `npm start` on a machine with more cores serves more
// with WEB_CONCURRENCY processes: scripts/serve.ts then runs this primary, which forks that many
// workers (each the whole server: Next, the database watch, the in-process job worker) sharing the
// port through node:cluster. The primary serves nothing itself; it
//   - starts a worker again when one dies (a crash loop, 5 deaths within a minute, stops it all);
//   - on SIGTERM/SIGINT passes the signal on, waits for each worker's graceful stop, exits 0 when
//     all stopped cleanly (1 otherwise, or when they take longer than the stop timeout);
//   - answers a worker's /api/metrics with every worker's metrics, collected by prom-client, each
//     series labelled with its worker's slot (worker="1" …).
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
const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 60_000;
const RESTART_DELAY_MS = 1_000;

/**
 * A server process's exit status when it could not start because the database cannot be reached
 * (EX_TEMPFAIL): the primary starts it again every DATABASE_RETRY_MS for as long as that lasts,
 * without counting it as a crash.
 */
export const EXIT_DATABASE_UNREACHABLE = 75;
const DATABASE_RETRY_MS = 2_000;

const METRICS_REQUEST = "dugnad:cluster-metrics?";
const METRICS_ANSWER = "dugnad:cluster-metrics";
/** Below Prometheus's default scrape timeout (10 s). */
const METRICS_TIMEOUT_MS = 8_000;

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

/** The environment variable that tells a worker its slot (1…N), kept by its replacement. */
export const WORKER_SLOT_ENV = "DUGNAD_WORKER_SLOT";

/**
 * Runs the primary: forks `workers` processes of this script (cluster.fork runs process.argv[1]
 * again, with NODE_UNIQUE_ID set, so the script takes the worker's path) and keeps them running.
 */
export function runPrimary({ workers, shutdownTimeoutMs }: { workers: number; shutdownTimeoutMs: number }): void {
  const aggregator = new AggregatorRegistry();
  const deaths: number[] = [];
  /** Each live worker with its slot: a replacement takes the slot (and so the metrics' `worker` label) of the one it replaces. */
  const live = new Map<Worker, number>();
  let stopping = false;
  let failed = false;

  const fork = (slot: number) => {
    const worker = cluster.fork({ [WORKER_SLOT_ENV]: String(slot) });
    live.set(worker, slot);
    // A send to a process that has just died is reported here, not thrown at the primary.
    worker.on("error", (error) => logError("cluster: a message to a worker failed", error, { slot }));
    worker.on("message", (message: unknown) => void answerMetrics(worker, message));
  };

  // A worker asks for the whole cluster's metrics (its /api/metrics); prom-client collects every
  // worker's registry over IPC and aggregates (each series carries its worker's slot).
  const answerMetrics = async (worker: Worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, METRICS_REQUEST)) return;
    const answer: MetricsAnswer = { type: METRICS_ANSWER, id: message.id };
    try {
      answer.text = await aggregator.clusterMetrics();
    } catch (error) {
      answer.error = error instanceof Error ? error.message : String(error);
    }
    if (worker.isConnected()) worker.send(answer, undefined, undefined, () => {});
  };

  cluster.on("exit", (worker, code, signal) => {
    const slot = live.get(worker) ?? 0;
    live.delete(worker);
    if (stopping) {
      // A process that exits non-zero, or is killed at the timeout, did not stop cleanly. One that
      // our SIGTERM killed while still starting (before its own handler was set) served nothing: no failure.
      // Nor did one that could not reach the database as it started.
      if (code !== 0 && code !== EXIT_DATABASE_UNREACHABLE && signal !== "SIGTERM") failed = true;
      if (live.size === 0) finish();
      return;
    }
    if (code === EXIT_DATABASE_UNREACHABLE) {
      log.warn({ slot, retryInMs: DATABASE_RETRY_MS }, "a worker could not start: the database cannot be reached; starting it again");
      setTimeout(() => {
        if (!stopping) fork(slot);
      }, DATABASE_RETRY_MS);
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
    log.error({ pid: worker.process.pid, slot, code, signal }, "a worker died; starting another");
    // Not unref'd: with every worker dead this timer is what keeps the primary alive until it forks.
    setTimeout(() => {
      if (!stopping) fork(slot);
    }, RESTART_DELAY_MS);
  });

  const stop = (reason: string, code = 0) => {
    if (stopping) {
      // A second signal (a second Ctrl-C): stop at once.
      log.warn({ reason }, "stopping at once");
      for (const worker of live.keys()) worker.process.kill("SIGKILL");
      process.exit(1);
    }
    stopping = true;
    if (code !== 0) failed = true;
    log.info({ reason, workers: live.size }, "stopping the workers");
    // Each worker stops gracefully on SIGTERM (its requests and jobs in flight finish first).
    for (const worker of live.keys()) worker.process.kill("SIGTERM");
    const timer = setTimeout(() => {
      log.error(`the workers took longer than ${shutdownTimeoutMs} ms to stop; exiting`);
      for (const worker of live.keys()) worker.process.kill("SIGKILL");
      process.exit(1);
    }, shutdownTimeoutMs + 5_000);
    timer.unref();
    if (live.size === 0) finish();
  };
  const finish = () => {
    log.info({ failed }, failed ? "cluster stopped; a worker did not stop cleanly" : "cluster stopped");
    process.exit(failed ? 1 : 0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => stop(signal));

  for (let slot = 1; slot <= workers; slot++) fork(slot);
  log.info({ workers }, "cluster primary started");
}

/**
 * In a worker, before anything else: labels every series of this process's registry with its slot
 * (`worker="1"` …, kept by a replacement, so that Prometheus sees a restarted process's counters
 * reset in their own series rather than a sum that drops) and lets the primary collect the registry
 * (prom-client's cluster protocol).
 */
export function shareMetricsWithPrimary(registry: Registry, slot: string | undefined): void {
  if (!cluster.isWorker) return;
  if (slot) registry.setDefaultLabels({ worker: slot });
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry(); // registers the worker's answer to the primary's collection
}

/** This worker's scrapes waiting for the primary's answer, by id; one listener serves them all. */
const waiting = new Map<number, (answer: MetricsAnswer) => void>();
let nextRequest = 0;

function onPrimaryMessage(message: unknown): void {
  if (isMessage<MetricsAnswer>(message, METRICS_ANSWER)) waiting.get(message.id)?.(message);
}

/**
 * The whole cluster's metrics in Prometheus's text format when this process is a cluster worker
 * (asked of the primary, within METRICS_TIMEOUT_MS), or null in a single process.
 */
export function clusterMetricsText(): Promise<string> | null {
  if (!cluster.isWorker || !process.send) return null;
  if (!process.listeners("message").includes(onPrimaryMessage)) process.on("message", onPrimaryMessage);
  const id = nextRequest++;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error("the cluster's metrics: the primary did not answer"));
    }, METRICS_TIMEOUT_MS);
    waiting.set(id, (answer) => {
      clearTimeout(timer);
      waiting.delete(id);
      if (answer.text !== undefined) resolve(answer.text);
      else reject(new Error(`the cluster's metrics: ${answer.error ?? "no answer"}`));
    });
    process.send!({ type: METRICS_REQUEST, id } satisfies MetricsRequest, undefined, undefined, (error: Error | null) => {
      if (!error) return;
      clearTimeout(timer);
      waiting.delete(id);
      reject(error);
    });
  });
}

function isMessage<T extends { type: string }>(message: unknown, type: T["type"]): message is T {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === type;
}
