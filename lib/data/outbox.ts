import "server-only";
import { createHash } from "node:crypto";
import { authorize, managedSector, type Principal } from "@/lib/access";
import { notFound } from "@/lib/data/errors";
import { prisma } from "@/lib/db";
import { oneWriterAtATime } from "@/lib/data/notifications";
import { todayInNorway } from "@/lib/domain/format";
import type { NotificationKind, NotificationParams } from "@/lib/domain/notifications";
import { appUrl, env } from "@/lib/env";
import { enqueueInTransaction, QUEUES } from "@/lib/jobs/queues";
import { mailLocale, renderDigestMail } from "@/lib/mail/render";

// The outbox's delivery (issue 12): the worker claims an e-mail, sends it, and marks it sent. A
// claim is a lease: an e-mail being sent by one worker is not taken by another until the lease
// runs out (a worker that died mid-send). The Message-ID is made from the e-mail's key, so a
// message that did go out before a crash and is sent again after it is the same message to the
// receiving server and mail client.

/** How long a claimed e-mail is another worker's before it may be taken again. */
const LEASE_SECONDS = 120;

export interface ClaimedEmail {
  id: string;
  key: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

export function messageIdFor(key: string): string {
  const host = new URL(appUrl).hostname || "dugnad.local";
  return `<${createHash("sha256").update(key).digest("hex").slice(0, 40)}@${host}>`;
}

/**
 * Takes an e-mail to send: "sent" when it has gone already (or is gone from the outbox), "busy" while
 * another worker's lease on it runs (the caller tries again later: that worker may have died).
 */
export async function claimEmail(p: Principal, id: string): Promise<ClaimedEmail | "sent" | "busy"> {
  authorize(p, "notification.send");
  const rows = await prisma.$queryRaw<ClaimedEmail[]>`
    update "EmailMessage"
       set status = 'SENDING', "claimedUntil" = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = attempts + 1
     where id = ${id}
       and (status = 'PENDING' or (status = 'SENDING' and "claimedUntil" < now()))
     returning id, key, "to", subject, text, html, attempts`;
  if (rows[0]) return rows[0];
  const row = await prisma.emailMessage.findUnique({ where: { id }, select: { status: true } });
  return !row || row.status === "SENT" ? "sent" : "busy";
}

export async function markSent(p: Principal, id: string): Promise<void> {
  authorize(p, "notification.send");
  await prisma.emailMessage.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), claimedUntil: null, lastError: null } });
}

/** Back to the outbox with the error: the job is retried with backoff (the caller rethrows). */
export async function markFailed(p: Principal, id: string, error: string): Promise<void> {
  authorize(p, "notification.send");
  await prisma.emailMessage.update({ where: { id }, data: { status: "PENDING", claimedUntil: null, lastError: error.slice(0, 500) } });
}

/**
 * The day's digest: for each person with notifications waiting for it, one e-mail listing them, with
 * its job, and the notifications marked as carried by it, in one transaction per person. The key
 * names the person and the day, so a second run the same day sends nothing more that day (what
 * arrives later waits for the next day's).
 */
export async function createDigests(p: Principal, now: Date = new Date()): Promise<number> {
  authorize(p, "notification.send");
  const day = todayInNorway(now).toISOString().slice(0, 10);
  const waiting = await prisma.notification.groupBy({ by: ["userId"], where: { digestPending: true } });
  let sent = 0;
  for (const { userId } of waiting) {
    const made = await prisma.$transaction(async (tx) => {
      const key = `digest:${userId}:${day}`;
      await oneWriterAtATime(tx, key);
      if (await tx.emailMessage.findUnique({ where: { key }, select: { id: true } })) return false;
      const [user, items] = await Promise.all([
        tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true, deactivatedAt: true } }),
        tx.notification.findMany({ where: { userId, digestPending: true }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, params: true, link: true } }),
      ]);
      if (!user || items.length === 0) return false;
      if (user.deactivatedAt) {
        await tx.notification.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { digestPending: false } });
        return false;
      }
      const mail = renderDigestMail(
        items.map((i) => ({ kind: i.kind as NotificationKind, params: i.params as unknown as NotificationParams, link: i.link })),
        { name: user.name },
        appUrl,
        mailLocale(user.locale),
      );
      const email = await tx.emailMessage.create({ data: { key, userId, to: user.email, ...mail }, select: { id: true } });
      await tx.notification.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { digestPending: false, emailId: email.id } });
      await enqueueInTransaction(tx, QUEUES.email, { emailId: email.id });
      return true;
    });
    if (made) sent += 1;
  }
  return sent;
}

// ——— For the administrator: e-mail that has not gone out ———

export interface UndeliveredEmail {
  id: string;
  to: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

/** E-mails to the sector's people that have failed at least once and are not sent. */
export async function listUndeliveredEmails(actor: Principal): Promise<UndeliveredEmail[]> {
  const sectorId = managedSector(actor, "mail.manage");
  return prisma.emailMessage.findMany({
    where: {
      status: { not: "SENT" },
      lastError: { not: null },
      user: { OR: [{ organisationId: sectorId }, { organisation: { parentId: sectorId } }] },
    },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, to: true, subject: true, attempts: true, lastError: true, createdAt: true },
  });
}

/** Puts a failed e-mail on the queue again (after SMTP is fixed). */
export async function retryEmail(actor: Principal, id: string): Promise<void> {
  const sectorId = managedSector(actor, "mail.manage");
  await prisma.$transaction(async (tx) => {
    const email = await tx.emailMessage.findFirst({
      where: { id, status: { not: "SENT" }, user: { OR: [{ organisationId: sectorId }, { organisation: { parentId: sectorId } }] } },
      select: { id: true },
    });
    if (!email) throw notFound();
    await tx.emailMessage.update({ where: { id }, data: { status: "PENDING", claimedUntil: null } });
    await enqueueInTransaction(tx, QUEUES.email, { emailId: id });
  });
}

/** Whether e-mail can go anywhere: an SMTP server is configured (or the demo's catcher). */
export const mailConfigured = () => !!env.SMTP_URL;

export interface FailedJob {
  id: string;
  queue: string;
  failedAt: Date;
  error: string;
}

/**
 * Daily jobs (reminders, digests) that failed after all their tries: the administrator sees that
 * something did not run. They hold no personal data (their data is empty; their error a message).
 */
export async function listFailedJobs(actor: Principal): Promise<FailedJob[]> {
  managedSector(actor, "mail.manage");
  const rows = await prisma.$queryRaw<{ id: string; name: string; completed_on: Date | null; created_on: Date; output: unknown }[]>`
    select id::text, name, completed_on, created_on, output
      from pgboss.job
     where state = 'failed' and name in (${QUEUES.reminders}, ${QUEUES.digest})
     order by created_on desc
     limit 50`;
  return rows.map((r) => ({
    id: r.id,
    queue: r.name,
    failedAt: r.completed_on ?? r.created_on,
    error: typeof r.output === "object" && r.output && "message" in r.output ? String((r.output as { message: unknown }).message).slice(0, 300) : "",
  }));
}
