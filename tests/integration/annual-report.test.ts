// The chapter IV text against PostgreSQL: prefilled from the agency's real plan versions and
// follow-up rows as of the year, saved per agency and year with a version check (a stale save is
// refused and the newer text returned, never overwritten), an audit event without counts or text,
// and only for the agency's own HR.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getAnnualReportChapter, saveAnnualReportText } from "@/lib/data/annual-report";
import { EMPTY_PLAN_CONTENT, type PlanContent } from "@/lib/domain/plan-content";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;

const PLAN_2020: PlanContent = {
  ...EMPTY_PLAN_CONTENT,
  challenges: [{ id: "c1", category: "TARGET_GROUP_BARRIERS", challenge: "Vi når få kandidater i målgruppen.", opportunities: "NAV lokalt." }],
  measures: [{ id: "m1", what: "Kontakt med NAV før utlysning.", owner: "HR", due: "2021-04-01", status: "UNDER_WAY", challengeId: "c1" }],
  goals: [{ id: "g1", term: "SHORT", description: "Én tilsetting i målgruppen.", target: "1", date: "2021-12-31" }],
  responsibilities: [{ id: "r1", who: "HR-direktør", what: "Leder arbeidet." }],
};
const PLAN_2022: PlanContent = { ...PLAN_2020, measures: [{ ...PLAN_2020.measures[0]!, what: "Et tiltak fra 2022.", status: "DONE" }] };
const SECTOR_PLAN: SectorPlanContent = {
  title: "Handlingsplan 2021 for sektoren",
  introduction: "Innledning.",
  themes: [
    {
      id: "t1", title: "Ledelse", description: "",
      measures: [
        { id: "m-ledere", text: "Ledere skal ta kurset.", kind: "MANDATORY", due: "" },
        { id: "m-nav", text: "Virksomheten bør samarbeide med NAV.", kind: "RECOMMENDED", due: "" },
      ],
    },
  ],
};
const narrative = { organisation: "HR leder arbeidet.", assessment: "Målet ble nådd.", challenges: "Få søkere.", whatWorked: "NAV." };

beforeAll(async () => {
  s = await createTestSector();
  await prisma.hiringReport.create({ data: { agencyId: s.agencyA, year: 2021, permanentTotal: 16, permanentTarget: 1, temporaryTotal: 3, temporaryTarget: 0, traineeTotal: 1 } });
  await prisma.planVersion.createMany({
    data: [
      { planId: s.planA, number: 1, content: PLAN_2020, submittedAt: new Date("2020-11-20T11:15:00Z") },
      // 00:30 on 1 January 2022 in Norway: after 2021.
      { planId: s.planA, number: 2, content: PLAN_2022, submittedAt: new Date("2021-12-31T23:30:00Z") },
    ],
  });
  const sectorPlan = await prisma.sectorPlan.create({ data: { ministryId: s.ministryId, year: 2021, content: SECTOR_PLAN, version: 1 } });
  await prisma.sectorPlanVersion.create({ data: { sectorPlanId: sectorPlan.id, number: 1, content: SECTOR_PLAN, publishedAt: new Date("2021-01-20T12:00:00Z") } });
  const followUp = async (agencyId: string, measureId: string, revisions: { at: string; status: "DONE" | "IN_PROGRESS"; comment: string }[]) => {
    const last = revisions.at(-1)!;
    const row = await prisma.measureFollowUp.create({ data: { sectorPlanId: sectorPlan.id, agencyId, measureId, status: last.status, comment: last.comment, version: revisions.length } });
    await prisma.measureFollowUpRevision.createMany({
      data: revisions.map((r) => ({ followUpId: row.id, actorId: "hr", at: new Date(r.at), status: r.status, comment: r.comment, planVersion: 1 })),
    });
  };
  await followUp(s.agencyA, "m-ledere", [
    { at: "2021-03-01T10:00:00Z", status: "IN_PROGRESS", comment: "Halvparten har tatt kurset." },
    { at: "2022-02-01T10:00:00Z", status: "DONE", comment: "Alle har tatt kurset." },
  ]);
  await followUp(s.agencyA, "m-nav", [{ at: "2022-01-10T10:00:00Z", status: "DONE", comment: "Avtale med NAV." }]);
  await followUp(s.agencyB, "m-ledere", [{ at: "2021-05-01T10:00:00Z", status: "DONE", comment: "B sin kommentar." }]);
});
afterAll(() => prisma.$disconnect());

describe("the prefill from the agency's rows, as of the year", () => {
  it("takes the figures, the plan submitted by the end of the year and the follow-up reported by then", async () => {
    const c = await getAnnualReportChapter(s.actors.hrA, 2021);
    expect(c.counts).toEqual({ permanentTotal: 16, permanentTarget: 1, temporaryTotal: 3, temporaryTarget: 0, trainees: 1 });
    expect(c.saved).toBeNull();
    expect(c.sources).toEqual({ plan: { number: 1, submittedAt: new Date("2020-11-20T11:15:00Z") }, followUp: { title: "Handlingsplan 2021 for sektoren", measures: 1 } });
    expect(c.prefill.organisation).toContain("- HR-direktør: Leder arbeidet.");
    expect(c.prefill.assessment).toContain("Andelen nytilsatte i målgruppen var 10,0\u00a0% i 2021. Målet om at minst 5 prosent av de nytilsatte skal være i målgruppen, ble nådd.");
    expect(c.prefill.challenges).toContain("- Barrierer målgruppen møter: Vi når få kandidater i målgruppen.");
    expect(c.prefill.whatWorked).toContain("- Kontakt med NAV før utlysning (under arbeid)");
    expect(c.prefill.whatWorked).toContain("- Ledere skal ta kurset (under arbeid): Halvparten har tatt kurset.");
    // Reported or submitted after 2021; another agency's report.
    expect(c.prefill.whatWorked).not.toMatch(/Alle har tatt kurset|Avtale med NAV|Et tiltak fra 2022|B sin kommentar/);
  });

  it("takes the later rows for the year after, and no follow-up of a sector plan from a later year", async () => {
    const c2022 = await getAnnualReportChapter(s.actors.hrA, 2022);
    expect(c2022.counts).toBeNull();
    expect(c2022.prefill.whatWorked).toContain("- Et tiltak fra 2022 (gjennomført)");
    expect(c2022.prefill.whatWorked).toContain("- Ledere skal ta kurset (gjennomført): Alle har tatt kurset.");
    expect(c2022.prefill.whatWorked).toContain("- Virksomheten bør samarbeide med NAV (gjennomført): Avtale med NAV.");
    const c2020 = await getAnnualReportChapter(s.actors.hrA, 2020);
    expect(c2020.sources.followUp).toBeNull();
    expect(c2020.prefill.whatWorked).not.toContain("Ledere skal ta kurset");
  });
});

describe("saving the text", () => {
  it("saves, versions and audits it: a stale save is refused with the newer text, and nothing is overwritten", async () => {
    const first = await saveAnnualReportText(s.actors.hrA, { year: 2021, version: null, ...narrative });
    expect(first.version).toBe(1);
    // Someone else opened the page before the first save: refused, with what was saved.
    await expect(saveAnnualReportText(s.actors.hrA, { year: 2021, version: null, ...narrative, assessment: "Eldre utkast." })).rejects.toMatchObject({
      code: "conflict",
      data: { version: 1, narrative, savedBy: "AGENCY_HR" },
    });
    const second = await saveAnnualReportText(s.actors.hrA, { year: 2021, version: 1, ...narrative, assessment: "Målet ble nådd, med én trainee." });
    expect(second.version).toBe(2);
    await expect(saveAnnualReportText(s.actors.hrA, { year: 2021, version: 1, ...narrative, assessment: "Foreldet." })).rejects.toMatchObject({
      code: "conflict",
      data: { version: 2, narrative: { assessment: "Målet ble nådd, med én trainee." } },
    });
    const c = await getAnnualReportChapter(s.actors.hrA, 2021);
    expect(c.saved).toMatchObject({ version: 2, narrative: { ...narrative, assessment: "Målet ble nådd, med én trainee." }, savedBy: "AGENCY_HR" });
    // The prefill is still offered, recomputed, for "Hent forslag på nytt".
    expect(c.prefill.whatWorked).toContain("Ledere skal ta kurset");

    const row = await prisma.annualReportText.findUniqueOrThrow({ where: { agencyId_year: { agencyId: s.agencyA, year: 2021 } } });
    const events = await prisma.auditEvent.findMany({ where: { entity: "AnnualReportText", entityId: row.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.action, e.before, e.after, e.subjectOrganisationId])).toEqual([
      ["create", null, { year: 2021, version: 1 }, s.agencyA],
      ["update", { year: 2021, version: 1 }, { year: 2021, version: 2 }, s.agencyA],
    ]);
  });

  it("lets exactly one of two saves from the same version through", async () => {
    const results = await Promise.allSettled(
      ["Kari", "Ola"].map((who) => saveAnnualReportText(s.actors.hrA, { year: 2021, version: 2, ...narrative, whatWorked: `${who} sitt forslag.` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused).toMatchObject({ reason: { code: "conflict", data: { version: 3 } } });
    const saved = await prisma.annualReportText.findUniqueOrThrow({ where: { agencyId_year: { agencyId: s.agencyA, year: 2021 } } });
    expect(saved.version).toBe(3);
    expect(saved.whatWorked).toMatch(/^(Kari|Ola) sitt forslag\.$/);
  });

  it("is each agency's own: another agency's HR gets its own chapter, others are refused", async () => {
    const b = await getAnnualReportChapter(s.actors.hrB, 2021);
    expect(b.saved).toBeNull();
    expect(b.agencyName).toMatch(/^EtatB /);
    expect(b.prefill.whatWorked).toContain("B sin kommentar.");
    for (const who of ["adviser", "leader", "leaderA", "auditor"] as const) {
      await expect(getAnnualReportChapter(s.actors[who], 2021)).rejects.toMatchObject({ code: "forbidden" });
      await expect(saveAnnualReportText(s.actors[who], { year: 2021, version: 3, ...narrative })).rejects.toMatchObject({ code: "forbidden" });
    }
    // B's save of the same year is its own row.
    expect((await saveAnnualReportText(s.actors.hrB, { year: 2021, version: null, ...narrative })).version).toBe(1);
    expect((await prisma.annualReportText.findUniqueOrThrow({ where: { agencyId_year: { agencyId: s.agencyA, year: 2021 } } })).version).toBe(3);
  });
});
