// Saving, submitting and reviewing a plan: optimistic concurrency, frozen versions, the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getPlan, getPlanVersion, readContent, reviewPlan, savePlan } from "@/lib/data/plans";
import { loadMember } from "@/lib/data/users";
import { COMPLETE_CONTENT, createTestSector, draftWith, type TestSector } from "../support/fixtures";

let s: TestSector;
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

const stored = async () => prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planA } });

describe("saving a plan", () => {
  it("saves a partial draft and writes an audit event without the draft's text", async () => {
    const saved = await savePlan(s.actors.hrA, { planId: s.planA, version: 1, content: draftWith("Første tekst") }, "draft");
    expect(saved).toMatchObject({ version: 2, status: "DRAFT", submittedVersion: null });
    const events = await prisma.auditEvent.findMany({ where: { entity: "ActionPlan", entityId: s.planA } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "save", actorId: s.actors.hrA.userId, subjectOrganisationId: s.agencyA, sectorIds: [s.ministryId] });
    expect(events[0]?.after).toEqual({ status: "DRAFT", version: 2 });
    // The agency's draft never leaves the agency through the audit log.
    expect(JSON.stringify(events)).not.toContain("Første tekst");
  });

  it("writes one audit event per editing session, however often the editor saves", async () => {
    const before = await prisma.auditEvent.count({ where: { entity: "ActionPlan", entityId: s.planA } });
    const plan = await stored();
    let version = plan.version;
    for (const text of ["a", "ab", "abc", "abcd"]) {
      version = (await savePlan(s.actors.hrA, { planId: s.planA, version, content: { ...readContent(plan.content), goalLink: { text, agencyGoals: [] } } }, "draft")).version;
    }
    const events = await prisma.auditEvent.findMany({ where: { entity: "ActionPlan", entityId: s.planA }, orderBy: { at: "asc" } });
    expect(events).toHaveLength(before);
    expect(events.at(-1)?.after).toEqual({ status: "DRAFT", version });
    // Another person's save starts an editing session of their own.
    const colleague = await prisma.user.create({ data: { email: `hr2-${s.agencyA}@test`, name: "Kollega", role: "AGENCY_HR", organisationId: s.agencyA } });
    version = (await savePlan((await loadMember(colleague.id))!, { planId: s.planA, version, content: readContent(plan.content) }, "draft")).version;
    expect(await prisma.auditEvent.count({ where: { entity: "ActionPlan", entityId: s.planA } })).toBe(before + 1);
    // Back to where the next tests start.
    await prisma.actionPlan.update({ where: { id: s.planA }, data: { content: draftWith("Første tekst"), version: 2 } });
  });

  it("refuses a save based on an older version, returns the newer draft, and keeps it", async () => {
    // Two people opened version 2; the first saves, the second's save must not overwrite it.
    await savePlan(s.actors.hrA, { planId: s.planA, version: 2, content: draftWith("Kari sin tekst") }, "draft");
    const stale = savePlan(s.actors.hrA, { planId: s.planA, version: 2, content: draftWith("Ola sin tekst") }, "draft");
    await expect(stale).rejects.toMatchObject({ code: "conflict", data: { version: 3, content: { challenges: [{ challenge: "Kari sin tekst" }] } } });
    const plan = await stored();
    expect(readContent(plan.content).challenges[0]?.challenge).toBe("Kari sin tekst");
    expect(plan.version).toBe(3);
  });

  it("lets exactly one of two simultaneous saves win", async () => {
    const results = await Promise.allSettled([
      savePlan(s.actors.hrA, { planId: s.planA, version: 3, content: draftWith("samtidig 1") }, "draft"),
      savePlan(s.actors.hrA, { planId: s.planA, version: 3, content: draftWith("samtidig 2") }, "draft"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const plan = await stored();
    expect(plan.version).toBe(4);
    expect(["samtidig 1", "samtidig 2"]).toContain(readContent(plan.content).challenges[0]?.challenge);
  });

  it("refuses to submit an incomplete plan, naming what each element lacks, and saves nothing", async () => {
    const incomplete = { ...COMPLETE_CONTENT, goals: [], trainee: { decision: "NOT_NOW" as const, positions: "", count: null, reasoning: " " } };
    await expect(savePlan(s.actors.hrA, { planId: s.planA, version: 4, content: incomplete }, "submit")).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: {
        goals: ["Legg inn minst ett kortsiktig mål.", "Legg inn minst ett langsiktig mål."],
        traineeAssessment: ["Begrunn hvorfor virksomheten ikke vil bruke programmet nå."],
      },
    });
    expect((await stored()).status).toBe("DRAFT");
    expect(await prisma.planVersion.count({ where: { planId: s.planA } })).toBe(0);
  });
});

describe("versions and review", () => {
  it("freezes version 1 at submission; the ministry reads it, never the working draft", async () => {
    const saved = await savePlan(s.actors.hrA, { planId: s.planA, version: 4, content: COMPLETE_CONTENT }, "submit");
    expect(saved).toMatchObject({ status: "SUBMITTED", submittedVersion: 1 });
    await expect(savePlan(s.actors.hrA, { planId: s.planA, version: 5, content: draftWith("endret") }, "draft")).rejects.toMatchObject({
      code: "conflict",
    });
    const adviser = await getPlan(s.actors.adviser, s.planA);
    expect(adviser.draft).toBeNull();
    expect(adviser.latestVersion).toMatchObject({ number: 1, content: COMPLETE_CONTENT });
    expect(adviser.canReview).toBe(true);
  });

  it("records the ministry's comments and request for changes with the audit event, in one step", async () => {
    await reviewPlan(s.actors.adviser, {
      planId: s.planA,
      versionNumber: 1,
      decision: "requestChanges",
      message: "Konkretiser målene.",
      comments: [{ element: "goals", body: "Målene mangler tall." }],
    });
    const plan = await getPlan(s.actors.hrA, s.planA);
    expect(plan.status).toBe("CHANGES_REQUESTED");
    expect(plan.canEdit).toBe(true);
    expect(plan.comments.map((c) => [c.element, c.body, c.versionNumber])).toEqual([
      ["goals", "Målene mangler tall.", 1],
      ["general", "Konkretiser målene.", 1],
    ]);
    expect(plan.history.map((h) => h.action)).toEqual(["submit", "requestChanges"]);
    await expect(reviewPlan(s.actors.adviser, { planId: s.planA, versionNumber: 1, decision: "approve", message: "", comments: [] })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("keeps the revision in the agency until resubmitted as version 2; version 1 stays as it was", async () => {
    const revised = { ...COMPLETE_CONTENT, goals: COMPLETE_CONTENT.goals.map((g) => ({ ...g, target: `${g.target} (revidert)` })) };
    const current = await stored();
    await savePlan(s.actors.hrA, { planId: s.planA, version: current.version, content: revised }, "draft");
    expect((await getPlan(s.actors.adviser, s.planA)).latestVersion?.number).toBe(1);
    const saved = await savePlan(s.actors.hrA, { planId: s.planA, version: current.version + 1, content: revised }, "submit");
    expect(saved.submittedVersion).toBe(2);
    expect((await getPlanVersion(s.actors.adviser, s.planA, 1)).content).toEqual(COMPLETE_CONTENT);
    expect((await getPlanVersion(s.actors.auditor, s.planA, 2)).content.goals[0]?.target).toBe("1 tilsetting (revidert)");
    // An adviser who still has version 1 open cannot approve version 2 unseen.
    await expect(reviewPlan(s.actors.adviser, { planId: s.planA, versionNumber: 1, decision: "approve", message: "", comments: [] })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("nyere versjon"),
    });
    await reviewPlan(s.actors.adviser, { planId: s.planA, versionNumber: 2, decision: "approve", message: "", comments: [] });
    const plan = await getPlan(s.actors.hrA, s.planA);
    expect(plan.status).toBe("APPROVED");
    expect(plan.canEdit).toBe(false);
    expect(plan.history.map((h) => h.action)).toEqual(["submit", "requestChanges", "submit", "approve"]);
    await expect(getPlanVersion(s.actors.hrB, s.planA, 1)).rejects.toMatchObject({ code: "not_found" });
  });
});
