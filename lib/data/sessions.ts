import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { membershipOf, type Actor, type UserPrincipal } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { env } from "@/lib/env";
import type { OrganisationKind, Role } from "@/lib/generated/prisma/client";

// Sessions live in PostgreSQL (UserSession), named by the signed session cookie. A session ends
// 12 hours after sign-in, after 30 minutes without a request to the app, or when it is ended
// (sign-out, "sign out everywhere", deactivation, a change of role or organisation); every request
// checks it, on any instance. Nothing but the app's own pages, actions and routes counts as
// activity: Auth.js's session endpoint reads the session and never extends it.

const MINUTE = 60_000;
/** Activity is written at most this often per session (a page load rarely writes). */
const TOUCH_EVERY_MS = MINUTE;

export const sessionLimits = () => ({ maxAgeMs: env.SESSION_MAX_AGE_MINUTES * MINUTE, idleMs: env.SESSION_IDLE_MINUTES * MINUTE });

function validWhere(sessionId: string, now: Date) {
  const { maxAgeMs, idleMs } = sessionLimits();
  return {
    id: sessionId,
    endedAt: null,
    createdAt: { gt: new Date(now.getTime() - maxAgeMs) },
    lastSeenAt: { gt: new Date(now.getTime() - idleMs) },
    user: { deactivatedAt: null },
  };
}

/** Starts a session for a user who has just signed in, and records the sign-in. */
export async function startSession(userId: string, method: "PASSWORD" | "OIDC"): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const now = new Date();
  await prisma.$transaction([
    prisma.userSession.create({ data: { id, userId, method, createdAt: now, lastSeenAt: now } }),
    // The sign-in before this one is kept for "since your last visit" (the home page).
    prisma.$executeRaw`update "User" set "previousSignInAt" = "lastSignInAt", "lastSignInAt" = ${now} where id = ${userId}`,
  ]);
  return id;
}

/**
 * The principal of a live session, counting this request as activity; null when the session has
 * ended, expired or its user is deactivated. Every request of a signed-in person runs this, so it
 * is one SQL statement (the session, its user, the organisation and the sectors an audit office
 * audits) rather than the four Prisma's nested select sends.
 */
export async function sessionPrincipal(sessionId: string): Promise<UserPrincipal | null> {
  const now = new Date();
  const { maxAgeMs, idleMs } = sessionLimits();
  const rows = await prisma.$queryRaw<SessionRow[]>`
    select s."lastSeenAt", u.id, u.name, u.role::text as role, u.locale,
           o.id as "orgId", o.name as "orgName", o.kind::text as "orgKind", o."parentId" as "orgParentId",
           array(select a."A" from "_AuditedSectors" a where a."B" = o.id order by a."A") as "auditedIds",
           (select count(*)::int from "Notification" n where n."userId" = u.id and n."readAt" is null) as "unread"
    from "UserSession" s
    join "User" u on u.id = s."userId"
    join "Organisation" o on o.id = u."organisationId"
    where s.id = ${sessionId} and s."endedAt" is null
      and s."createdAt" > ${new Date(now.getTime() - maxAgeMs)} and s."lastSeenAt" > ${new Date(now.getTime() - idleMs)}
      and u."deactivatedAt" is null`;
  const row = rows[0];
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
  }
  const organisation = { id: row.orgId, name: row.orgName, kind: row.orgKind, parentId: row.orgParentId, audits: row.auditedIds.map((id) => ({ id })) };
  const principal: UserPrincipal = { kind: "user", sessionId, locale: row.locale, ...membershipOf({ id: row.id, name: row.name, role: row.role }, organisation) };
  unreadAtCheck.set(principal, row.unread);
  return principal;
}

// The person's unread notifications, counted in the same statement as the session check: every
// signed-in page shows the count in its header (lib/data/notifications.ts `unreadCountForHeader`).
const unreadAtCheck = new WeakMap<Actor, number>();

/** The unread count read with this principal's session check, if it was (and not since forgotten). */
export function unreadAtSessionCheck(actor: Actor): number | undefined {
  return unreadAtCheck.get(actor);
}

/** After the actor's notifications change (marked read), the count read at the session check is stale. */
export function forgetUnreadAtSessionCheck(actor: Actor): void {
  unreadAtCheck.delete(actor);
}

interface SessionRow {
  lastSeenAt: Date;
  id: string;
  name: string;
  role: Role;
  locale: string | null;
  orgId: string;
  orgName: string;
  orgKind: OrganisationKind;
  orgParentId: string | null;
  auditedIds: string[];
  unread: number;
}

/** Whether a session is live, without counting it as activity (Auth.js's own endpoints). */
export async function sessionIsLive(sessionId: string): Promise<boolean> {
  return (await prisma.userSession.count({ where: validWhere(sessionId, new Date()) })) === 1;
}

/** Sign-out: this session ends. */
export async function endSession(sessionId: string): Promise<void> {
  await prisma.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** "Sign out everywhere": every session of the actor ends, this one included. */
export async function endAllOwnSessions(actor: Actor): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({ where: { userId: actor.userId, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, actor, { entity: "User", entityId: actor.userId, action: "signOutEverywhere", after: { sessions: count }, changesViews: false });
    return count;
  });
}

/** The actor's own live sessions, newest first (for the profile page). */
export async function listOwnSessions(actor: Actor) {
  const now = new Date();
  const { maxAgeMs, idleMs } = sessionLimits();
  return prisma.userSession.findMany({
    where: { userId: actor.userId, endedAt: null, createdAt: { gt: new Date(now.getTime() - maxAgeMs) }, lastSeenAt: { gt: new Date(now.getTime() - idleMs) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, method: true, createdAt: true, lastSeenAt: true },
  });
}
