// Sessions: 12 hours from sign-in at most, 30 minutes without activity at most, ended by sign-out,
// "sign out everywhere" or deactivation; only the app's own requests count as activity.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endAllOwnSessions, endSession, sessionIsLive, sessionPrincipal, startSession } from "@/lib/data/sessions";
import { loadMember } from "@/lib/data/users";
import { markAllRead, unreadCount, unreadCountForHeader } from "@/lib/data/notifications";
import { prisma, sqlStatementCount } from "@/lib/db";
import { createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE);
const age = (id: string, data: { createdAt?: Date; lastSeenAt?: Date }) => prisma.userSession.update({ where: { id }, data });

describe("a session", () => {
  it("starts at sign-in, records the sign-in, and names its user with their organisation and sectors", async () => {
    const sid = await startSession(s.actors.hrA.userId, "PASSWORD");
    const p = await sessionPrincipal(sid);
    expect(p).toMatchObject({ kind: "user", sessionId: sid, userId: s.actors.hrA.userId, role: "AGENCY_HR", organisationId: s.agencyA, sectorId: s.ministryId, sectorIds: [s.ministryId] });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: s.actors.hrA.userId } });
    expect(user.lastSignInAt?.getTime()).toBeGreaterThan(Date.now() - MINUTE);
  });

  it("ends 30 minutes after the last request, and a request counts as activity", async () => {
    const sid = await startSession(s.actors.hrA.userId, "PASSWORD");
    await age(sid, { lastSeenAt: ago(29) });
    expect(await sessionPrincipal(sid)).not.toBeNull();
    // That request was activity: the session lives on from now.
    const touched = await prisma.userSession.findUniqueOrThrow({ where: { id: sid } });
    expect(touched.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - MINUTE);
    await age(sid, { lastSeenAt: ago(31) });
    expect(await sessionPrincipal(sid)).toBeNull();
    // Once ended, no request brings it back.
    expect(await sessionIsLive(sid)).toBe(false);
  });

  it("ends 12 hours after sign-in however active it is", async () => {
    const sid = await startSession(s.actors.hrA.userId, "PASSWORD");
    await age(sid, { createdAt: ago(12 * 60 - 1), lastSeenAt: ago(1) });
    expect(await sessionPrincipal(sid)).not.toBeNull();
    await age(sid, { createdAt: ago(12 * 60 + 1), lastSeenAt: ago(0) });
    expect(await sessionPrincipal(sid)).toBeNull();
    expect(await sessionIsLive(sid)).toBe(false);
  });

  it("is not extended by Auth.js's session endpoint (checking a session is not activity)", async () => {
    const sid = await startSession(s.actors.hrA.userId, "PASSWORD");
    await age(sid, { lastSeenAt: ago(20) });
    expect(await sessionIsLive(sid)).toBe(true);
    const row = await prisma.userSession.findUniqueOrThrow({ where: { id: sid } });
    expect(row.lastSeenAt.getTime()).toBeLessThan(ago(19).getTime());
  });

  it("ends at sign-out, and only that one", async () => {
    const one = await startSession(s.actors.hrA.userId, "PASSWORD");
    const other = await startSession(s.actors.hrA.userId, "PASSWORD");
    await endSession(one);
    expect(await sessionPrincipal(one)).toBeNull();
    expect(await sessionPrincipal(other)).not.toBeNull();
  });

  it("'sign out everywhere' ends every session of that user, not others'", async () => {
    const mine = [await startSession(s.actors.hrB.userId, "PASSWORD"), await startSession(s.actors.hrB.userId, "OIDC")];
    const someoneElse = await startSession(s.actors.leaderA.userId, "PASSWORD");
    const me = (await sessionPrincipal(mine[0]!))!;
    expect(await endAllOwnSessions(me)).toBeGreaterThanOrEqual(2);
    for (const sid of mine) expect(await sessionPrincipal(sid)).toBeNull();
    expect(await sessionPrincipal(someoneElse)).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { entity: "User", entityId: s.actors.hrB.userId, action: "signOutEverywhere" } })).toBe(1);
  });

  it("is refused at the next request once its user is deactivated", async () => {
    const sid = await startSession(s.actors.leaderA.userId, "PASSWORD");
    await prisma.user.update({ where: { id: s.actors.leaderA.userId }, data: { deactivatedAt: new Date() } });
    try {
      expect(await sessionPrincipal(sid)).toBeNull();
      expect(await sessionIsLive(sid)).toBe(false);
    } finally {
      await prisma.user.update({ where: { id: s.actors.leaderA.userId }, data: { deactivatedAt: null } });
    }
  });

  it("names each kind of user exactly as loading the user does (the audit office with the sectors it audits), in one SQL statement", async () => {
    for (const actor of Object.values(s.actors)) {
      const sid = await startSession(actor.userId, "PASSWORD");
      const before = sqlStatementCount();
      const p = await sessionPrincipal(sid);
      expect(sqlStatementCount() - before).toBe(1);
      expect(p).toEqual({ ...(await loadMember(actor.userId)), sessionId: sid, locale: null });
    }
    const auditor = await sessionPrincipal(await startSession(s.actors.auditor.userId, "PASSWORD"));
    expect(auditor?.auditedSectorIds).toEqual([s.ministryId]);
  });

  it("counts the person's unread notifications in the same statement, for the header", async () => {
    const sid = await startSession(s.actors.hrB.userId, "PASSWORD");
    await prisma.notification.create({ data: { userId: s.actors.hrB.userId, kind: "PLAN_SUBMITTED", key: `unread-${sid}`, params: {}, link: "/" } });
    const p = (await sessionPrincipal(sid))!;
    const before = sqlStatementCount();
    const unread = await unreadCountForHeader(p);
    expect(sqlStatementCount()).toBe(before);
    expect(unread).toBe(await unreadCount(p));
    expect(unread).toBeGreaterThanOrEqual(1);
    // Marking them read makes the count read at the session check stale: it is counted again.
    await markAllRead(p);
    expect(await unreadCountForHeader(p)).toBe(0);
  });

  it("carries the language the person chose", async () => {
    await prisma.user.update({ where: { id: s.actors.hrA.userId }, data: { locale: "en" } });
    try {
      expect((await sessionPrincipal(await startSession(s.actors.hrA.userId, "PASSWORD")))?.locale).toBe("en");
    } finally {
      await prisma.user.update({ where: { id: s.actors.hrA.userId }, data: { locale: null } });
    }
  });

  it("is unknown when the id is forged", async () => {
    expect(await sessionPrincipal("forged")).toBeNull();
    expect(await sessionIsLive("forged")).toBe(false);
  });
});
