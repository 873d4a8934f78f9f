// The home page's data for each role, on the demo data (KMD's sector, the 2020 round, figures for
// 2019–2021, the 2021 sector plan) beside the other tests' sectors, at a fixed moment: 15 January
// 2023, when the 2020 round's deadline (1 December 2020) has long passed and 2022 has ended.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access";
import { prisma } from "@/lib/db";
import { getHome } from "@/lib/data/home";
import { startSession } from "@/lib/data/sessions";
import { inviteUser, loadMember } from "@/lib/data/users";
import { seedDemoData } from "@/scripts/seed";
import { createTestSector, type TestSector } from "../support/fixtures";
import { countQueries } from "../support/query-count";

const NOW = new Date("2023-01-15T09:00:00Z");
let other: TestSector;
let kmd: string;

async function actor(email: string): Promise<Actor> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return (await loadMember(user.id))!;
}
const agencyId = async (shortName: string) => (await prisma.organisation.findUniqueOrThrow({ where: { shortName }, select: { id: true } })).id;
const day = (d: Date) => d.toISOString().slice(0, 10);
const isOrdered = (dates: Date[]) => dates.every((d, i) => i === 0 || dates[i - 1]!.getTime() <= d.getTime());

beforeAll(async () => {
  // Another sector with a plan waiting for review: never on KMD's home pages.
  other = await createTestSector();
  await seedDemoData(prisma, { besideOtherData: true });
  kmd = await agencyId("KMD");
}, 120_000);
afterAll(() => prisma.$disconnect());

describe("an agency's HR", () => {
  it("sees its overdue plan, the years without figures and the sector plan's measures without status, oldest first", async () => {
    const home = await getHome(await actor("hr@husbanken.test"), NOW);
    expect(home.kind).toBe("agency");
    expect(isOrdered(home.items.map((i) => i.date))).toBe(true);
    const plan = home.items.find((i) => i.kind === "planDue");
    expect(plan).toMatchObject({ date: new Date("2020-12-01T00:00:00Z"), href: expect.stringMatching(/^\/planer\/\w+$/) });
    // 2018 (the first reporting year) and 2022 (just ended) are not reported; 2019–2021 are.
    expect(home.items.filter((i) => i.kind === "figuresMissing").map((i) => i.kind === "figuresMissing" && [i.year, i.href, day(i.date)])).toEqual([
      [2018, "/tall?aar=2018", "2019-01-01"],
      [2022, "/tall?aar=2022", "2023-01-01"],
    ]);
    // Husbanken has reported one of the 2021 sector plan's seven measures.
    const followUp = home.items.find((i) => i.kind === "followUpMissing");
    expect(followUp).toMatchObject({ href: "/oppfolging", count: 6 });
    expect(home.items.map((i) => i.kind).slice(0, 2)).toEqual(["figuresMissing", "planDue"]);
    expect(home.items.at(-1)).toMatchObject({ kind: "figuresMissing", year: 2022 });
  });

  it("sees the ministry's request for changes, dated when it was asked", async () => {
    const home = await getHome(await actor("hr@statsbygg.test"), NOW);
    const request = home.items.find((i) => i.kind === "changesRequested");
    expect(request).toMatchObject({ href: expect.stringMatching(/^\/planer\//) });
    expect(day(request!.date)).toBe("2020-12-03");
    expect(home.items.some((i) => i.kind === "planDue")).toBe(false);
  });

  it("owes no figures for the years before the agency existed (Digdir: from 2020)", async () => {
    const home = await getHome(await actor("hr@digdir.test"), NOW);
    expect(home.items.filter((i) => i.kind === "figuresMissing").map((i) => i.kind === "figuresMissing" && i.year)).toEqual([2022]);
  });

  it("has nothing to do about a plan that is approved and measures all reported", async () => {
    const home = await getHome(await actor("hr@datatilsynet.test"), NOW);
    expect(home.items.map((i) => i.kind)).toEqual(["figuresMissing", "figuresMissing"]);
  });
});

describe("the ministry's adviser", () => {
  it("sees plans to review (oldest first), agencies past the deadline and agencies without last year's figures", async () => {
    const home = await getHome(await actor("radgiver@kmd.test"), NOW);
    expect(home.kind).toBe("adviser");
    expect(isOrdered(home.items.map((i) => i.date))).toBe(true);
    const review = home.items.filter((i) => i.kind === "awaitsReview").map((i) => i.kind === "awaitsReview" && i.agencyName);
    expect(review).toEqual(["Valgdirektoratet", "Statens kartverk"]);
    const overdue = home.items.filter((i) => i.kind === "overdue").map((i) => i.kind === "overdue" && i.agencyName);
    expect(overdue).toContain("Husbanken");
    expect(overdue).toHaveLength(7); // two drafts, five not started
    const missing = home.items.filter((i) => i.kind === "agencyFiguresMissing");
    expect(missing).toHaveLength(11); // no agency has reported 2022
    expect(missing[0]).toMatchObject({ year: 2022, href: expect.stringMatching(/^\/virksomheter\/\w+$/) });
    // Nothing of the other sector.
    const names = home.items.map((i) => ("agencyName" in i ? i.agencyName : ""));
    for (const name of await prisma.organisation.findMany({ where: { parentId: { not: kmd } }, select: { name: true } })) expect(names).not.toContain(name.name);
    expect(home.more).toBe(0);
  });

  it("costs the same number of queries however many agencies the sector has", async () => {
    const adviser = await actor("radgiver@kmd.test");
    const before = await countQueries(() => getHome(adviser, NOW));
    const adviserOther = other.actors.adviser;
    const small = await countQueries(() => getHome(adviserOther, NOW));
    expect(before).toBe(small);
  });
});

describe("a leader", () => {
  it("in the ministry sees the sector's latest complete year exactly and the plans of the latest round by status", async () => {
    const home = await getHome(await actor("leder@kmd.test"), NOW);
    expect(home.kind).toBe("leader");
    expect(home.items).toEqual([]);
    expect(home.glance?.sector).toMatchObject({ year: 2021, showable: true });
    expect(home.glance?.latestRoundTitle).toMatch(/\(2020\)$/);
    expect(home.glance?.planStatusCounts).toEqual({ NOT_STARTED: 5, DRAFT: 2, SUBMITTED: 2, CHANGES_REQUESTED: 1, APPROVED: 1 });
    expect(home.glance?.own).toBeNull();
  });

  it("in an agency sees its own agency's status and figure", async () => {
    const home = await getHome(await actor("leder@husbanken.test"), NOW);
    expect(home.glance?.own).toMatchObject({ name: "Husbanken", planStatus: "DRAFT", figure: { kind: expect.any(String) } });
  });
});

describe("the audit office", () => {
  it("keeps the sign-in before the latest one", async () => {
    const auditor = await actor("revisor@riksrevisjonen.test");
    await startSession(auditor.userId, "PASSWORD");
    const first = await prisma.user.findUniqueOrThrow({ where: { id: auditor.userId }, select: { lastSignInAt: true } });
    await startSession(auditor.userId, "PASSWORD");
    const second = await prisma.user.findUniqueOrThrow({ where: { id: auditor.userId }, select: { lastSignInAt: true, previousSignInAt: true } });
    expect(second.previousSignInAt).toEqual(first.lastSignInAt);
  });

  it("sees the audited sector's events since the previous sign-in, per kind, linking to the log filtered", async () => {
    const auditor = await actor("revisor@riksrevisjonen.test");
    const since = new Date("2022-12-20T12:00:00Z");
    await prisma.user.update({ where: { id: auditor.userId }, data: { previousSignInAt: since } });
    const husbanken = await agencyId("Husbanken");
    await prisma.auditEvent.createMany({
      data: [
        { at: new Date("2022-12-01T10:00:00Z"), sectorIds: [kmd], entity: "ActionPlan", entityId: "x", action: "submit", subjectOrganisationId: husbanken },
        { at: new Date("2023-01-02T10:00:00Z"), sectorIds: [kmd], entity: "ActionPlan", entityId: "x", action: "submit", subjectOrganisationId: husbanken },
        { at: new Date("2023-01-03T10:00:00Z"), sectorIds: [kmd], entity: "ActionPlan", entityId: "y", action: "submit", subjectOrganisationId: husbanken },
        { at: new Date("2023-01-04T10:00:00Z"), sectorIds: [kmd], entity: "HiringReport", entityId: "z", action: "create", subjectOrganisationId: husbanken },
        // Another sector's event: not the audit office's.
        { at: new Date("2023-01-05T10:00:00Z"), sectorIds: [other.ministryId], entity: "ActionPlan", entityId: "w", action: "approve" },
      ],
    });
    const home = await getHome(auditor, NOW);
    expect(home.kind).toBe("auditor");
    expect(home.changes?.since).toEqual(since);
    const groups = home.changes!.groups;
    expect(groups.map((g) => [g.entity, g.action, g.count, g.href])).toEqual([
      ["HiringReport", "create", 1, "/logg?hendelse=HiringReport.create&fra=2022-12-20"],
      ["ActionPlan", "submit", 2, "/logg?hendelse=ActionPlan.submit&fra=2022-12-20"],
    ]);
    expect(home.changes!.groups.some((g) => g.action === "approve" && g.entity === "ActionPlan")).toBe(false);
  });
});

describe("the administrator", () => {
  it("sees the people invited to its sector who have not signed in yet", async () => {
    const admin = await actor("admin@kmd.test");
    const invited = await inviteUser(admin, { email: "ny.person@husbanken.test", name: "Ny Person", role: "AGENCY_HR", organisationId: await agencyId("Husbanken") });
    // Invited to the other sector: not this administrator's.
    await prisma.user.create({ data: { email: `invitert-${other.ministryId}@test`, name: "Annen Sektor", role: "AGENCY_HR", organisationId: other.agencyA } });
    const home = await getHome(admin, NOW);
    expect(home.kind).toBe("admin");
    expect(home.items.map((i) => i.kind === "invited" && [i.userName, i.href])).toEqual([["Ny Person", `/admin/brukere/${invited.userId}`]]);
  });
});
