// npm run worker — the background worker alone (issue 12): e-mail delivery, the daily reminders and
// digests. Run it beside `npm start` with DUGNAD_WORKER=0 there when the app is scaled out to
// several instances (one worker, or several: they share the work without sending anything twice).
// Needs DATABASE_URL and SMTP_URL; MAIL_FROM and APP_URL as for the app. Stops on SIGTERM/SIGINT
// after the jobs in flight. Logs JSON lines, as the app does (lib/log.ts), each job's with its id.
import { env } from "../lib/env";
import { startWorker } from "../lib/jobs/worker";
import { smtpTransport } from "../lib/mail/transport";
import { log, logError } from "../lib/log";

async function main(): Promise<void> {
  if (!env.DATABASE_URL) throw new Error("Set DATABASE_URL.");
  if (!env.SMTP_URL) log.warn("SMTP_URL is not set: e-mail stays in the outbox, and its jobs fail until it is.");
  const worker = await startWorker({ databaseUrl: env.DATABASE_URL, transport: env.SMTP_URL ? smtpTransport(env.SMTP_URL) : null, from: env.MAIL_FROM });
  log.info("Dugnad worker: running. Stop with Ctrl-C.");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log.info("Stopping after the jobs in flight…");
    await worker.stop();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((error) => {
  logError("the worker could not start", error);
  process.exit(1);
});
