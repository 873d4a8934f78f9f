// The sector plan and its follow-up against PostgreSQL: drafts stay with the ministry, published
// versions are frozen, concurrent edits never overwrite, follow-up is scoped to the agency.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadMember } from "@/lib/data/users";
import { getAgencyFollowUp, getFollowUpMatrix, reportFollowUp } from "@/lib/data/follow-ups";
import { getMeetingBrief } from "@/lib/data/meeting-brief";
import {
  createSectorPlan, getSectorPlan, getSectorPlanVersion, listSectorPlans, listSubmittedAgencyPlans, publishSectorPlan, saveSectorPlanDraft,
} from "@/lib/data/sector-plans";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;
let planId = "";
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

const content = (intro: string): SectorPlanContent => ({
  title: "Handlingsplan 2021",
  introduction: intro,
  themes: [
    { id: "t1", title: "Ledelse", description: "Ledere er rollemodeller.", measures: [{ id: "m1", text: "Ledere skal ta kurset.", kind: "MANDATORY", due: "" }] },
    { id: "t2", title: "NAV", description: "", measures: [{ id: "m2", text: "Virksomheten bør samarbeide med NAV.", kind: "RECOMMENDED", due: "2021-06-01" }] },
  ],
});
const report = (measureId: string, version: number, status: "DONE" | "IN_PROGRESS" | "NOT_RELEVANT" | "NOT_STARTED", extra: { reason?: string; comment?: string } = {}) => ({
  sectorPlanId: planId, measureId, version, status, reason: extra.reason ?? "", comment: extra.comment ?? "",
});

describe("writing and publishing", () => {
  it("creates one plan per ministry and year, for the ministry's adviser only", async () => {
    ({ id: planId } = await createSectorPlan(s.actors.adviser, { year: 2021, title: "Handlingsplan 2021" }));
    await expect(createSectorPlan(s.actors.adviser, { year: 2021, title: "Igjen" })).rejects.toMatchObject({
      code: "invalid", fieldErrors: { year: ["Det finnes allerede en sektorplan for 2021."] },
    });
    await expect(createSectorPlan(s.actors.hrA, { year: 2022, title: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createSectorPlan(s.actors.leader, { year: 2022, title: "x" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("keeps the draft in the ministry: agencies and other ministries do not see an unpublished plan", async () => {
    await saveSectorPlanDraft(s.actors.adviser, { id: planId, version: 0, content: content("Første utkast.") });
    await expect(getSectorPlan(s.actors.hrA, planId)).rejects.toMatchObject({ code: "not_found" });
    await expect(getSectorPlan(s.actors.otherAdviser, planId)).rejects.toMatchObject({ code: "not_found" });
    expect(await listSectorPlans(s.actors.hrA)).toEqual([]);
    const leader = await getSectorPlan(s.actors.leader, planId);
    expect(leader).toMatchObject({ state: "DRAFT", canEdit: false, draft: { introduction: "Første utkast." } });
  });

  it("refuses a save based on an older version and keeps the other's text", async () => {
    await expect(saveSectorPlanDraft(s.actors.adviser, { id: planId, version: 0, content: content("Gammel") })).rejects.toMatchObject({
      code: "conflict", data: { version: 1, content: { introduction: "Første utkast." } },
    });
    const results = await Promise.allSettled([
      saveSectorPlanDraft(s.actors.adviser, { id: planId, version: 1, content: content("Kari") }),
      saveSectorPlanDraft(s.actors.adviser, { id: planId, version: 1, content: content("Ola") }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const plan = await getSectorPlan(s.actors.adviser, planId);
    expect(plan.version).toBe(2);
    expect(["Kari", "Ola"]).toContain(plan.draft?.introduction);
  });

  it("refuses changes from anyone but the ministry's adviser, answered as not found", async () => {
    await expect(saveSectorPlanDraft(s.actors.hrA, { id: planId, version: 2, content: content("x") })).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveSectorPlanDraft(s.actors.otherAdviser, { id: planId, version: 2, content: content("x") })).rejects.toMatchObject({ code: "not_found" });
    await expect(publishSectorPlan(s.actors.otherAdviser, { id: planId, version: 2 })).rejects.toMatchObject({ code: "not_found" });
  });

  it("publishes version 1 with its audit event; agencies then read it, never the draft", async () => {
    await saveSectorPlanDraft(s.actors.adviser, { id: planId, version: 2, content: content("Publisert tekst.") });
    expect(await publishSectorPlan(s.actors.adviser, { id: planId, version: 3 })).toEqual({ number: 1, version: 4 });
    expect(await prisma.auditEvent.count({ where: { entity: "SectorPlan", entityId: planId, action: "publish" } })).toBe(1);
    const agency = await getSectorPlan(s.actors.hrA, planId);
    expect(agency).toMatchObject({ draft: null, canEdit: false, latest: { number: 1, content: { introduction: "Publisert tekst." } } });
    await expect(publishSectorPlan(s.actors.adviser, { id: planId, version: 4 })).rejects.toMatchObject({
      code: "conflict", message: expect.stringContaining("likt den publiserte"),
    });
  });

  it("freezes a published version: a later change is a draft of version 2, published as 2", async () => {
    await saveSectorPlanDraft(s.actors.adviser, { id: planId, version: 4, content: content("Endret etter publisering.") });
    expect((await getSectorPlan(s.actors.adviser, planId)).state).toBe("REVISING");
    // The agency still follows version 1 until version 2 is published.
    expect((await getSectorPlan(s.actors.hrA, planId)).latest?.content.introduction).toBe("Publisert tekst.");
    await publishSectorPlan(s.actors.adviser, { id: planId, version: 5 });
    expect((await getSectorPlanVersion(s.actors.hrA, planId, 1)).content.introduction).toBe("Publisert tekst.");
    expect((await getSectorPlanVersion(s.actors.hrA, planId, 2)).content.introduction).toBe("Endret etter publisering.");
    const v1 = await prisma.sectorPlanVersion.findFirstOrThrow({ where: { sectorPlanId: planId, number: 1 } });
    expect(v1.content).toMatchObject({ introduction: "Publisert tekst." });
  });

  it("refuses to publish an incomplete draft, naming the fields", async () => {
    const broken = content("x");
    broken.themes[1]!.measures = [];
    await saveSectorPlanDraft(s.actors.adviser, { id: planId, version: 6, content: broken });
    await expect(publishSectorPlan(s.actors.adviser, { id: planId, version: 7 })).rejects.toMatchObject({
      code: "invalid", fieldErrors: { "themes.1.measures": ["Temaet må ha minst ett tiltak."] },
    });
    await saveSectorPlanDraft(s.actors.adviser, { id: planId, version: 7, content: content("Endret etter publisering.") });
  });

  it("shows the adviser the agencies' submitted plans only", async () => {
    const list = await listSubmittedAgencyPlans(s.actors.adviser, planId);
    expect(list).toEqual([]); // the test sector's plans are drafts
    await expect(listSubmittedAgencyPlans(s.actors.hrA, planId)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("following it up", () => {
  it("lets the agency report, keeps every report, and refuses a stale one", async () => {
    await reportFollowUp(s.actors.hrA, report("m1", 0, "IN_PROGRESS", { comment: "Startet." }));
    await reportFollowUp(s.actors.hrA, report("m1", 1, "DONE", { comment: "Alle har tatt kurset." }));
    await expect(reportFollowUp(s.actors.hrA, report("m1", 1, "NOT_STARTED"))).rejects.toMatchObject({
      code: "conflict", data: { version: 2, status: "DONE" },
    });
    const own = await getAgencyFollowUp(s.actors.hrA, planId, s.agencyA);
    const m1 = own.measures.find((x) => x.measure.id === "m1")!.followUp!;
    expect(m1).toMatchObject({ status: "DONE", comment: "Alle har tatt kurset.", version: 2 });
    expect(m1.revisions.map((r) => r.status)).toEqual(["DONE", "IN_PROGRESS"]);
    expect(m1.revisions[0]).toMatchObject({ planVersion: 2, actorName: "AGENCY_HR" });
    expect(own.share).toEqual({ done: 1, mandatory: 1, share: 1 });
    expect(own.canReport).toBe(true);
  });

  it("drops a reason for any status but not relevant; an unknown measure is refused", async () => {
    await reportFollowUp(s.actors.hrA, report("m2", 0, "NOT_RELEVANT", { reason: "Ingen stillinger." }));
    await reportFollowUp(s.actors.hrA, report("m2", 1, "IN_PROGRESS", { reason: "skal bort" }));
    const row = await prisma.measureFollowUp.findFirstOrThrow({ where: { sectorPlanId: planId, agencyId: s.agencyA, measureId: "m2" } });
    expect(row.reason).toBe("");
    await expect(reportFollowUp(s.actors.hrA, report("finnes-ikke", 0, "DONE"))).rejects.toMatchObject({ code: "invalid" });
  });

  it("scopes the follow-up to the agency: another agency neither reads nor changes it", async () => {
    await expect(getAgencyFollowUp(s.actors.hrB, planId, s.agencyA)).rejects.toMatchObject({ code: "not_found" });
    // B's report is always B's own: it cannot touch A's row.
    await reportFollowUp(s.actors.hrB, report("m1", 0, "NOT_STARTED"));
    const a = await prisma.measureFollowUp.findFirstOrThrow({ where: { sectorPlanId: planId, agencyId: s.agencyA, measureId: "m1" } });
    expect(a.status).toBe("DONE");
    await expect(reportFollowUp(s.actors.adviser, report("m1", 0, "DONE"))).rejects.toMatchObject({ code: "forbidden" });
    await expect(reportFollowUp(s.actors.leaderA, report("m1", 0, "DONE"))).rejects.toMatchObject({ code: "forbidden" });
    await expect(getAgencyFollowUp(s.actors.otherAdviser, planId, s.agencyA)).rejects.toMatchObject({ code: "not_found" });
    expect((await getAgencyFollowUp(s.actors.adviser, planId, s.agencyA)).canReport).toBe(false);
  });

  it("refuses HR of another ministry's agency, whatever plan id it sends", async () => {
    const user = await prisma.user.create({
      data: { email: `hr-annen-${planId}@test`, name: "HR annen sektor", passwordHash: "x", role: "AGENCY_HR", organisationId: s.otherMinistryAgency },
    });
    const foreign = (await loadMember(user.id))!;
    await expect(reportFollowUp(foreign, report("m1", 0, "DONE"))).rejects.toMatchObject({ code: "not_found" });
    await expect(getSectorPlan(foreign, planId)).rejects.toMatchObject({ code: "not_found" });
    await expect(getFollowUpMatrix(foreign, planId)).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.measureFollowUp.count({ where: { sectorPlanId: planId, agencyId: s.otherMinistryAgency } })).toBe(0);
  });

  it("gives the ministry the whole matrix and an agency only its own row", async () => {
    const matrix = await getFollowUpMatrix(s.actors.adviser, planId);
    expect(matrix.agencies.map((a) => a.id).sort()).toEqual([s.agencyA, s.agencyB].sort());
    expect(matrix.agencies.find((a) => a.id === s.agencyA)?.cells.get("m1")?.status).toBe("DONE");
    expect(matrix.measures.map((m) => m.measure.id)).toEqual(["m1", "m2"]);
    const own = await getFollowUpMatrix(s.actors.hrB, planId);
    expect(own.agencies.map((a) => a.id)).toEqual([s.agencyB]);
  });

  it("keeps the follow-up through a new version (measures keep their ids)", async () => {
    await publishSectorPlan(s.actors.adviser, { id: planId, version: 8 }).catch(() => undefined);
    const plan = await getSectorPlan(s.actors.adviser, planId);
    const next = structuredClone(plan.draft!);
    next.themes.reverse();
    await saveSectorPlanDraft(s.actors.adviser, { id: planId, version: plan.version, content: next });
    await publishSectorPlan(s.actors.adviser, { id: planId, version: plan.version + 1 });
    const own = await getAgencyFollowUp(s.actors.hrA, planId, s.agencyA);
    expect(own.plan.versionNumber).toBe(3);
    expect(own.measures.map((x) => [x.measure.id, x.followUp?.status])).toEqual([["m2", "IN_PROGRESS"], ["m1", "DONE"]]);
  });
});

describe("the meeting brief", () => {
  it("brings the agency's plan status, figures and follow-up together for the ministry", async () => {
    const brief = await getMeetingBrief(s.actors.adviser, s.agencyA);
    expect(brief.agency.id).toBe(s.agencyA);
    expect(brief.plan).toMatchObject({ status: "DRAFT" });
    // With B's small year in the sector, A's is hidden from the ministry too (secondary suppression).
    // Exact: the agency and its ministry both have the agency's counts.
    expect(brief.figures).toEqual([{ year: 2020, figure: { kind: "shown", total: 19, target: 2, share: 2 / 19 } }]);
    expect(brief.followUp?.share).toEqual({ done: 1, mandatory: 1, share: 1 });
    // The brief is for the meeting with the ministry: the agency gets the same figures, as the ministry sees them.
    const own = await getMeetingBrief(s.actors.hrA, s.agencyA);
    expect(own.figures).toEqual(brief.figures);
  });

  it("is not given to another agency, and shows the ministry a small year exactly, marked", async () => {
    await expect(getMeetingBrief(s.actors.hrA, s.agencyB)).rejects.toMatchObject({ code: "not_found" });
    await expect(getMeetingBrief(s.actors.otherAdviser, s.agencyA)).rejects.toMatchObject({ code: "not_found" });
    const b = await getMeetingBrief(s.actors.adviser, s.agencyB);
    expect(b.figures[0]?.figure).toEqual({ kind: "few", total: 3, target: 1 });
  });
});
