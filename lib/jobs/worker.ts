// The background worker (issue 12): delivers the outbox's e-mail and runs the daily reminders and
// digests, on pg-boss. It runs inside `npm start` (instrumentation.ts) unless DUGNAD_WORKER=0, or
// alone with `npm run worker` (scripts/worker.ts). Several workers on one database share the work:
// pg-boss hands each job to one of them (SKIP LOCKED), the cron schedules fire once, and every
// step is idempotent besides (docs/decisions/017-notifications.md).
import PgBoss from "pg-boss";
import { jobPrincipal } from "@/lib/access";
import { createDigests } from "@/lib/data/outbox";
import { runReminders } from "@/lib/data/reminders";
import { deliverEmail } from "@/lib/jobs/email-job";
import { ensureQueues, QUEUES, SCHEDULES, TIME_ZONE } from "@/lib/jobs/queues";
import type { MailTransport } from "@/lib/mail/transport";
import { log } from "@/lib/log";
import { runWithContext } from "@/lib/ops/request-context";
import { reportDatabaseError } from "@/lib/ops/database-watch";

export interface WorkerOptions {
  databaseUrl: string;
  transport: MailTransport | null;
  from: string;
  /** The clock the daily jobs read (tests give their own). */
  now?: () => Date;
  /** Put the daily jobs on their cron schedules (off in tests that run them by hand). */
  schedule?: boolean;
  /** How often an idle worker looks for e-mail (seconds). */
  pollingIntervalSeconds?: number;
  onError?: (error: unknown) => void;
}

export interface RunningWorker {
  boss: PgBoss;
  /** Finishes the jobs in flight, for at most `timeoutMs` (30 s by default): the rest are failed, to be retried. */
  stop(timeoutMs?: number): Promise<void>;
}

const principal = jobPrincipal("notifier");

// While the database is down pg-boss fails every poll of every queue: one line per message and
// half-minute is enough.
const lastLogged = new Map<string, number>();
function logWorkerError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const now = Date.now();
  if ((lastLogged.get(message) ?? 0) > now - 30_000) return;
  if (lastLogged.size > 100) lastLogged.clear();
  lastLogged.set(message, now);
  log.error({ err: error }, "worker error");
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const now = options.now ?? (() => new Date());
  // pg-boss's pool gives up a connection after 3 s and a statement after 60 s, as the app's does
  // (lib/db.ts): while the database is down its polling fails fast, and it resumes by itself.
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    max: 4,
    schedule: options.schedule ?? true,
    application_name: "dugnad-worker",
    connectionTimeoutMillis: 3_000,
    statement_timeout: 60_000,
    keepAlive: true,
  } as PgBoss.ConstructorOptions);
  // Every error pg-boss meets (its pool's too: a dead idle connection) comes here; never unhandled.
  boss.on("error", (error) => {
    reportDatabaseError(error);
    (options.onError ?? logWorkerError)(error);
  });
  await boss.start();
  await ensureQueues(boss);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  // Up to 10 e-mails per fetch, one after the other; a failed one is failed alone (retried with
  // backoff), the rest of the batch is completed when the handler returns.
  await boss.work<{ emailId: string }>(QUEUES.email, { ...polling, batchSize: 10 }, async (jobs) => {
    for (const job of jobs) {
      // Every log line of the job carries its id (lib/log.ts).
      await runWithContext({ jobId: job.id }, async () => {
        try {
          await deliverEmail(principal, job.data.emailId, options.transport, options.from);
        } catch (error) {
          // Not the error's text: an SMTP server's answer may name the recipient.
          log.warn({ queue: QUEUES.email }, "e-mail job failed; retried later");
          await boss.fail(QUEUES.email, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      });
    }
  });
  await boss.work(QUEUES.reminders, polling, async ([job]) => {
    await runWithContext({ jobId: job?.id }, () => runReminders(principal, now()));
  });
  await boss.work(QUEUES.digest, polling, async ([job]) => {
    await runWithContext({ jobId: job?.id }, () => createDigests(principal, now()));
  });
  if (options.schedule ?? true) {
    await boss.schedule(QUEUES.reminders, SCHEDULES.reminders, {}, { tz: TIME_ZONE });
    await boss.schedule(QUEUES.digest, SCHEDULES.digest, {}, { tz: TIME_ZONE });
  }
  return {
    boss,
    // Finishes the jobs in flight (up to the timeout; pg-boss fails those still running then, and
    // retries them later), then stops.
    stop: (timeoutMs = 30_000) => boss.stop({ graceful: true, wait: true, timeout: timeoutMs }),
  };
}
