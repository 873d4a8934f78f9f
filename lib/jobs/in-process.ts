// The worker inside the app's own process (`npm start`; instrumentation.ts starts it unless
// DUGNAD_WORKER=0). On SIGTERM it finishes the jobs in flight: under the custom server
// (scripts/serve.ts) after the requests in flight and before the database connections close,
// under `next start`/`next dev` at once. Its state is reported for /api/ready (lib/ops/job-queue.ts).
import { env } from "@/lib/env";
import { startWorker } from "@/lib/jobs/worker";
import { smtpTransport } from "@/lib/mail/transport";
import { reportWorkerStarted } from "@/lib/ops/job-queue";
import { onShutdown, underCustomServer } from "@/lib/ops/shutdown";

/** Of a graceful stop's time, what the worker leaves for closing the database connections after it. */
const CLOSE_RESERVE_MS = 3_000;

export async function startInProcessWorker(): Promise<void> {
  if (!env.DUGNAD_WORKER || !env.DATABASE_URL) return;
  const worker = await startWorker({ databaseUrl: env.DATABASE_URL, transport: env.SMTP_URL ? smtpTransport(env.SMTP_URL) : null, from: env.MAIL_FROM });
  const state = reportWorkerStarted();
  worker.boss.on("stopped", () => {
    state.stopped = true;
  });
  const stop = async (timeoutMs?: number) => {
    await worker.stop(timeoutMs);
    state.stopped = true;
  };
  // Within the server's stop: what is left of it, less the time the database connections need.
  onShutdown({ name: "worker", order: 10, run: (msLeft) => stop(msLeft - CLOSE_RESERVE_MS) });
  if (!underCustomServer()) process.once("SIGTERM", () => void stop());
}
