// The worker inside the app's own process (`npm start`; instrumentation.ts starts it unless
// DUGNAD_WORKER=0). On SIGTERM it finishes the jobs in flight.
import { env } from "@/lib/env";
import { startWorker } from "@/lib/jobs/worker";
import { smtpTransport } from "@/lib/mail/transport";

export async function startInProcessWorker(): Promise<void> {
  if (!env.DUGNAD_WORKER || !env.DATABASE_URL) return;
  const worker = await startWorker({ databaseUrl: env.DATABASE_URL, transport: env.SMTP_URL ? smtpTransport(env.SMTP_URL) : null, from: env.MAIL_FROM });
  process.once("SIGTERM", () => void worker.stop());
}
