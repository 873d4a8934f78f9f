// Setting one's own password through the one-time link an administrator passed on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { UserPrincipal } from "@/lib/access";
import { verifyCredentials } from "@/lib/data/credentials";
import { setPasswordLinkFor, setPasswordWithLink } from "@/lib/data/passwords";
import { sessionPrincipal, startSession } from "@/lib/data/sessions";
import { inviteUser, renewInvitation } from "@/lib/data/users";
import { setPasswordSchema } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";
import { createTestSector, type TestSector } from "../support/fixtures";
import { member } from "../support/admin-fixtures";

let s: TestSector;
let admin: UserPrincipal;
beforeAll(async () => {
  s = await createTestSector();
  admin = await member("ADMIN", s.ministryId, "Anne Admin");
});
afterAll(() => prisma.$disconnect());

const secretOf = (path: string) => path.replace("/passord/", "");
const invite = async (email: string) =>
  secretOf((await inviteUser(admin, { email, name: "Nora Ny", role: "AGENCY_HR", organisationId: s.agencyA })).path);

describe("a one-time link", () => {
  it("names the person it is for, sets their password once, and signs them in with it", async () => {
    const email = `nora-${s.agencyA}@etat.test`;
    const secret = await invite(email);
    expect(await setPasswordLinkFor(secret)).toMatchObject({ name: "Nora Ny", email });
    await setPasswordWithLink(secret, "fire lange ord som huskes");
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$scrypt\$/);
    expect(user.passwordHash).not.toContain("fire lange ord");
    expect(await verifyCredentials(email, "fire lange ord som huskes", null)).toMatchObject({ kind: "ok" });
    // Used once: spent, and a second use changes nothing.
    expect(await setPasswordLinkFor(secret)).toBeNull();
    await expect(setPasswordWithLink(secret, "et helt annet passord her")).rejects.toMatchObject({ code: "conflict", message: nb.setPassword.linkUnusable });
    expect(await verifyCredentials(email, "fire lange ord som huskes", null)).toMatchObject({ kind: "ok" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "User", entityId: user.id, action: "setPassword" } });
    expect(event).toMatchObject({ actorId: user.id, sectorIds: [s.ministryId] });
    expect(JSON.stringify(event)).not.toContain("fire lange ord");
  });

  it("ends every session of the account when the password is set (a reset)", async () => {
    const email = `reset-${s.agencyA}@etat.test`;
    await setPasswordWithLink(await invite(email), "det første passordet mitt");
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const sid = await startSession(user.id, "PASSWORD");
    const reset = secretOf((await renewInvitation(admin, user.id)).path);
    await setPasswordWithLink(reset, "det andre passordet mitt");
    expect(await sessionPrincipal(sid)).toBeNull();
  });

  it("is refused when replaced by a newer one, expired, or its account deactivated", async () => {
    const email = `ola-${s.agencyA}@etat.test`;
    const first = await invite(email);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const second = secretOf((await renewInvitation(admin, user.id)).path);
    expect(await setPasswordLinkFor(first)).toBeNull();
    await expect(setPasswordWithLink(first, "et godt langt passord")).rejects.toMatchObject({ code: "conflict" });
    await prisma.oneTimeToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await setPasswordLinkFor(second)).toBeNull();
    await prisma.oneTimeToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { expiresAt: new Date(Date.now() + 3600_000) } });
    await prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    await expect(setPasswordWithLink(second, "et godt langt passord")).rejects.toMatchObject({ code: "conflict" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("is unknown for a made-up secret", async () => {
    expect(await setPasswordLinkFor("x".repeat(43))).toBeNull();
  });
});

describe("the password a person chooses", () => {
  const check = (password: string, repeat = password) => setPasswordSchema("kari.nordmann@etat.test").safeParse({ password, repeat });
  const messages = (password: string, repeat = password) => {
    const r = check(password, repeat);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it("is long rather than complex: 12 characters at least", () => {
    expect(messages("kort passord")).toEqual([]);
    expect(messages("elleve tegn")).toEqual([nb.setPassword.tooShort]);
  });

  it("is not the demo password, the e-mail address, one repeated character, and is typed the same twice", () => {
    expect(messages("DUGNAD-DEMO-2020")).toContain(nb.setPassword.demoPassword);
    expect(messages("mitt kari.nordmann passord")).toContain(nb.setPassword.containsEmail);
    expect(messages("aaaaaaaaaaaaaaaa")).toContain(nb.setPassword.oneCharacter);
    expect(messages("et langt passord", "et langt pasord")).toEqual([nb.setPassword.repeatDiffers]);
  });
});
