// The graceful stop (issue 15) of the in-process worker: the custom server (scripts/serve.ts) runs
// the shutdown hooks on SIGTERM once the requests in flight are done. An e-mail whose SMTP server
// answers slowly is being sent when the stop begins: the stop waits for it, the e-mail arrives,
// the outbox marks it sent and pg-boss's job is completed; then the database connections close.
// (e2e/server-ops.spec.ts sends the real SIGTERM to the server with a request in flight.)
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  // lib/env.ts reads SMTP_URL when first imported: before the modules below are.
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  await smtp.close();
});

it("waits for the e-mail being sent: it arrives, is marked sent, its job completed, then the database closes", async () => {
  const { prisma } = await import("@/lib/db");
  const { createTestSector } = await import("../support/fixtures");
  const { enqueueInTransaction, QUEUES } = await import("@/lib/jobs/queues");
  const { startInProcessWorker } = await import("@/lib/jobs/in-process");
  const { runShutdownHooks } = await import("@/lib/ops/shutdown");
  const { workerState } = await import("@/lib/ops/job-queue");

  const s = await createTestSector();
  const user = await prisma.user.findUniqueOrThrow({ where: { id: s.actors.hrA.userId }, select: { id: true, email: true } });
  const email = await prisma.$transaction(async (tx) => {
    const row = await tx.emailMessage.create({
      data: { key: `graceful-stop-${Date.now()}`, userId: user.id, to: user.email, subject: "Avslutning", text: "Sendes mens appen stopper.", html: "<p>Sendes mens appen stopper.</p>" },
      select: { id: true },
    });
    await enqueueInTransaction(tx, QUEUES.email, { emailId: row.id });
    return row;
  });

  smtp.delayMs = 3000;
  await startInProcessWorker();
  // The worker has the e-mail and the SMTP server holds it: the stop begins now.
  await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(1);
  expect(smtp.started).toBe(1); // read, not yet accepted: the server answers in 3 s
  const stopStarted = Date.now();
  const stopped: string[] = [];
  await runShutdownHooks({
    onError: (name, error) => {
      throw new Error(`${name} failed: ${String(error)}`);
    },
    onDone: (name) => stopped.push(name),
  });
  expect(stopped).toEqual(["worker", "prisma"]);
  // The stop waited for the SMTP server's answer.
  expect(Date.now() - stopStarted).toBeGreaterThan(1500);
  expect(workerState()?.stopped).toBe(true);

  // Read with a client of our own: the app's has disconnected.
  const pg = (await import("pg")).default;
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const [row] = (await db.query<{ status: string }>(`select status from "EmailMessage" where id = $1`, [email.id])).rows;
    expect(row?.status).toBe("SENT");
    const jobs = (await db.query<{ state: string }>(`select state::text from pgboss.job where name = $1 and data->>'emailId' = $2`, [QUEUES.email, email.id])).rows;
    expect(jobs).toEqual([{ state: "completed" }]);
  } finally {
    await db.end();
  }
}, 60_000);
