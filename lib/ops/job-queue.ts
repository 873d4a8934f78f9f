// The in-process worker's state, for /api/ready (issue 15): lib/jobs/in-process.ts reports when its
// pg-boss has started and when it stops; lib/data/health.ts reads it. On globalThis, as the
// instrumentation bundle and the route handlers' bundles are separate module instances.
// No "server-only", @/lib/db or @/lib/env here.

export interface WorkerState {
  startedAt: Date;
  stopped: boolean;
}

const KEY = Symbol.for("dugnad.workerState");
const globals = globalThis as Record<symbol, unknown>;

export function reportWorkerStarted(): WorkerState {
  const state: WorkerState = { startedAt: new Date(), stopped: false };
  globals[KEY] = state;
  return state;
}

/** The in-process worker, when this process runs one. */
export function workerState(): WorkerState | undefined {
  return globals[KEY] as WorkerState | undefined;
}
