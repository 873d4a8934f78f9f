// Who single sign-on lets in (lib/data/sso.ts), against real PostgreSQL: only invited accounts,
// linked once by verified e-mail or invitation link, then found by issuer and subject alone.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createSetPasswordSecret } from "@/lib/data/one-time-tokens";
import { invitedEmail, matchSsoSignIn, ssoAccountId } from "@/lib/data/sso";
import type { SsoIdentity } from "@/lib/domain/sso-identity";
import { createTestSector, type TestSector } from "../support/fixtures";

const ISSUER = "https://test.ansattporten.no";
let s: TestSector;
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

async function invited(options: { deactivated?: boolean } = {}) {
  const email = `sso-${randomUUID()}@kmd.test`;
  const user = await prisma.user.create({
    data: { email, name: "Invitert", role: "ADVISER", organisationId: s.ministryId, deactivatedAt: options.deactivated ? new Date() : null },
  });
  return user;
}
const identity = (verifiedEmail: string | null, subject: string = randomUUID(), issuer = ISSUER): SsoIdentity => ({ issuer, subject, verifiedEmail });
const linkEvents = (userId: string) => prisma.auditEvent.count({ where: { entity: "User", entityId: userId, action: "linkSso" } });

describe("the first sign-in", () => {
  it("matches the verified e-mail without regard to case, links the identity and records it as the user's own act", async () => {
    const user = await invited();
    const id = identity(user.email.toUpperCase());
    expect(await matchSsoSignIn(id)).toEqual({ kind: "ok", userId: user.id, linked: true });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ oidcIssuer: ISSUER, oidcSubject: id.subject, email: user.email });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "linkSso" } });
    expect(event).toMatchObject({ actorId: user.id, entity: "User", subjectOrganisationId: s.ministryId });
    expect(event.after).toMatchObject({ issuer: ISSUER, subject: id.subject, via: "email" });
  });

  it("refuses someone not invited and creates nothing", async () => {
    const before = await prisma.user.count();
    expect(await matchSsoSignIn(identity(`ukjent-${randomUUID()}@example.org`))).toEqual({ kind: "refused", reason: "notInvited" });
    expect(await prisma.user.count()).toBe(before);
  });

  it("refuses a deactivated account and leaves it unlinked", async () => {
    const user = await invited({ deactivated: true });
    expect(await matchSsoSignIn(identity(user.email))).toEqual({ kind: "refused", reason: "deactivated" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
  });

  it("refuses an e-mail whose account is already linked to another identity", async () => {
    const user = await invited();
    await matchSsoSignIn(identity(user.email, "first"));
    expect(await matchSsoSignIn(identity(user.email, "second"))).toEqual({ kind: "refused", reason: "linkedElsewhere" });
    // Also from another provider.
    expect(await matchSsoSignIn(identity(user.email, "first", "https://login.microsoftonline.com/x/v2.0"))).toEqual({ kind: "refused", reason: "linkedElsewhere" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBe("first");
  });

  it("without a verified e-mail asks for the invitation link", async () => {
    expect(await matchSsoSignIn(identity(null))).toEqual({ kind: "refused", reason: "noEmail" });
  });

  it("links two sign-ins of the same person at the same moment once", async () => {
    const user = await invited();
    const id = identity(user.email);
    const outcomes = await Promise.all([matchSsoSignIn(id), matchSsoSignIn(id), matchSsoSignIn(id)]);
    expect(outcomes.every((o) => o.kind === "ok" && o.userId === user.id)).toBe(true);
    expect(outcomes.filter((o) => o.kind === "ok" && o.linked)).toHaveLength(1);
    expect(await linkEvents(user.id)).toBe(1);
  });
});

describe("the invitation link", () => {
  const secretFor = (userId: string) => prisma.$transaction((tx) => createSetPasswordSecret(tx, userId, null));

  it("links the identity of a provider that gives no e-mail, and is used up", async () => {
    const user = await invited();
    const { secret } = await secretFor(user.id);
    expect(await invitedEmail(secret)).toBe(user.email);
    const id = identity(null);
    expect(await matchSsoSignIn(id, secret)).toEqual({ kind: "ok", userId: user.id, linked: true });
    expect(await invitedEmail(secret)).toBeNull();
    expect(await prisma.oneTimeToken.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(1);
    // Used: nobody else gets in with it.
    expect(await matchSsoSignIn(identity(null), secret)).toEqual({ kind: "refused", reason: "invitationInvalid" });
    // The linked person no longer needs it.
    expect(await matchSsoSignIn(id, secret)).toEqual({ kind: "ok", userId: user.id, linked: false });
  });

  it("is refused when expired, replaced or unknown", async () => {
    const user = await invited();
    const first = await secretFor(user.id);
    const second = await secretFor(user.id);
    expect(await matchSsoSignIn(identity(null), first.secret)).toEqual({ kind: "refused", reason: "invitationInvalid" });
    await prisma.oneTimeToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await matchSsoSignIn(identity(null), second.secret)).toEqual({ kind: "refused", reason: "invitationInvalid" });
    expect(await matchSsoSignIn(identity(null), "x".repeat(43))).toEqual({ kind: "refused", reason: "invitationInvalid" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
  });

  it("does not relink an account that is already linked", async () => {
    const user = await invited();
    await matchSsoSignIn(identity(user.email, "owner"));
    const { secret } = await secretFor(user.id);
    expect(await matchSsoSignIn(identity(null, "someone-else"), secret)).toEqual({ kind: "refused", reason: "linkedElsewhere" });
  });
});

describe("later sign-ins", () => {
  it("are matched by issuer and subject alone: a changed e-mail neither unlinks nor reaches another account", async () => {
    const user = await invited();
    const other = await invited();
    const subject = randomUUID();
    await matchSsoSignIn(identity(user.email, subject));
    expect(await matchSsoSignIn(identity(other.email, subject))).toEqual({ kind: "ok", userId: user.id, linked: false });
    expect(await matchSsoSignIn(identity(null, subject))).toEqual({ kind: "ok", userId: user.id, linked: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).oidcSubject).toBeNull();
    expect(await linkEvents(user.id)).toBe(1);
    // The same subject at another issuer is another person.
    expect(await matchSsoSignIn(identity(null, subject, "https://idporten.no"))).toEqual({ kind: "refused", reason: "noEmail" });
    expect(await ssoAccountId({ issuer: ISSUER, subject })).toBe(user.id);
  });

  it("are refused once the account is deactivated", async () => {
    const user = await invited();
    const id = identity(user.email);
    await matchSsoSignIn(id);
    await prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await matchSsoSignIn(id)).toEqual({ kind: "refused", reason: "deactivated" });
    expect(await ssoAccountId(id)).toBeNull();
  });
});
