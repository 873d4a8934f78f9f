// The graceful stop (issue 15) when a job outlasts it: an e-mail whose SMTP server takes 12 s is
// being sent when a stop with 4 s left begins. The worker gives the job up in time for the
// database connections to close before the deadline; the e-mail stays in the outbox, unsent, and
// its job is failed to be retried, not lost. (graceful-stop.test.ts: a job that ends in time.)
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  // lib/env.ts reads SMTP_URL when first imported: before the modules below are.
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  smtp.delayMs = 0;
  await smtp.close();
});

it("gives up the e-mail still being sent at the deadline: it stays unsent, its job to be retried, and the database closes in time", async () => {
  const { prisma } = await import("@/lib/db");
  const { createTestSector } = await import("../support/fixtures");
  const { enqueueInTransaction, QUEUES } = await import("@/lib/jobs/queues");
  const { startInProcessWorker } = await import("@/lib/jobs/in-process");
  const { runShutdownHooks } = await import("@/lib/ops/shutdown");

  const s = await createTestSector();
  const user = await prisma.user.findUniqueOrThrow({ where: { id: s.actors.hrA.userId }, select: { id: true, email: true } });
  const email = await prisma.$transaction(async (tx) => {
    const row = await tx.emailMessage.create({
      data: { key: `graceful-stop-deadline-${Date.now()}`, userId: user.id, to: user.email, subject: "Avslutning", text: "Sendes for sakte.", html: "<p>Sendes for sakte.</p>" },
      select: { id: true },
    });
    await enqueueInTransaction(tx, QUEUES.email, { emailId: row.id });
    return row;
  });

  smtp.delayMs = 12_000;
  await startInProcessWorker();
  await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(1);
  const started = Date.now();
  const stopped: string[] = [];
  await runShutdownHooks({
    deadline: started + 4_000,
    onError: (name, error) => {
      throw new Error(`${name} failed: ${String(error)}`);
    },
    onDone: (name) => stopped.push(name),
  });
  expect(stopped).toEqual(["worker", "prisma"]);
  // Done before the server would have given up (not after the SMTP server's 12 s).
  expect(Date.now() - started).toBeLessThan(4_000);

  const pg = (await import("pg")).default;
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const [row] = (await db.query<{ status: string }>(`select status::text from "EmailMessage" where id = $1`, [email.id])).rows;
    expect(row?.status).not.toBe("SENT");
    const jobs = (await db.query<{ state: string }>(`select state::text from pgboss.job where name = $1 and data->>'emailId' = $2`, [QUEUES.email, email.id])).rows;
    expect(jobs).toEqual([{ state: "retry" }]);
  } finally {
    await db.end();
  }
}, 60_000);
