import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { membershipOf, roleFitsOrganisation, type Principal, type Role, type UserPrincipal } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, forbidden, invalid, notFound } from "@/lib/data/errors";
import { actingUserId, administeredSector, logSectorsOf, looksLikeId, sectorOrganisations } from "@/lib/data/organisations";
import { createSetPasswordSecret, setPasswordPath } from "@/lib/data/one-time-tokens";
import type { InviteInput, UserAccessInput } from "@/lib/domain/admin-schemas";
import { USER_PAGE_SIZE, type UserListQuery, type UserStatus } from "@/lib/domain/admin-queries";
import { adminTexts } from "@/lib/i18n/admin";
import { localized } from "@/lib/i18n/current";
import { common } from "@/lib/i18n/common";
import type { Locale } from "@/lib/i18n/locale";

/** The administration's texts in the current language, read when a message is needed (never at module load). */
const t = () => localized(adminTexts);

type Tx = Prisma.TransactionClient;

export const memberSelect = {
  id: true,
  name: true,
  role: true,
  organisation: { select: { id: true, name: true, kind: true, parentId: true, audits: { select: { id: true } } } },
} as const;

/** An active user as a principal outside a request (tests, scripts); null when unknown or deactivated. */
export async function loadMember(userId: string): Promise<UserPrincipal | null> {
  const user = await prisma.user.findFirst({ where: { id: userId, deactivatedAt: null }, select: memberSelect });
  return user ? { kind: "user", sessionId: null, ...membershipOf(user, user.organisation) } : null;
}

// ---------------------------------------------------------------------------------------------
// Administration of users: an administrator within its sector (its ministry and the agencies under
// it), the command line everywhere. The audit office's people are another organisation's, outside
// every ministry's sector: they are invited and changed by the command line.

/** `where` for the users the principal administers. */
function administeredUsers(p: Principal): Prisma.UserWhereInput {
  const sector = administeredSector(p, "user.manage");
  return sector ? { organisation: sectorOrganisations(sector) } : {};
}

/** One lock per sector for changes to its users, so "the last administrator" is counted safely. */
async function lockUsers(tx: Tx, sectorIds: readonly string[]): Promise<void> {
  for (const id of [...new Set(sectorIds)].sort()) await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`users:${id}`}))`;
}

const orgSelect = { id: true, name: true, shortName: true, kind: true, parentId: true, audits: { select: { id: true } } } as const;

/** An organisation the principal may place a user in, or a field error on `organisationId`. */
async function assignableOrganisation(tx: Tx, p: Principal, organisationId: string) {
  const sector = administeredSector(p, "user.manage");
  const org = await tx.organisation.findFirst({ where: { id: organisationId, ...(sector ? sectorOrganisations(sector) : {}) }, select: orgSelect });
  // Outside the administrator's sector the organisation is not found (the form offers only its own).
  if (!org && sector) throw notFound();
  if (!org) throw invalid({ organisationId: [t().errors.chooseOrganisation] });
  return org;
}

function checkRoleFits(role: Role, org: { kind: "MINISTRY" | "AGENCY" | "AUDIT_OFFICE" }): void {
  if (!roleFitsOrganisation(role, org.kind)) throw invalid({ role: [t().errors.roleDoesNotFit(common().roles[role], t().kinds[org.kind])] });
}

/** Invited and not in yet: never signed in, no password chosen, no SSO account linked. */
const NOT_IN_YET = { lastSignInAt: null, passwordHash: null, oidcSubject: null } as const;

const statusWhere: Record<UserStatus, Prisma.UserWhereInput> = {
  active: { deactivatedAt: null, NOT: NOT_IN_YET },
  invited: { deactivatedAt: null, ...NOT_IN_YET },
  deactivated: { deactivatedAt: { not: null } },
};

interface StatusFields {
  deactivatedAt: Date | null;
  lastSignInAt: Date | null;
  passwordHash: string | null;
  oidcSubject: string | null;
}

export function userStatusOf(u: StatusFields): UserStatus {
  if (u.deactivatedAt) return "deactivated";
  return u.lastSignInAt || u.passwordHash || u.oidcSubject ? "active" : "invited";
}

const listSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  deactivatedAt: true,
  lastSignInAt: true,
  createdAt: true,
  organisation: { select: { id: true, name: true, shortName: true, kind: true } },
  // For the status only: never returned (the hash does not leave this module).
  passwordHash: true,
  oidcSubject: true,
} as const;

/** The row with its status, without the fields the status was worked out from. */
function withStatus<U extends StatusFields>({ passwordHash, oidcSubject, ...u }: U) {
  return { ...u, status: userStatusOf({ ...u, passwordHash, oidcSubject }), linkedToSso: oidcSubject !== null };
}

/** The users the principal administers, filtered and paged in SQL (by name). */
export async function listUsers(p: Principal, q: UserListQuery) {
  const where: Prisma.UserWhereInput = {
    AND: [
      administeredUsers(p),
      q.sok ? { OR: [{ name: { contains: q.sok, mode: "insensitive" } }, { email: { contains: q.sok, mode: "insensitive" } }] } : {},
      q.rolle ? { role: q.rolle } : {},
      q.virksomhet ? { organisationId: q.virksomhet } : {},
      q.status ? statusWhere[q.status] : {},
    ],
  };
  const total = await prisma.user.count({ where });
  const pages = Math.max(1, Math.ceil(total / USER_PAGE_SIZE));
  const page = Math.min(q.side, pages);
  const rows = await prisma.user.findMany({ where, select: listSelect, orderBy: [{ name: "asc" }, { email: "asc" }], skip: (page - 1) * USER_PAGE_SIZE, take: USER_PAGE_SIZE });
  return { total, page, pages, rows: rows.map(withStatus) };
}
export type UserList = Awaited<ReturnType<typeof listUsers>>;

/** One user for the administrator's page, or "not found" outside its sector. */
export async function getUserForAdmin(p: Principal, userId: string) {
  if (!looksLikeId(userId)) {
    administeredSector(p, "user.manage");
    throw notFound();
  }
  const user = await prisma.user.findFirst({
    where: { AND: [{ id: userId }, administeredUsers(p)] },
    select: {
      ...listSelect,
      title: true,
      invitedById: true,
      oneTimeTokens: { where: { purpose: "SET_PASSWORD", usedAt: null, expiresAt: { gt: new Date() } }, select: { expiresAt: true }, orderBy: { expiresAt: "desc" }, take: 1 },
      _count: { select: { sessions: { where: { endedAt: null } } } },
    },
  });
  if (!user) throw notFound();
  const invitedBy = user.invitedById ? await prisma.user.findUnique({ where: { id: user.invitedById }, select: { name: true } }) : null;
  const { oneTimeTokens, _count, ...rest } = user;
  return {
    ...withStatus(rest),
    invitedByName: invitedBy?.name ?? null,
    linkExpiresAt: oneTimeTokens[0]?.expiresAt ?? null,
    isSelf: actingUserId(p) === user.id,
  };
}
export type AdminUser = Awaited<ReturnType<typeof getUserForAdmin>>;

export interface Invitation {
  userId: string;
  name: string;
  email: string;
  /** The one-time link's path (`/passord/<secret>`): shown once, to be passed on. */
  path: string;
  expiresAt: Date;
}

/**
 * Invites a person: the user is created with no password, and a one-time link (72 hours) lets
 * them set their own. The e-mail is unique without regard to case and stored in lower case; the
 * role must fit the kind of organisation.
 */
export async function inviteUser(p: Principal, input: InviteInput): Promise<Invitation> {
  const email = input.email.toLowerCase();
  try {
    return await prisma.$transaction(async (tx) => {
      const org = await assignableOrganisation(tx, p, input.organisationId);
      checkRoleFits(input.role, org);
      const sectors = logSectorsOf(org);
      await lockUsers(tx, sectors);
      const taken = await tx.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true } });
      if (taken) throw invalid({ email: [t().errors.emailTaken] });
      const user = await tx.user.create({
        data: { email, name: input.name, role: input.role, organisationId: org.id, passwordHash: null, invitedById: actingUserId(p) },
        select: { id: true },
      });
      const { secret, expiresAt } = await createSetPasswordSecret(tx, user.id, actingUserId(p));
      await recordAudit(tx, p, {
        entity: "User",
        entityId: user.id,
        action: "invite",
        after: { email, name: input.name, role: input.role, organisation: org.shortName },
        subjectOrganisationId: org.id,
        sectorIds: sectors,
        changesViews: false,
      });
      return { userId: user.id, name: input.name, email, path: setPasswordPath(secret), expiresAt };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw invalid({ email: [t().errors.emailTaken] });
    throw error;
  }
}

/** The user as the administrator changes it, locked for the change; "not found" outside its reach. */
async function administeredUserForUpdate(tx: Tx, p: Principal, userId: string) {
  const user = await tx.user.findFirst({
    where: { AND: [{ id: userId }, administeredUsers(p)] },
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true, lastSignInAt: true, passwordHash: true, oidcSubject: true, organisation: { select: orgSelect } },
  });
  if (!user) throw notFound();
  return user;
}

/** Refuses a change that leaves the user's ministry without an active administrator. */
async function keepAnAdministrator(tx: Tx, user: { id: string; role: Role; deactivatedAt: Date | null; organisation: { id: string; kind: string } }): Promise<void> {
  if (user.role !== "ADMIN" || user.deactivatedAt || user.organisation.kind !== "MINISTRY") return;
  const others = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null, organisationId: user.organisation.id, id: { not: user.id } } });
  if (others === 0) throw conflict(t().errors.lastAdmin);
}

/** Every session of the user ends (it is refused at its next request). */
async function endSessions(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
  return count;
}

function refuseSelf(p: Principal, userId: string): void {
  if (actingUserId(p) === userId) throw conflict(t().errors.notSelf);
}

/**
 * Changes a user's role or organisation (both within the administrator's sector); every session of
 * the user ends, so the new rights apply from the next sign-in.
 */
export async function changeUserAccess(p: Principal, input: UserAccessInput): Promise<{ sessionsEnded: number }> {
  refuseSelf(p, input.userId);
  return prisma.$transaction(async (tx) => {
    const current = await administeredUserForUpdate(tx, p, input.userId);
    const org = await assignableOrganisation(tx, p, input.organisationId);
    checkRoleFits(input.role, org);
    if (current.role === input.role && current.organisation.id === org.id) throw invalid({ role: [t().errors.notChanged] }, t().errors.notChanged);
    const sectors = [...logSectorsOf(current.organisation), ...logSectorsOf(org)];
    await lockUsers(tx, sectors);
    if (current.organisation.id !== org.id || input.role !== "ADMIN") await keepAnAdministrator(tx, current);
    await tx.user.update({ where: { id: current.id }, data: { role: input.role, organisationId: org.id } });
    const sessionsEnded = await endSessions(tx, current.id);
    await recordAudit(tx, p, {
      entity: "User",
      entityId: current.id,
      action: "changeAccess",
      before: { name: current.name, role: current.role, organisation: current.organisation.shortName },
      after: { name: current.name, role: input.role, organisation: org.shortName, sessionsEnded },
      subjectOrganisationId: org.id,
      sectorIds: [...new Set(sectors)],
      changesViews: false,
    });
    return { sessionsEnded };
  });
}

/**
 * Deactivates a user (every session ends, and no new one is accepted) or reactivates one. An
 * administrator cannot deactivate itself, nor the last active administrator of the sector.
 */
export async function setUserActive(p: Principal, userId: string, active: boolean): Promise<{ sessionsEnded: number }> {
  if (!active) refuseSelf(p, userId);
  return prisma.$transaction(async (tx) => {
    const user = await administeredUserForUpdate(tx, p, userId);
    const sectors = logSectorsOf(user.organisation);
    await lockUsers(tx, sectors);
    if (active && !user.deactivatedAt) throw conflict(t().errors.alreadyActive);
    if (!active && user.deactivatedAt) throw conflict(t().errors.alreadyDeactivated);
    if (!active) await keepAnAdministrator(tx, user);
    const { count } = await tx.user.updateMany({ where: { id: user.id, deactivatedAt: active ? { not: null } : null }, data: { deactivatedAt: active ? null : new Date() } });
    if (count !== 1) throw conflict(active ? t().errors.alreadyActive : t().errors.alreadyDeactivated);
    // Also on reactivation: a session started while deactivated (a sign-in that was then refused)
    // must not come alive with the account.
    const sessionsEnded = await endSessions(tx, user.id);
    await recordAudit(tx, p, {
      entity: "User",
      entityId: user.id,
      action: active ? "reactivate" : "deactivate",
      after: { name: user.name, email: user.email, ...(active ? {} : { sessionsEnded }) },
      subjectOrganisationId: user.organisation.id,
      sectorIds: sectors,
      changesViews: false,
    });
    return { sessionsEnded };
  });
}

/**
 * A new one-time link for an invited person who lost theirs (the earlier links stop working).
 * Only for a person still invited (never signed in, no password chosen, no SSO account linked): a
 * link is an invitation, not a way into an account someone uses.
 */
export async function renewInvitation(p: Principal, userId: string): Promise<Invitation> {
  return prisma.$transaction(async (tx) => {
    const user = await administeredUserForUpdate(tx, p, userId);
    if (user.deactivatedAt) throw conflict(t().errors.deactivated);
    // For someone who is in already, the link is a password reset (a forgotten password); it
    // replaces the password only when used.
    const reset = userStatusOf(user) !== "invited";
    const { secret, expiresAt } = await createSetPasswordSecret(tx, user.id, actingUserId(p));
    await recordAudit(tx, p, {
      entity: "User",
      entityId: user.id,
      action: reset ? "passwordResetLink" : "newLink",
      after: { name: user.name, email: user.email },
      subjectOrganisationId: user.organisation.id,
      sectorIds: logSectorsOf(user.organisation),
      changesViews: false,
    });
    return { userId: user.id, name: user.name, email: user.email, path: setPasswordPath(secret), expiresAt };
  });
}

/** A user by e-mail (the command line), within the principal's reach. */
export async function findUserIdByEmail(p: Principal, email: string): Promise<string | null> {
  const user = await prisma.user.findFirst({ where: { AND: [{ email: { equals: email.trim(), mode: "insensitive" } }, administeredUsers(p)] }, select: { id: true } });
  return user?.id ?? null;
}

/** One's own interface language (issue 14): every signed-in person chooses for themselves; a token cannot. */
export async function setOwnLocale(p: Principal, locale: Locale): Promise<void> {
  if (p.kind !== "user") throw forbidden();
  await prisma.user.update({ where: { id: p.userId }, data: { locale } });
}
