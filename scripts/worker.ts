// npm run worker — the background worker alone (issue 12): e-mail delivery, the daily reminders and
// digests. Run it beside `npm start` with DUGNAD_WORKER=0 there when the app is scaled out to
// several instances (one worker, or several: they share the work without sending anything twice).
// Needs DATABASE_URL and SMTP_URL; MAIL_FROM and APP_URL as for the app. Stops on SIGTERM/SIGINT
// after the jobs in flight.
import { env } from "../lib/env";
import { startWorker } from "../lib/jobs/worker";
import { smtpTransport } from "../lib/mail/transport";

async function main(): Promise<void> {
  if (!env.DATABASE_URL) throw new Error("Set DATABASE_URL.");
  if (!env.SMTP_URL) console.warn("SMTP_URL is not set: e-mail stays in the outbox, and its jobs fail until it is.");
  const worker = await startWorker({ databaseUrl: env.DATABASE_URL, transport: env.SMTP_URL ? smtpTransport(env.SMTP_URL) : null, from: env.MAIL_FROM });
  console.log("Dugnad worker: running. Stop with Ctrl-C.");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping after the jobs in flight…");
    await worker.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
