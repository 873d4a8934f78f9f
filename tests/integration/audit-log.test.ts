// The audit log page's data: scoped by audit.read (an administrator its own sector, the auditor the
// audited ones), filtered and paged in SQL, and never showing a plan's text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { UserPrincipal } from "@/lib/access";
import { listAuditEvents } from "@/lib/data/audit-log";
import { moveAgency } from "@/lib/data/organisations";
import { savePlan } from "@/lib/data/plans";
import { inviteUser, setUserActive } from "@/lib/data/users";
import { AUDIT_PAGE_SIZE, parseAuditLogQuery } from "@/lib/domain/admin-queries";
import { adminText as t } from "@/lib/i18n/admin-nb";
import { createTestSector, draftWith, type TestSector } from "../support/fixtures";
import { member, parentOf } from "../support/admin-fixtures";

let s: TestSector;
let admin: UserPrincipal;
let otherAdmin: UserPrincipal;
let otherMinistry: string;
let invited: string;
beforeAll(async () => {
  s = await createTestSector();
  admin = await member("ADMIN", s.ministryId, "Logg Admin");
  otherMinistry = await parentOf(s.otherMinistryAgency);
  otherAdmin = await member("ADMIN", otherMinistry, "Annen Admin");
  invited = (await inviteUser(admin, { email: `logg-${s.agencyA}@etat.test`, name: "Logget Person", role: "AGENCY_HR", organisationId: s.agencyA })).userId;
  await setUserActive(admin, invited, false);
  await inviteUser(otherAdmin, { email: `annen-${s.agencyA}@etat.test`, name: "Annen Sektor", role: "AGENCY_HR", organisationId: s.otherMinistryAgency });
  await savePlan(s.actors.hrA, { planId: s.planA, version: 1, content: draftWith("HEMMELIG UTKAST FRA A") }, "draft");
});
afterAll(() => prisma.$disconnect());

const q = (params: Record<string, string> = {}) => parseAuditLogQuery(params).query;

describe("who reads which log", () => {
  it("an administrator reads its own sector's events, not another sector's", async () => {
    const own = await listAuditEvents(admin, q());
    expect(own.rows.map((r) => r.what)).toEqual(expect.arrayContaining(["Bruker invitert", "Bruker deaktivert", "Handlingsplan lagret"]));
    expect(own.rows.some((r) => r.details.join(" ").includes("Annen Sektor"))).toBe(false);
    const other = await listAuditEvents(otherAdmin, q());
    expect(other.rows.map((r) => r.details.join(" ")).join(" ")).toContain("Annen Sektor");
    expect(other.rows.some((r) => r.details.join(" ").includes("Logget Person"))).toBe(false);
  });

  it("the auditor reads the sectors it audits", async () => {
    const audited = await listAuditEvents(s.actors.auditor, q());
    expect(audited.total).toBe((await listAuditEvents(admin, q())).total);
    expect(audited.rows.some((r) => r.details.join(" ").includes("Annen Sektor"))).toBe(false);
  });

  it("is forbidden to everyone else", async () => {
    for (const actor of [s.actors.adviser, s.actors.leader, s.actors.hrA, s.actors.leaderA, s.actors.otherAdviser]) {
      await expect(listAuditEvents(actor, q())).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});

describe("what a row shows", () => {
  it("who, what and a safe summary, never the draft's text", async () => {
    const { rows } = await listAuditEvents(admin, q());
    const deactivated = rows.find((r) => r.what === "Bruker deaktivert")!;
    expect(deactivated).toMatchObject({ who: "Logg Admin", subject: expect.stringMatching(/^EtatA-/), details: [`Logget Person (logg-${s.agencyA}@etat.test)`] });
    const saved = rows.find((r) => r.what === "Handlingsplan lagret")!;
    expect(saved.who).toBe("AGENCY_HR");
    expect(JSON.stringify(rows)).not.toContain("HEMMELIG");
  });

  it("nor the text of an older event that stored the draft", async () => {
    await prisma.auditEvent.create({
      data: {
        actorId: s.actors.hrB.userId,
        organisationId: s.agencyB,
        subjectOrganisationId: s.agencyB,
        sectorIds: [s.ministryId],
        entity: "ActionPlan",
        entityId: s.planB,
        action: "save",
        before: { status: "DRAFT", content: draftWith("GAMMEL HEMMELIGHET") },
        after: { status: "DRAFT", content: draftWith("GAMMEL HEMMELIGHET 2") },
      },
    });
    const { rows } = await listAuditEvents(s.actors.auditor, q({ virksomhet: s.agencyB }));
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain("HEMMELIGHET");
  });

  it("shows a move in the logs of both ministries", async () => {
    await moveAgency(admin, { agencyId: s.agencyB, ministryId: otherMinistry }).then(() => moveAgency(otherAdmin, { agencyId: s.agencyB, ministryId: s.ministryId }));
    // Both moves are in both logs.
    for (const reader of [admin, otherAdmin]) {
      const moves = await listAuditEvents(reader, q({ hendelse: "Organisation.move" }));
      expect(moves.rows.filter((r) => r.subject?.startsWith("EtatB-"))).toHaveLength(2);
    }
  });
});

describe("filters", () => {
  it("by organisation (subject or actor), user and kind", async () => {
    const byOrg = await listAuditEvents(admin, q({ virksomhet: s.agencyA }));
    expect(byOrg.rows.length).toBeGreaterThan(0);
    expect(byOrg.rows.every((r) => r.subject?.startsWith("EtatA-") || r.whoOrganisation?.startsWith("EtatA-"))).toBe(true);
    const byUser = await listAuditEvents(admin, q({ bruker: s.actors.hrA.userId }));
    expect(byUser.rows.map((r) => r.what)).toEqual(["Handlingsplan lagret"]);
    const byKind = await listAuditEvents(admin, q({ hendelse: "User" }));
    expect(new Set(byKind.rows.map((r) => r.what))).toEqual(new Set(["Bruker invitert", "Bruker deaktivert"]));
    const byAction = await listAuditEvents(admin, q({ hendelse: "User.invite" }));
    expect(byAction.rows.map((r) => r.what)).toEqual(["Bruker invitert"]);
  });

  it("by date range, in Norwegian days", async () => {
    const at = new Date("2025-06-30T22:30:00Z"); // 1 July 2025, 00.30 in Norway
    await prisma.auditEvent.create({ data: { actorId: admin.userId, organisationId: s.ministryId, sectorIds: [s.ministryId], entity: "User", entityId: "gammel", action: "reactivate", at, after: { name: "Gammel Hendelse" } } });
    const july = await listAuditEvents(admin, q({ fra: "2025-07-01", til: "2025-07-01" }));
    expect(july.rows.map((r) => r.details[0])).toEqual(["Gammel Hendelse"]);
    expect((await listAuditEvents(admin, q({ fra: "2025-07-02" }))).rows.some((r) => r.details[0] === "Gammel Hendelse")).toBe(false);
    expect((await listAuditEvents(admin, q({ til: "2025-06-30" }))).total).toBe(0);
  });

  it("outside the reader's sectors are named as problems and not used, so nothing leaks", async () => {
    const foreignOrg = await listAuditEvents(admin, q({ virksomhet: s.otherMinistryAgency }));
    expect(foreignOrg.problems).toEqual({ virksomhet: t.log.badOrganisation });
    expect(foreignOrg.total).toBe((await listAuditEvents(admin, q())).total);
    const foreignUser = await listAuditEvents(admin, q({ bruker: otherAdmin.userId }));
    expect(foreignUser.problems).toEqual({ bruker: t.log.badUser });
  });

  it("page in SQL, newest first", async () => {
    await prisma.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
        actorId: admin.userId,
        organisationId: s.ministryId,
        sectorIds: [s.ministryId],
        entity: "ClosedYear",
        entityId: `${s.ministryId}:${i}`,
        action: "close",
        at: new Date(Date.UTC(2024, 0, 1, 0, i)),
        after: { year: 1900 + i },
      })),
    });
    const first = await listAuditEvents(admin, q({ hendelse: "ClosedYear" }));
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]!.details).toEqual([`År: ${1900 + AUDIT_PAGE_SIZE + 4}`]);
    const second = await listAuditEvents(admin, q({ hendelse: "ClosedYear", side: "2" }));
    expect(second.rows.map((r) => r.details[0])).toEqual(["År: 1904", "År: 1903", "År: 1902", "År: 1901", "År: 1900"]);
    // A page past the end shows the last one.
    expect((await listAuditEvents(admin, q({ hendelse: "ClosedYear", side: "99" }))).page).toBe(2);
  });
});
