// The job queues (pg-boss, on the app's own PostgreSQL; docs/decisions/017-notifications.md) and
// how a job is put on one inside the transaction of the change that causes it.
import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";

export const QUEUES = {
  /** Send one e-mail of the outbox ({ emailId }). Retried with backoff while SMTP fails. */
  email: "email-send",
  /** Deadline and figures reminders, and the advisers' overview of overdue agencies: daily. */
  reminders: "reminders",
  /** One e-mail per person with the day's notifications they want as a digest: daily. */
  digest: "digest",
} as const;

/** E-mail: 10 tries over about two hours (backoff from 30 s), each given 2 minutes. */
export const EMAIL_QUEUE_OPTIONS = { retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 120, retentionDays: 30 } as const;
const DAILY_QUEUE_OPTIONS = { retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 900, retentionDays: 30 } as const;

/** When the daily jobs run, in Norway's time. */
export const SCHEDULES = { reminders: "0 6 * * *", digest: "0 7 * * *" } as const;
export const TIME_ZONE = "Europe/Oslo";

/** Creates the queues if they are not there (idempotent); pg-boss's own tables come with `start`. */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  const wanted: [string, object][] = [
    [QUEUES.email, EMAIL_QUEUE_OPTIONS],
    [QUEUES.reminders, DAILY_QUEUE_OPTIONS],
    [QUEUES.digest, DAILY_QUEUE_OPTIONS],
  ];
  for (const [name, options] of wanted) {
    if (!existing.has(name)) await boss.createQueue(name, { name, ...options } as PgBoss.Queue);
  }
}

/**
 * Only puts jobs on queues, and only through a transaction it is given: it opens no connection of
 * its own (pg-boss runs the insert on the `db` passed with each job).
 */
const enqueuer = new PgBoss({
  db: {
    executeSql: () => Promise.reject(new Error("A job is put on a queue only inside a transaction (enqueueInTransaction).")),
  },
});

/**
 * Puts a job on a queue inside the transaction of the change that causes it: committed together,
 * or not at all.
 */
export async function enqueueInTransaction(tx: Prisma.TransactionClient, queue: string, data: object): Promise<void> {
  const db = {
    executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  };
  await enqueuer.send(queue, data, { db });
}
