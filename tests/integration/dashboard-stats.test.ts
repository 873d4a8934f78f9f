// The dashboard's SQL statistics, sorting and pooling against the row-by-row rules, on real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getAgencyOverview } from "@/lib/data/agencies";
import { getDashboard } from "@/lib/data/dashboard";
import { saveOwnReport } from "@/lib/data/hiring";
import { sectorYearStats } from "@/lib/data/hiring-stats";
import { decidePooling, requestPooling, withdrawPooling } from "@/lib/data/pooling";
import { sectorPublication } from "@/lib/data/publication";
import { loadMember } from "@/lib/data/users";
import { nb } from "@/lib/i18n/nb";
import { parseDashboardQuery } from "@/lib/domain/dashboard-query";
import { todayInNorway } from "@/lib/domain/format";
import { yearStatsOf, type AgencyYearRow, type SectorAgency } from "@/lib/domain/year-stats";
import { createTestSector, type TestSector } from "../support/fixtures";
import { countQueries } from "../support/query-count";

let s: TestSector;
const extra: { id: string; name: string }[] = [];
const rows: AgencyYearRow[] = [];

// Totals per agency and year: small ones (1–4), equal ones (ties go by name), and none at all.
const TOTALS: Record<string, [number, number, number]> = {
  Alfa: [3, 40, 12],
  Beta: [12, 2, 30],
  Gamma: [12, 25, 0],
  Delta: [60, 4, 5],
  Epsilon: [7, 9, 3],
  Zeta: [1, 4, 6],
};

beforeAll(async () => {
  s = await createTestSector();
  // A and B of the fixture report nothing here; five more agencies do.
  for (const [name, totals] of Object.entries(TOTALS)) {
    const org = await prisma.organisation.create({
      data: { kind: "AGENCY", name: `${name} ${s.ministryId}`, shortName: `${name}-${s.ministryId}`, orgNumber: `${name}-${s.ministryId}`, postalAddress: "-", parentId: s.ministryId },
    });
    extra.push({ id: org.id, name: org.name });
    for (const [i, total] of totals.entries()) {
      const counts = { permanentTotal: total, permanentTarget: Math.floor(total / 8), temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0 };
      await prisma.hiringReport.create({ data: { agencyId: org.id, year: 2018 + i, ...counts } });
      rows.push({ agencyId: org.id, name: org.name, year: 2018 + i, ...counts });
    }
  }
  // An agency that came into being on 1 January 2020 (as Digitaliseringsdirektoratet did): it is
  // not expected to report 2018 or 2019.
  await prisma.organisation.create({
    data: { kind: "AGENCY", name: `Eta ${s.ministryId}`, shortName: `Eta-${s.ministryId}`, orgNumber: `Eta-${s.ministryId}`, postalAddress: "-", parentId: s.ministryId, establishedOn: new Date("2020-01-01") },
  });
});
afterAll(() => prisma.$disconnect());

const id = (name: string) => extra.find((e) => e.name.startsWith(name))!.id;

describe("the sector statistics in SQL", () => {
  it("equal the reference rules: every agency's year summed exactly, small ones too", async () => {
    // The fixture's own agencies report too.
    const fixtureRows = await prisma.hiringReport.findMany({ where: { agencyId: { in: [s.agencyA, s.agencyB] } }, include: { agency: { select: { name: true } } } });
    rows.push(...fixtureRows.map((r) => ({ ...r, name: r.agency.name })));
    // One with trainees: counted once, all of them in the target group.
    await prisma.hiringReport.update({ where: { agencyId_year: { agencyId: s.agencyA, year: 2020 } }, data: { traineeTotal: 2 } });
    rows.find((r) => r.agencyId === s.agencyA && r.year === 2020)!.traineeTotal = 2;
    const agencies: SectorAgency[] = await prisma.organisation.findMany({ where: { kind: "AGENCY", parentId: s.ministryId }, select: { id: true, establishedOn: true } });
    expect(await sectorYearStats([s.ministryId])).toEqual(yearStatsOf(rows, agencies));
    const stats = await sectorYearStats([s.ministryId]);
    // 2018 and 2019: 8 agencies existed, 6 reported; 2020: Eta too, and A and B reported.
    expect(stats.map((y) => [y.year, y.reported, y.agencies])).toEqual([
      [2018, 6, 8],
      [2019, 6, 8],
      [2020, 8, 9],
    ]);
    expect(stats.find((y) => y.year === 2020)).toMatchObject({ total: 56 + 21 + 3, target: 4 + 4 + 1 });
  });
});

describe("the dashboard's agency table", () => {
  it("shows the ministry every agency's exact counts, small years marked without a share, sorted by share with those last", async () => {
    const d = await getDashboard(s.actors.adviser, parseDashboardQuery({ aar: "2018", sorter: "andel", retning: "synkende" }));
    expect(d.exactCounts).toBe(true);
    const shares = d.agencies.map((a) => a.figures[2018]);
    const shown = shares.filter((f) => f?.kind === "shown").map((f) => (f?.kind === "shown" ? f.share : 0));
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    const firstSmall = shares.findIndex((f) => f?.kind !== "shown");
    expect(shares.slice(firstSmall).every((f) => f?.kind !== "shown")).toBe(true);
    // 2018: Alfa had 3 new hires, Epsilon 7: both exact, Alfa marked "færre enn 5".
    expect(d.agencies.find((a) => a.id === id("Alfa"))?.figures[2018]).toEqual({ kind: "few", total: 3, target: 0 });
    expect(d.agencies.find((a) => a.id === id("Epsilon"))?.figures[2018]).toMatchObject({ kind: "shown", total: 7 });
    // Nothing is hidden from the ministry.
    expect(shares.some((f) => f?.kind === "suppressed")).toBe(false);
  });

  it("shows an agency's own people the sector as published, and their own agency exactly", async () => {
    const hr = await loadMember((await prisma.user.create({ data: { email: `hr-alfa-${s.ministryId}@test`, name: "HR", role: "AGENCY_HR", organisationId: id("Alfa") } })).id);
    const d = await getDashboard(hr!, parseDashboardQuery({ aar: "2018" }));
    expect(d.exactCounts).toBe(false);
    expect(d.agencies.map((a) => a.id)).toEqual([id("Alfa")]);
    expect(d.agencies[0]?.figures[2018]).toEqual({ kind: "few", total: 3, target: 0 });
    const pub = await sectorPublication(s.ministryId);
    for (const y of d.sector) {
      const total = pub.publication.sector.get(y.year);
      expect(y.showable).toBe(total?.kind === "shown");
      if (total?.kind === "shown") expect([y.total, y.target]).toEqual([total.total, total.target]);
    }
  });

  it("filters by name and by plan status, and pages", async () => {
    const byName = await getDashboard(s.actors.adviser, parseDashboardQuery({ sok: "gamma" }));
    expect(byName.agencies.map((a) => a.id)).toEqual([id("Gamma")]);
    const all = await getDashboard(s.actors.adviser, parseDashboardQuery({}));
    expect(all.matches).toBe(9);
    expect(all.pages).toBe(1);
    const noPlan = await getDashboard(s.actors.adviser, parseDashboardQuery({ plan: "INGEN" }));
    expect(noPlan.agencies.map((a) => a.id)).toEqual(all.agencies.filter((a) => a.planStatus === null).map((a) => a.id));
    expect(noPlan.matches).toBeGreaterThanOrEqual(5);
  });

  it("uses the same number of queries whatever the page shows (computed afresh, not from the cache)", async () => {
    const count = (q: Record<string, string>) => countQueries(() => getDashboard(s.actors.adviser, parseDashboardQuery(q)));
    const plain = await count({ aar: "2019" });
    expect(plain).toBeGreaterThan(1);
    expect(await count({ aar: "2019", sorter: "andel", sok: "a", plan: "INGEN" })).toBe(plain);
  });
});

describe("the dashboard's cache", () => {
  it("answers a repeated view with one query, and shows a change at once", async () => {
    const query = parseDashboardQuery({ aar: "2024" });
    await getDashboard(s.actors.adviser, query);
    expect(await countQueries(() => getDashboard(s.actors.adviser, query))).toBe(1);
    await saveOwnReport(s.actors.hrA, { year: 2024, permanentTotal: 40, permanentTarget: 3, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0, reason: "", version: null });
    const after = await getDashboard(s.actors.adviser, query);
    expect(after.year).toBe(2024);
    expect(after.agencies.find((a) => a.id === s.agencyA)?.figures[2024]).toEqual({ kind: "shown", total: 40, target: 3, share: 3 / 40 });
  });
});

describe("pooling several years", () => {
  const hrOf = async (agencyId: string) =>
    (await loadMember((await prisma.user.create({ data: { email: `hr-${agencyId}@test`, name: "HR", role: "AGENCY_HR", organisationId: agencyId } })).id))!;
  const statusOf = async (consentId: string) => (await prisma.poolingConsent.findUniqueOrThrow({ where: { id: consentId } })).status;

  it("is asked for by the agency and approved by its ministry: only reported years all under 5, in no other period", async () => {
    const zetaHr = await hrOf(id("Zeta"));
    const alfaHr = await hrOf(id("Alfa"));
    const period = { fromYear: 2018, toYear: 2019, reason: "Få nytilsatte" };
    await expect(requestPooling(s.actors.adviser, period)).rejects.toMatchObject({ code: "forbidden" });
    // A year already shown on its own would give the small one away; the refusal names no year.
    await expect(requestPooling(alfaHr, { ...period, reason: "" })).rejects.toMatchObject({ code: "invalid", fieldErrors: { fromYear: [nb.errors.poolingSmallOnly] } });
    // Years not reported yet would show up one by one as the sum grows.
    await expect(requestPooling(zetaHr, { fromYear: 2018, toYear: 2021, reason: "" })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { toYear: [expect.stringContaining("Mangler: 2021")] },
    });
    const { id: consentId } = await requestPooling(zetaHr, period);
    expect(await statusOf(consentId)).toBe("REQUESTED");
    // Asked for: the years are taken until the ministry decides.
    await expect(requestPooling(zetaHr, { fromYear: 2019, toYear: 2020, reason: "" })).rejects.toMatchObject({ code: "invalid", fieldErrors: { fromYear: [nb.errors.poolingOverlap] } });
    // Pending: not part of what is published.
    const periodOf = async () => (await sectorPublication(s.ministryId)).input.periods.find((p) => p.agencyId === id("Zeta"));
    expect(await periodOf()).toBeUndefined();

    const decision = { consentId, decision: "approve" as const, note: "" };
    await expect(decidePooling(zetaHr, decision)).rejects.toMatchObject({ code: "forbidden" });
    await expect(decidePooling(s.actors.otherAdviser, decision)).rejects.toMatchObject({ code: "not_found" });
    await decidePooling(s.actors.adviser, decision);
    expect(await statusOf(consentId)).toBe("APPROVED");
    await expect(decidePooling(s.actors.adviser, decision)).rejects.toMatchObject({ code: "conflict", message: nb.errors.poolingDecided });
    // Published: disclosure control now takes the period (its sum shown where that gives no year away).
    expect(await periodOf()).toEqual({ agencyId: id("Zeta"), fromYear: 2018, toYear: 2019, published: true, withdrawn: false });
    // The ministry itself still sees the single years exactly.
    expect((await getAgencyOverview(s.actors.adviser, id("Zeta"))).years.slice(0, 2).map((y) => y.figure.kind)).toEqual(["few", "few"]);
    const events = await prisma.auditEvent.findMany({ where: { entity: "PoolingConsent", entityId: consentId }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["request", "approve"]);

    // Withdrawn: the sum is no longer shown, and the years stay in the period for good.
    await withdrawPooling(s.actors.adviser, consentId);
    expect(await statusOf(consentId)).toBe("WITHDRAWN");
    // Its sum was seen: it stays a constraint of disclosure control, never shown again.
    expect(await periodOf()).toEqual({ agencyId: id("Zeta"), fromYear: 2018, toYear: 2019, published: false, withdrawn: true });
    await expect(requestPooling(zetaHr, period)).rejects.toMatchObject({ code: "invalid", fieldErrors: { fromYear: [nb.errors.poolingOverlap] } });
    await expect(withdrawPooling(s.actors.adviser, consentId)).rejects.toMatchObject({ code: "conflict" });
  });

  it("can be refused, which leaves the years free; an approval is checked again and never names a year", async () => {
    // A sector of its own, so that the agency it adds changes no other test's counts.
    const t = await createTestSector();
    const theta = await prisma.organisation.create({
      data: { kind: "AGENCY", name: `Theta ${t.ministryId}`, shortName: `Theta-${t.ministryId}`, orgNumber: `Theta-${t.ministryId}`, postalAddress: "-", parentId: t.ministryId },
    });
    for (const [year, total] of [[2018, 2], [2019, 3]] as const) {
      await prisma.hiringReport.create({ data: { agencyId: theta.id, year, permanentTotal: total, permanentTarget: 0, temporaryTotal: 0, temporaryTarget: 0 } });
    }
    const hr = await hrOf(theta.id);
    const period = { fromYear: 2018, toYear: 2019, reason: "" };
    const first = await requestPooling(hr, period);
    await decidePooling(t.actors.adviser, { consentId: first.id, decision: "refuse", note: "Ta det opp i etatsstyringsmøtet." });
    expect(await statusOf(first.id)).toBe("REFUSED");
    const second = await requestPooling(hr, period);
    // A year revised to 5 or more since the request: approval is refused with words that name no year.
    await prisma.hiringReport.update({ where: { agencyId_year: { agencyId: theta.id, year: 2019 } }, data: { permanentTotal: 30 } });
    await expect(decidePooling(t.actors.adviser, { consentId: second.id, decision: "approve", note: "" })).rejects.toMatchObject({
      code: "conflict",
      message: nb.errors.poolingCannotApprove,
    });
    expect(await statusOf(second.id)).toBe("REQUESTED");
  });

  it("keeps another sector's agency page out of reach", async () => {
    await expect(getAgencyOverview(s.actors.otherAdviser, id("Alfa"))).rejects.toMatchObject({ code: "not_found" });
    await expect(getAgencyOverview(s.actors.hrA, id("Alfa"))).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the counting rules on the dashboard", () => {
  const currentYear = todayInNorway().getUTCFullYear();
  const report = (year: number, permanentTotal: number, permanentTarget: number) => ({
    year, permanentTotal, permanentTarget, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0, reason: "", version: null,
  });

  it("counts every agency that reached the goal for the ministry and the audit office, and says how many have reported", async () => {
    // As tried by a new user: one agency 3 of 50 (6,0 %), another 3 hires, nobody else yet.
    await saveOwnReport(s.actors.hrA, report(2025, 50, 3));
    await saveOwnReport(s.actors.hrB, report(2025, 3, 0));
    for (const viewer of [s.actors.adviser, s.actors.leader, s.actors.auditor]) {
      const y2025 = (await getDashboard(viewer, parseDashboardQuery({ aar: "2025" }))).sector.find((y) => y.year === 2025);
      expect(y2025).toMatchObject({ agenciesReachingGoal: 1, agenciesCounted: 2, reported: 2, agencies: 9, preliminary: false });
    }
  });

  it("marks the year still running as preliminary, and never opens on it", async () => {
    await saveOwnReport(s.actors.hrA, report(currentYear, 10, 1));
    const d = await getDashboard(s.actors.adviser, parseDashboardQuery({}));
    expect(d.years).toContain(currentYear);
    expect(d.year).toBe(2025);
    expect(d.sector.find((y) => y.year === currentYear)).toMatchObject({ preliminary: true, reported: 1, agencies: 9 });
    // Chosen on purpose, it is shown.
    expect((await getDashboard(s.actors.adviser, parseDashboardQuery({ aar: String(currentYear) }))).year).toBe(currentYear);
  });

  it("shows the governing ministry the split between permanent and temporary hires on the agency page, as it does the audit office and the agency itself", async () => {
    const page = await getAgencyOverview(s.actors.adviser, s.agencyA);
    const split = { permanent: { total: 18, target: 2 }, temporary: { total: 1, target: 0 }, trainees: 2 };
    expect(page.years.find((y) => y.year === 2020)?.split).toEqual(split);
    expect(page.years.find((y) => y.year === 2025)?.sector).toMatchObject({ reported: 2, agencies: 9 });
    expect((await getAgencyOverview(s.actors.auditor, s.agencyA)).years.find((y) => y.year === 2020)?.split).toEqual(split);
    expect((await getAgencyOverview(s.actors.hrA, s.agencyA)).years.find((y) => y.year === 2020)?.split).toEqual(split);
  });

  it("lets the audit office and the governing ministry read every revision of an agency's figures, with who, why and the numbers before and after", async () => {
    const first = await saveOwnReport(s.actors.hrA, report(2023, 20, 1));
    await saveOwnReport(s.actors.hrA, { ...report(2023, 21, 2), reason: "Én tilsetting var ikke registrert", version: first.version });
    for (const viewer of [s.actors.auditor, s.actors.adviser, s.actors.hrA]) {
      const revisions = (await getAgencyOverview(viewer, s.agencyA)).revisions.find((r) => r.year === 2023)?.revisions ?? [];
      expect(revisions.map((r) => r.reason)).toEqual(["Én tilsetting var ikke registrert", "Første rapportering"]);
      expect(revisions[0]).toMatchObject({ actorName: expect.stringMatching(/\S/), before: { permanentTotal: 20, permanentTarget: 1 }, after: { permanentTotal: 21, permanentTarget: 2 } });
    }
    // Nobody outside the ministry, the audit office and the agency reaches the page at all.
    await expect(getAgencyOverview(s.actors.hrB, s.agencyA)).rejects.toMatchObject({ code: "not_found" });
  });
});
