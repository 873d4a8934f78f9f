// Administration of users against PostgreSQL: invitations with a one-time link, changes of role or
// organisation and deactivation ending sessions, the last administrator kept, and every attempt
// outside the administrator's sector refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { UserPrincipal } from "@/lib/access";
import { hashSecret } from "@/lib/data/one-time-tokens";
import { sessionPrincipal, startSession } from "@/lib/data/sessions";
import { changeUserAccess, getUserForAdmin, inviteUser, listUsers, loadMember, renewInvitation, setUserActive } from "@/lib/data/users";
import { parseUserListQuery } from "@/lib/domain/admin-queries";
import { adminText as t } from "@/lib/i18n/admin-nb";
import { createTestSector, type TestSector } from "../support/fixtures";
import { auditOfficeOf, cli, member, parentOf } from "../support/admin-fixtures";

let s: TestSector;
let admin: UserPrincipal;
let admin2: UserPrincipal;
let otherAdmin: UserPrincipal;
let otherMinistry: string;
beforeAll(async () => {
  s = await createTestSector();
  admin = await member("ADMIN", s.ministryId, "Anne Admin");
  admin2 = await member("ADMIN", s.ministryId, "Bjørn Admin");
  otherMinistry = await parentOf(s.otherMinistryAgency);
  otherAdmin = await member("ADMIN", otherMinistry, "Annen Admin");
});
afterAll(() => prisma.$disconnect());

const lastEvent = (entityId: string) => prisma.auditEvent.findFirstOrThrow({ where: { entity: "User", entityId }, orderBy: [{ at: "desc" }, { id: "desc" }] });
const secretOf = (path: string) => path.replace("/passord/", "");

describe("inviting a user", () => {
  it("creates the user with no password, in lower case, and a one-time link valid for 72 hours", async () => {
    const before = Date.now();
    const inv = await inviteUser(admin, { email: "Kari.Ny@Etat.Test", name: "Kari Ny", role: "AGENCY_HR", organisationId: s.agencyA });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: inv.userId } });
    expect(user).toMatchObject({ email: "kari.ny@etat.test", name: "Kari Ny", role: "AGENCY_HR", organisationId: s.agencyA, passwordHash: null, invitedById: admin.userId, deactivatedAt: null, lastSignInAt: null });
    expect(inv.path).toMatch(/^\/passord\/[A-Za-z0-9_-]{40,}$/);
    const token = await prisma.oneTimeToken.findUniqueOrThrow({ where: { tokenHash: hashSecret(secretOf(inv.path)) } });
    expect(token).toMatchObject({ userId: inv.userId, purpose: "SET_PASSWORD", usedAt: null, createdById: admin.userId });
    expect(token.expiresAt.getTime() - before).toBeGreaterThanOrEqual(72 * 3600_000 - 1000);
    expect(token.expiresAt.getTime() - before).toBeLessThan(72 * 3600_000 + 60_000);
    const event = await lastEvent(inv.userId);
    expect(event).toMatchObject({ action: "invite", actorId: admin.userId, subjectOrganisationId: s.agencyA, sectorIds: [s.ministryId] });
    // The secret itself is nowhere in the audit log.
    expect(JSON.stringify(event)).not.toContain(secretOf(inv.path));
  });

  it("refuses an e-mail already used, whatever its case, next to the field", async () => {
    await expect(inviteUser(admin, { email: "KARI.NY@etat.test", name: "Kari igjen", role: "LEADER", organisationId: s.agencyA })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { email: [t.errors.emailTaken] },
    });
  });

  it("refuses a role that does not fit the organisation", async () => {
    await expect(inviteUser(admin, { email: "feil@etat.test", name: "Feil", role: "ADMIN", organisationId: s.agencyA })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { role: [expect.stringContaining("Administrator")] },
    });
    await expect(inviteUser(admin, { email: "feil@etat.test", name: "Feil", role: "AGENCY_HR", organisationId: s.ministryId })).rejects.toMatchObject({ code: "invalid" });
  });

  it("does not find an organisation outside the sector (another ministry's agency, the audit office)", async () => {
    for (const organisationId of [s.otherMinistryAgency, otherMinistry, await auditOfficeOf(s.ministryId)]) {
      await expect(inviteUser(admin, { email: `ute-${organisationId}@etat.test`, name: "Ute", role: "LEADER", organisationId })).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await prisma.user.count({ where: { email: { startsWith: "ute-" } } })).toBe(0);
  });

  it("is forbidden to everyone but the administrator", async () => {
    for (const actor of [s.actors.adviser, s.actors.leader, s.actors.hrA, s.actors.auditor]) {
      await expect(inviteUser(actor, { email: "x@etat.test", name: "X", role: "AGENCY_HR", organisationId: s.agencyA })).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("of the audit office's people is the command line's", async () => {
    const office = await auditOfficeOf(s.ministryId);
    const inv = await inviteUser(cli, { email: `revisor-${office}@riksrevisjonen.test`, name: "Ny Revisor", role: "AUDITOR", organisationId: office });
    const event = await lastEvent(inv.userId);
    // The audited sector's log shows who got access to its data, and that the command line did it.
    expect(event).toMatchObject({ actorId: null, actorLabel: "admin-cli", sectorIds: [s.ministryId] });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: inv.userId } })).invitedById).toBeNull();
  });
});

describe("a new invitation link", () => {
  it("replaces the lost one, for a person who has not signed in yet", async () => {
    const inv = await inviteUser(admin, { email: "mistet@etat.test", name: "Mistet Lenke", role: "LEADER", organisationId: s.agencyB });
    const again = await renewInvitation(admin, inv.userId);
    expect(again.path).not.toBe(inv.path);
    const old = await prisma.oneTimeToken.findUniqueOrThrow({ where: { tokenHash: hashSecret(secretOf(inv.path)) } });
    expect(old.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    const fresh = await prisma.oneTimeToken.findUniqueOrThrow({ where: { tokenHash: hashSecret(secretOf(again.path)) } });
    expect(fresh.expiresAt.getTime()).toBeGreaterThan(Date.now() + 71 * 3600_000);
    expect((await lastEvent(inv.userId)).action).toBe("newLink");
  });

  it("for someone who has signed in is a password reset link, and outside the sector is refused", async () => {
    await startSession(s.actors.hrB.userId, "PASSWORD");
    await renewInvitation(admin, s.actors.hrB.userId);
    expect((await lastEvent(s.actors.hrB.userId)).action).toBe("passwordResetLink");
    await expect(renewInvitation(otherAdmin, s.actors.hrA.userId)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("changing role or organisation", () => {
  it("ends every session of the user, at once", async () => {
    const person = await member("AGENCY_HR", s.agencyA, "Skifter Rolle");
    const sid1 = await startSession(person.userId, "PASSWORD");
    const sid2 = await startSession(person.userId, "PASSWORD");
    expect(await sessionPrincipal(sid1)).toMatchObject({ userId: person.userId, role: "AGENCY_HR" });
    const { sessionsEnded } = await changeUserAccess(admin, { userId: person.userId, role: "LEADER", organisationId: s.agencyB });
    expect(sessionsEnded).toBe(2);
    const sessions = await prisma.userSession.findMany({ where: { userId: person.userId } });
    expect(sessions.every((x) => x.endedAt !== null)).toBe(true);
    expect(await sessionPrincipal(sid1)).toBeNull();
    expect(await sessionPrincipal(sid2)).toBeNull();
    expect(await loadMember(person.userId)).toMatchObject({ role: "LEADER", organisationId: s.agencyB });
    const event = await lastEvent(person.userId);
    expect(event).toMatchObject({ action: "changeAccess", before: { role: "AGENCY_HR" }, after: { role: "LEADER", sessionsEnded: 2 }, subjectOrganisationId: s.agencyB, sectorIds: [s.ministryId] });
  });

  it("is refused for a user in another sector (not found), for oneself, and when nothing changes", async () => {
    await expect(changeUserAccess(otherAdmin, { userId: s.actors.hrA.userId, role: "LEADER", organisationId: s.agencyA })).rejects.toMatchObject({ code: "not_found" });
    await expect(changeUserAccess(admin, { userId: s.actors.otherAdviser.userId, role: "LEADER", organisationId: otherMinistry })).rejects.toMatchObject({ code: "not_found" });
    await expect(changeUserAccess(admin, { userId: admin.userId, role: "ADVISER", organisationId: s.ministryId })).rejects.toMatchObject({ code: "conflict", message: t.errors.notSelf });
    await expect(changeUserAccess(admin, { userId: s.actors.hrA.userId, role: "AGENCY_HR", organisationId: s.agencyA })).rejects.toMatchObject({ code: "invalid" });
    // Moving someone out of the sector is choosing an organisation out of reach: not found.
    await expect(changeUserAccess(admin, { userId: s.actors.hrA.userId, role: "AGENCY_HR", organisationId: s.otherMinistryAgency })).rejects.toMatchObject({ code: "not_found" });
    await expect(changeUserAccess(s.actors.adviser, { userId: s.actors.hrA.userId, role: "LEADER", organisationId: s.agencyA })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("deactivation", () => {
  it("ends the user's sessions at the next request, and reactivation lets them sign in again", async () => {
    const person = await member("LEADER", s.ministryId, "Slutter Snart");
    const sid = await startSession(person.userId, "PASSWORD");
    expect(await sessionPrincipal(sid)).not.toBeNull();
    await setUserActive(admin, person.userId, false);
    expect(await sessionPrincipal(sid)).toBeNull();
    expect(await loadMember(person.userId)).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.userId } })).deactivatedAt).not.toBeNull();
    expect(await lastEvent(person.userId)).toMatchObject({ action: "deactivate", actorId: admin.userId, sectorIds: [s.ministryId] });
    await expect(setUserActive(admin, person.userId, false)).rejects.toMatchObject({ code: "conflict" });
    // A session started while deactivated (a sign-in the app then refused) does not come alive with the account.
    const during = await startSession(person.userId, "PASSWORD");
    expect(await sessionPrincipal(during)).toBeNull();

    await setUserActive(admin, person.userId, true);
    expect(await sessionPrincipal(during)).toBeNull();
    expect(await loadMember(person.userId)).toMatchObject({ role: "LEADER" });
    // The ended session stays ended; a new sign-in is a new session.
    expect(await sessionPrincipal(sid)).toBeNull();
    expect(await sessionPrincipal(await startSession(person.userId, "PASSWORD"))).toMatchObject({ userId: person.userId });
    expect((await lastEvent(person.userId)).action).toBe("reactivate");
  });

  it("is refused for oneself, outside the sector, and to anyone without the permission", async () => {
    await expect(setUserActive(admin, admin.userId, false)).rejects.toMatchObject({ code: "conflict", message: t.errors.notSelf });
    await expect(setUserActive(otherAdmin, s.actors.hrA.userId, false)).rejects.toMatchObject({ code: "not_found" });
    await expect(setUserActive(admin, s.actors.auditor.userId, false)).rejects.toMatchObject({ code: "not_found" });
    for (const actor of [s.actors.adviser, s.actors.hrA, s.actors.auditor]) {
      await expect(setUserActive(actor, s.actors.hrB.userId, false)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await loadMember(s.actors.hrA.userId)).not.toBeNull();
  });

  it("never removes the sector's last active administrator", async () => {
    await setUserActive(admin, admin2.userId, false);
    // Now `admin` is the last one: the command line cannot deactivate or demote it either.
    await expect(setUserActive(cli, admin.userId, false)).rejects.toMatchObject({ code: "conflict", message: t.errors.lastAdmin });
    await expect(changeUserAccess(cli, { userId: admin.userId, role: "ADVISER", organisationId: s.ministryId })).rejects.toMatchObject({ code: "conflict", message: t.errors.lastAdmin });
    await setUserActive(admin, admin2.userId, true);
    await changeUserAccess(admin2, { userId: admin.userId, role: "ADVISER", organisationId: s.ministryId });
    await changeUserAccess(cli, { userId: admin.userId, role: "ADMIN", organisationId: s.ministryId });
    admin = (await loadMember(admin.userId))!;
    expect(admin.role).toBe("ADMIN");
  });
});

describe("the list of users", () => {
  it("shows the sector's users only, with the filters applied in SQL", async () => {
    const all = await listUsers(admin, parseUserListQuery({}).query);
    const ids = new Set(all.rows.map((u) => u.id));
    expect(ids.has(s.actors.hrA.userId)).toBe(true);
    expect(ids.has(s.actors.adviser.userId)).toBe(true);
    expect(ids.has(s.actors.otherAdviser.userId)).toBe(false);
    expect(ids.has(s.actors.auditor.userId)).toBe(false);
    expect(ids.has(otherAdmin.userId)).toBe(false);

    const invited = await listUsers(admin, parseUserListQuery({ status: "invitert", sok: "KARI NY" }).query);
    expect(invited.rows.map((u) => [u.email, u.status])).toEqual([["kari.ny@etat.test", "invited"]]);
    // Someone with a password who has not signed in yet is no longer "invited"; no hash leaves the data layer.
    const hrA = all.rows.find((u) => u.id === s.actors.hrA.userId)!;
    expect(hrA.status).toBe("active");
    expect(hrA).not.toHaveProperty("passwordHash");
    expect((await listUsers(admin, parseUserListQuery({ status: "aktiv" }).query)).rows.some((u) => u.email === "kari.ny@etat.test")).toBe(false);
    const admins = await listUsers(admin, parseUserListQuery({ rolle: "ADMIN" }).query);
    expect(new Set(admins.rows.map((u) => u.id))).toEqual(new Set([admin.userId, admin2.userId]));
    const inB = await listUsers(admin, parseUserListQuery({ virksomhet: s.agencyB }).query);
    expect(inB.rows.every((u) => u.organisation.id === s.agencyB)).toBe(true);
    // Another sector's agency as a filter finds nobody: it is outside the list's own scope.
    expect((await listUsers(admin, parseUserListQuery({ virksomhet: s.otherMinistryAgency }).query)).total).toBe(0);
    await expect(listUsers(s.actors.adviser, parseUserListQuery({}).query)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("shows one user to the sector's administrator; another sector's or a malformed id is not found", async () => {
    expect(await getUserForAdmin(admin, s.actors.hrA.userId)).toMatchObject({ status: "active", isSelf: false, organisation: { id: s.agencyA } });
    expect((await getUserForAdmin(admin, admin.userId)).isSelf).toBe(true);
    await expect(getUserForAdmin(otherAdmin, s.actors.hrA.userId)).rejects.toMatchObject({ code: "not_found" });
    await expect(getUserForAdmin(admin, "a\u0000b")).rejects.toMatchObject({ code: "not_found" });
    await expect(getUserForAdmin(s.actors.adviser, "a\u0000b")).rejects.toMatchObject({ code: "forbidden" });
  });
});
