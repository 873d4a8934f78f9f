// Next year's sector plan against PostgreSQL: made from the published 2021 plan, one measure
// removed and one added, published; the kept measures carry each agency's status and history, the
// removed one is closed in 2021 and can no longer be reported on, the new one starts as not
// started, and an agency still sees only its own follow-up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getAnnualReportChapter } from "@/lib/data/annual-report";
import { getAgencyFollowUp, getFollowUpMatrix, reportFollowUp } from "@/lib/data/follow-ups";
import { createNextSectorPlan, createSectorPlan, getSectorPlan, latestPublishedPlanId, publishSectorPlan, saveSectorPlanDraft } from "@/lib/data/sector-plans";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;
let plan2021 = "";
let plan2022 = "";
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

const content2021: SectorPlanContent = {
  title: "Handlingsplan 2021 – Oppfølging av inkluderingsdugnaden",
  introduction: "Innledning.",
  themes: [
    {
      id: "t1", title: "Ledelse", description: "",
      measures: [
        { id: "m1", text: "Ledere skal ta kurset.", kind: "MANDATORY", due: "" },
        { id: "m2", text: "Ledere skal ha inkludering i medarbeidersamtalen.", kind: "MANDATORY", due: "" },
      ],
    },
    { id: "t2", title: "NAV", description: "", measures: [{ id: "m3", text: "Virksomheten bør samarbeide med NAV.", kind: "RECOMMENDED", due: "" }] },
  ],
};
const report = (sectorPlanId: string, measureId: string, version: number, status: "DONE" | "IN_PROGRESS" | "NOT_RELEVANT", comment = "", reason = "") => ({
  sectorPlanId, measureId, version, status, reason, comment,
});
const item = async (actor: TestSector["actors"]["hrA"], planId: string, agencyId: string, measureId: string) => {
  const f = await getAgencyFollowUp(actor, planId, agencyId);
  return [...f.measures, ...f.former].find((x) => x.measure.id === measureId)!;
};

describe("2021: published, with two agencies' follow-up", () => {
  it("publishes the plan and takes reports from agency A and B", async () => {
    ({ id: plan2021 } = await createSectorPlan(s.actors.adviser, { year: 2021, title: "Handlingsplan 2021" }));
    await publishSectorPlan(s.actors.adviser, { id: plan2021, version: 0, content: content2021 });
    await reportFollowUp(s.actors.hrA, report(plan2021, "m1", 0, "IN_PROGRESS", "Kurset er bestilt."));
    await reportFollowUp(s.actors.hrA, report(plan2021, "m1", 1, "DONE", "Alle ledere har tatt kurset."));
    await reportFollowUp(s.actors.hrA, report(plan2021, "m3", 0, "IN_PROGRESS", "Møte med NAV avtalt."));
    await reportFollowUp(s.actors.hrB, report(plan2021, "m1", 0, "NOT_RELEVANT", "", "Ingen ledere rekrutterer i år."));
    await reportFollowUp(s.actors.hrB, report(plan2021, "m3", 0, "DONE", "Avtale med NAV inngått."));
  });
});

describe("making next year's plan", () => {
  it("is refused for a plan not published, and for anyone but the ministry's adviser", async () => {
    const { id: draftOnly } = await createSectorPlan(s.actors.adviser, { year: 2030, title: "Utkast" });
    await expect(createNextSectorPlan(s.actors.adviser, draftOnly)).rejects.toMatchObject({
      code: "conflict", message: "Neste års plan lages fra den publiserte planen. Publiser denne planen først.",
    });
    await expect(createNextSectorPlan(s.actors.hrA, plan2021)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createNextSectorPlan(s.actors.leader, plan2021)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createNextSectorPlan(s.actors.otherAdviser, plan2021)).rejects.toMatchObject({ code: "not_found" });
  });

  it("copies the published content with the same ids, the year moved on in the title, linked to 2021", async () => {
    ({ id: plan2022 } = await createNextSectorPlan(s.actors.adviser, plan2021));
    const next = await getSectorPlan(s.actors.adviser, plan2022);
    expect(next).toMatchObject({ year: 2022, state: "DRAFT", previous: { id: plan2021, year: 2021 } });
    expect(next.draft).toEqual({ ...content2021, title: "Handlingsplan 2022 – Oppfølging av inkluderingsdugnaden" });
    expect(await getSectorPlan(s.actors.adviser, plan2021)).toMatchObject({ canCreateNext: false, next: { id: plan2022, year: 2022, published: false } });
    // The agencies do not see next year's draft, nor a link to it.
    expect((await getSectorPlan(s.actors.hrA, plan2021)).next).toBeNull();
    await expect(getSectorPlan(s.actors.hrA, plan2022)).rejects.toMatchObject({ code: "not_found" });
    expect(await latestPublishedPlanId(s.actors.hrA)).toBe(plan2021);
    const audit = await prisma.auditEvent.findFirst({ where: { entity: "SectorPlan", entityId: plan2022, action: "create" } });
    expect(audit?.after).toMatchObject({ previousId: plan2021, fromVersion: 1, year: 2022 });
  });

  it("is made once: a second time, or for a year the ministry already has, gives a clear message", async () => {
    await expect(createNextSectorPlan(s.actors.adviser, plan2021)).rejects.toMatchObject({
      code: "conflict", message: "Neste års plan (2022) er allerede laget fra denne planen.",
    });
    // In a sector of its own, so that this sector's newest published plan stays 2021/2022.
    const other = await createTestSector();
    const { id: plan2029 } = await createSectorPlan(other.actors.adviser, { year: 2029, title: "Handlingsplan 2029" });
    await publishSectorPlan(other.actors.adviser, { id: plan2029, version: 0, content: { ...content2021, title: "Handlingsplan 2029" } });
    await createSectorPlan(other.actors.adviser, { year: 2030, title: "Handlingsplan 2030" });
    await expect(createNextSectorPlan(other.actors.adviser, plan2029)).rejects.toMatchObject({
      code: "conflict", message: "Det finnes allerede en sektorplan for 2030.",
    });
  });

  it("2021 can still be reported on until 2022 is published; that report is carried too", async () => {
    await reportFollowUp(s.actors.hrA, report(plan2021, "m2", 0, "IN_PROGRESS", "Tatt inn i malen."));
  });
});

describe("publishing 2022 with one measure removed and one added", () => {
  it("carries the kept measures' status in the same transaction as the publication", async () => {
    const draft = (await getSectorPlan(s.actors.adviser, plan2022)).draft!;
    const edited: SectorPlanContent = {
      ...draft,
      themes: [
        { ...draft.themes[0]!, measures: [draft.themes[0]!.measures[0]!, draft.themes[0]!.measures[1]!, { id: "m4", text: "Ledere skal delta på samling.", kind: "MANDATORY", due: "" }] },
        // NAV (m3) is not continued.
      ],
    };
    await saveSectorPlanDraft(s.actors.adviser, { id: plan2022, version: 0, content: edited });
    await publishSectorPlan(s.actors.adviser, { id: plan2022, version: 1 });
    const rows = await prisma.measureFollowUp.findMany({ where: { sectorPlanId: plan2022 }, select: { agencyId: true, measureId: true, status: true, comment: true, previousId: true } });
    expect(rows.map((r) => `${r.agencyId === s.agencyA ? "A" : "B"}:${r.measureId}:${r.status}`).sort()).toEqual(["A:m1:DONE", "A:m2:IN_PROGRESS", "B:m1:NOT_RELEVANT"]);
    expect(rows.every((r) => r.previousId)).toBe(true);
    const audit = await prisma.auditEvent.findFirst({ where: { entity: "SectorPlan", entityId: plan2022, action: "publish" } });
    expect(audit?.after).toMatchObject({ carriedOver: { from: plan2021, kept: ["m1", "m2"], removed: ["m3"], added: ["m4"], followUps: 3 } });
    expect(await latestPublishedPlanId(s.actors.hrA)).toBe(plan2022);
  });

  it("kept measures show the carried status with 2021's history; the new measure is not started", async () => {
    const m1 = await item(s.actors.hrA, plan2022, s.agencyA, "m1");
    expect(m1.end).toBeNull();
    expect(m1.followUp).toMatchObject({ status: "DONE", comment: "Alle ledere har tatt kurset.", carried: true });
    expect(m1.followUp!.revisions.map((r) => [r.status, r.comment, r.planYear])).toEqual([
      ["DONE", "Alle ledere har tatt kurset.", 2021],
      ["IN_PROGRESS", "Kurset er bestilt.", 2021],
    ]);
    const b1 = await item(s.actors.hrB, plan2022, s.agencyB, "m1");
    expect(b1.followUp).toMatchObject({ status: "NOT_RELEVANT", reason: "Ingen ledere rekrutterer i år." });
    expect((await item(s.actors.hrA, plan2022, s.agencyA, "m4")).followUp).toBeNull();
    // A report on the carried row goes on from it, and the history keeps both years.
    await reportFollowUp(s.actors.hrA, report(plan2022, "m2", 1, "DONE", "Malen er i bruk."));
    const m2 = await item(s.actors.hrA, plan2022, s.agencyA, "m2");
    expect(m2.followUp!.revisions.map((r) => [r.status, r.planYear])).toEqual([["DONE", 2022], ["IN_PROGRESS", 2021]]);
    await reportFollowUp(s.actors.hrA, report(plan2022, "m4", 0, "IN_PROGRESS"));
  });

  it("the removed measure is closed in 2021 with its history, and no measure of 2021 takes reports any more", async () => {
    const f = await getAgencyFollowUp(s.actors.hrB, plan2021, s.agencyB);
    expect(f.canReport).toBe(false);
    expect(f.plan.successor).toEqual({ id: plan2022, year: 2022 });
    const m3 = f.measures.find((x) => x.measure.id === "m3")!;
    expect(m3.end).toMatchObject({ kind: "notContinued", year: 2022 });
    expect(m3.followUp).toMatchObject({ status: "DONE", comment: "Avtale med NAV inngått." });
    expect(m3.followUp!.revisions).toHaveLength(1);
    expect(f.measures.find((x) => x.measure.id === "m1")!.end).toMatchObject({ kind: "continued", year: 2022, planId: plan2022 });
    await expect(reportFollowUp(s.actors.hrB, report(plan2021, "m3", 1, "IN_PROGRESS"))).rejects.toMatchObject({
      code: "conflict", message: expect.stringMatching(/^Du kan ikke lenger rapportere på dette tiltaket: Avsluttet \d+\.\d+\.\d{4} \(ikke videreført i handlingsplan 2022\)/),
    });
    await expect(reportFollowUp(s.actors.hrA, report(plan2021, "m1", 2, "IN_PROGRESS"))).rejects.toMatchObject({
      code: "conflict", message: "Tiltaket følges nå opp i handlingsplan 2022. Rapporter der.",
    });
    expect(await prisma.measureFollowUpRevision.count({ where: { followUp: { sectorPlanId: plan2021, measureId: "m3", agencyId: s.agencyB } } })).toBe(1);
    // The old plan stays readable, and is no longer changed.
    expect((await getSectorPlan(s.actors.hrA, plan2021)).latest?.number).toBe(1);
    await saveSectorPlanDraft(s.actors.adviser, { id: plan2021, version: 1, content: { ...content2021, introduction: "Endret." } });
    await expect(publishSectorPlan(s.actors.adviser, { id: plan2021, version: 2 })).rejects.toMatchObject({
      code: "conflict", message: "Planen er avløst av handlingsplan 2022. Gjør endringene i den nye planen.",
    });
  });

  it("a measure removed by a new version of 2022 is closed by the same rule", async () => {
    const draft = (await getSectorPlan(s.actors.adviser, plan2022)).draft!;
    const withoutM4 = { ...draft, themes: [{ ...draft.themes[0]!, measures: draft.themes[0]!.measures.filter((m) => m.id !== "m4") }] };
    await publishSectorPlan(s.actors.adviser, { id: plan2022, version: 2, content: withoutM4 });
    const f = await getAgencyFollowUp(s.actors.hrA, plan2022, s.agencyA);
    expect(f.measures.map((x) => x.measure.id)).toEqual(["m1", "m2"]);
    expect(f.former).toHaveLength(1);
    expect(f.former[0]).toMatchObject({ measure: { id: "m4" }, end: { kind: "removed", version: 2 }, followUp: { status: "IN_PROGRESS" } });
    await expect(reportFollowUp(s.actors.hrA, report(plan2022, "m4", 1, "DONE"))).rejects.toMatchObject({
      code: "conflict", message: expect.stringContaining("(fjernet i versjon 2 av planen)"),
    });
  });
});

describe("who sees whose follow-up", () => {
  it("an agency never sees another agency's follow-up, in either year", async () => {
    for (const planId of [plan2021, plan2022]) {
      await expect(getAgencyFollowUp(s.actors.hrA, planId, s.agencyB)).rejects.toMatchObject({ code: "not_found" });
      const matrix = await getFollowUpMatrix(s.actors.hrA, planId);
      expect(matrix.agencies.map((a) => a.id)).toEqual([s.agencyA]);
    }
  });

  it("the ministry and the audit office read every agency's follow-up of both years, and the ends of the old plan", async () => {
    for (const actor of [s.actors.adviser, s.actors.auditor]) {
      const old = await getFollowUpMatrix(actor, plan2021);
      expect(old.plan.ends.get("m3")).toMatchObject({ kind: "notContinued", year: 2022 });
      expect(old.agencies.find((a) => a.id === s.agencyB)!.cells.get("m3")).toMatchObject({ status: "DONE" });
      const now = await getFollowUpMatrix(actor, plan2022);
      expect(now.agencies.find((a) => a.id === s.agencyB)!.cells.get("m1")).toMatchObject({ status: "NOT_RELEVANT" });
      expect((await getAgencyFollowUp(actor, plan2022, s.agencyA)).measures.find((x) => x.measure.id === "m1")!.followUp!.revisions).toHaveLength(2);
    }
    await expect(getFollowUpMatrix(s.actors.otherAdviser, plan2022)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the annual report of the new plan's year", () => {
  it("tells a carried status from last year's reports when it was not reported on again", async () => {
    // Back to the days it would have happened: 2021 published in January 2021 and reported on in
    // May, 2022 published in January and changed in June; the reports in 2022 came later.
    await prisma.sectorPlanVersion.updateMany({ where: { sectorPlanId: plan2021 }, data: { publishedAt: new Date("2021-01-20T12:00:00Z") } });
    await prisma.sectorPlanVersion.updateMany({ where: { sectorPlanId: plan2022, number: 1 }, data: { publishedAt: new Date("2022-01-15T12:00:00Z") } });
    await prisma.sectorPlanVersion.updateMany({ where: { sectorPlanId: plan2022, number: 2 }, data: { publishedAt: new Date("2022-06-01T12:00:00Z") } });
    await prisma.measureFollowUpRevision.updateMany({ where: { followUp: { sectorPlanId: plan2021, agencyId: s.agencyA } }, data: { at: new Date("2021-05-01T10:00:00Z") } });
    const chapter = await getAnnualReportChapter(s.actors.hrA, 2022);
    expect(chapter.sources.followUp).toMatchObject({ title: "Handlingsplan 2022 – Oppfølging av inkluderingsdugnaden" });
    expect(chapter.prefill.whatWorked).toContain("- Ledere skal ta kurset (gjennomført): Alle ledere har tatt kurset.");
    expect(chapter.prefill.whatWorked).toContain("(under arbeid): Tatt inn i malen.");
  });
});
