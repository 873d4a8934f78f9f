// The app's start-up (instrumentation.ts: the demo-password check, the in-process job worker) as
// the custom server sees it. Next runs instrumentation while it prepares, but a failure there does
// not fail Next's prepare(): it is logged, the server would listen, and every request would answer
// 500 for good, even once the database it lacked is back. So the outcome is reported here and
// scripts/serve.ts waits for it before it listens. Reported from Next's bundle and read by the
// server: the state lives on globalThis. No "server-only", @/lib/db or @/lib/env here.

interface Startup {
  outcome: Promise<void>;
  succeeded: () => void;
  failed: (error: unknown) => void;
}

const KEY = Symbol.for("dugnad.startup");

function startup(): Startup {
  const globals = globalThis as Record<symbol, unknown>;
  if (!globals[KEY]) {
    let succeeded!: () => void;
    let failed!: (error: unknown) => void;
    const outcome = new Promise<void>((resolve, reject) => {
      succeeded = resolve;
      failed = reject;
    });
    // Under `next start` or `next dev` nobody waits for it: a failure is not an unhandled rejection.
    outcome.catch(() => {});
    globals[KEY] = { outcome, succeeded, failed } satisfies Startup;
  }
  return globals[KEY] as Startup;
}

/** Runs the app's start-up and reports how it went (instrumentation.ts). Rethrows a failure, for Next to log. */
export async function reportStartup(start: () => Promise<void>): Promise<void> {
  try {
    await start();
    startup().succeeded();
  } catch (error) {
    startup().failed(error);
    throw error;
  }
}

/** Resolves once the start-up succeeded; rejects with its error, or after `timeoutMs` without a report. */
export function startupOutcome(timeoutMs = 120_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the app's start-up (instrumentation.ts) did not report within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([startup().outcome, late]).finally(() => clearTimeout(timer));
}
