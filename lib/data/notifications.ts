import "server-only";
import { authorizeActor, type Principal } from "@/lib/access";
import { notFound } from "@/lib/data/errors";
import { forgetUnreadAtSessionCheck, unreadAtSessionCheck } from "@/lib/data/sessions";
import { prisma } from "@/lib/db";
import {
  DELIVERY_MODES, deliveryMode, kindsFor, notificationKey, NOTIFICATION_KINDS, REQUIRED_KINDS,
  type DeliveryMode, type NotificationKind, type NotificationParams, type RecipientReason,
} from "@/lib/domain/notifications";
import { appUrl } from "@/lib/env";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { enqueueInTransaction, QUEUES } from "@/lib/jobs/queues";
import { mailLocale, renderNotificationMail } from "@/lib/mail/render";

// Notifications (issue 12; docs/decisions/017-notifications.md). `notify` is called inside the
// transaction of the change that causes it: the notification rows, their e-mails and the e-mails'
// jobs commit with the change or not at all (the outbox). Each event has a key; with the recipient
// it is unique, so an event repeated (a job run twice, two instances) reaches nobody twice.

type Tx = Prisma.TransactionClient;

export interface NotifyRecipient {
  userId: string;
  email: string;
  name: string;
  organisationName: string;
  reason: RecipientReason;
  /** The person's language (User.locale): their e-mail is written in it; bokmål when null. */
  locale?: string | null;
  /** The texts' parameters for this person (their agency's name, …). */
  params: NotificationParams;
}

export interface NotifyEvent {
  /** Unique per event: "round-sent:<letterId>", "deadline:<planId>:before-14", … */
  key: string;
  kind: NotificationKind;
  link: string;
  recipients: NotifyRecipient[];
}

/**
 * Makes the transaction wait until no other holds `key` (a transaction-level advisory lock): the
 * same event or digest written by two transactions at once (the day's jobs run on two instances)
 * then commits once, and the second, looking after the first has committed (READ COMMITTED: each
 * statement sees what is committed when it starts), finds its rows and adds nothing, instead of
 * failing on the unique key and leaving the rest of its run to a retry. docs/decisions/034.
 */
export async function oneWriterAtATime(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** Writes the event's notifications, and for those who want it at once its e-mail and the e-mail's job. Returns how many were new. */
export async function notify(tx: Tx, event: NotifyEvent): Promise<number> {
  if (event.recipients.length === 0) return 0;
  await oneWriterAtATime(tx, `notify:${event.key}`);
  const keys = event.recipients.map((r) => notificationKey(event.key, r.userId));
  const [existing, preferences] = await Promise.all([
    tx.notification.findMany({ where: { key: { in: keys } }, select: { key: true } }),
    tx.notificationPreference.findMany({ where: { userId: { in: event.recipients.map((r) => r.userId) }, kind: event.kind }, select: { userId: true, mode: true } }),
  ]);
  const seen = new Set(existing.map((e) => e.key));
  const chosen = new Map(preferences.map((p) => [p.userId, p.mode as DeliveryMode]));
  let created = 0;
  for (const r of event.recipients) {
    const key = notificationKey(event.key, r.userId);
    if (seen.has(key)) continue;
    seen.add(key);
    const mode = deliveryMode(event.kind, chosen.get(r.userId));
    let emailId: string | null = null;
    if (mode === "IMMEDIATE") {
      const mail = renderNotificationMail(event.kind, r.params, event.link, { name: r.name, organisationName: r.organisationName, reason: r.reason }, appUrl, mailLocale(r.locale));
      const email = await tx.emailMessage.create({ data: { key, userId: r.userId, to: r.email, ...mail }, select: { id: true } });
      await enqueueInTransaction(tx, QUEUES.email, { emailId: email.id });
      emailId = email.id;
    }
    await tx.notification.create({
      data: { key, userId: r.userId, kind: event.kind, params: r.params as Prisma.InputJsonValue, link: event.link, emailId, digestPending: mode === "DAILY" },
    });
    created += 1;
  }
  return created;
}

const REASON_BY_ROLE: Partial<Record<Role, RecipientReason>> = { AGENCY_HR: "agencyHr", LEADER: "agencyLeader", ADVISER: "adviser" };

/** The active people of these organisations with these roles, as recipients (their organisation named). */
export async function peopleOf(tx: Tx, organisationIds: readonly string[], roles: readonly Role[]) {
  const users = await tx.user.findMany({
    where: { organisationId: { in: [...organisationIds] }, role: { in: [...roles] }, deactivatedAt: null },
    select: { id: true, email: true, name: true, role: true, locale: true, organisationId: true, organisation: { select: { name: true } } },
    orderBy: { email: "asc" },
  });
  return users.map((u) => ({
    userId: u.id,
    email: u.email,
    name: u.name,
    organisationId: u.organisationId,
    organisationName: u.organisation.name,
    reason: REASON_BY_ROLE[u.role] ?? "agencyHr",
    locale: u.locale,
  }));
}

// ——— The in-app list and the bell ———

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/** How many of one's own notifications are unread (the bell). */
export async function unreadCount(actor: Principal): Promise<number> {
  authorizeActor(actor, "notification.read");
  return prisma.notification.count({ where: { userId: actor.userId, readAt: null } });
}

/**
 * The count for the header of every signed-in page: the one read in the same statement as this
 * request's session check when there is one (no second query), else counted now.
 */
export async function unreadCountForHeader(actor: Principal): Promise<number> {
  authorizeActor(actor, "notification.read");
  return unreadAtSessionCheck(actor) ?? unreadCount(actor);
}

/** One's own notifications, newest first (unread and read). */
export async function listNotifications(actor: Principal, options: { take?: number } = {}): Promise<NotificationItem[]> {
  authorizeActor(actor, "notification.read");
  const rows = await prisma.notification.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 100,
    select: { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true },
  });
  return rows.map((r) => ({ ...r, kind: r.kind as NotificationKind, params: r.params as unknown as NotificationParams }));
}

/** Marks one of one's own notifications read and gives its link (opening it from the list). */
export async function openNotification(actor: Principal, id: string): Promise<string> {
  authorizeActor(actor, "notification.read");
  forgetUnreadAtSessionCheck(actor);
  const row = await prisma.notification.findFirst({ where: { id, userId: actor.userId }, select: { link: true, readAt: true } });
  if (!row) throw notFound();
  if (!row.readAt) await prisma.notification.updateMany({ where: { id, userId: actor.userId, readAt: null }, data: { readAt: new Date() } });
  return row.link;
}

/** Marks all of one's own notifications read. */
export async function markAllRead(actor: Principal): Promise<number> {
  authorizeActor(actor, "notification.read");
  forgetUnreadAtSessionCheck(actor);
  const { count } = await prisma.notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}

// ——— Preferences ———

export interface PreferenceRow {
  kind: NotificationKind;
  mode: DeliveryMode;
  required: boolean;
}

export async function getPreferences(actor: Principal): Promise<PreferenceRow[]> {
  authorizeActor(actor, "notification.read");
  const rows = await prisma.notificationPreference.findMany({ where: { userId: actor.userId }, select: { kind: true, mode: true } });
  const chosen = new Map(rows.map((r) => [r.kind as NotificationKind, r.mode as DeliveryMode]));
  return kindsFor(actor.role, actor.organisationKind).map((kind) => ({ kind, mode: deliveryMode(kind, chosen.get(kind)), required: REQUIRED_KINDS.has(kind) }));
}

/** Saves one's own choices; a required kind stays at once whatever is sent. */
export async function savePreferences(actor: Principal, choices: Partial<Record<NotificationKind, DeliveryMode>>): Promise<void> {
  authorizeActor(actor, "notification.read");
  const allowed = new Set(kindsFor(actor.role, actor.organisationKind));
  const entries = Object.entries(choices).filter(
    (e): e is [NotificationKind, DeliveryMode] =>
      (NOTIFICATION_KINDS as readonly string[]).includes(e[0]) && allowed.has(e[0] as NotificationKind) && !REQUIRED_KINDS.has(e[0] as NotificationKind) && (DELIVERY_MODES as readonly string[]).includes(e[1] as string),
  );
  await prisma.$transaction(
    entries.map(([kind, mode]) =>
      prisma.notificationPreference.upsert({ where: { userId_kind: { userId: actor.userId, kind } }, create: { userId: actor.userId, kind, mode }, update: { mode } }),
    ),
  );
}
