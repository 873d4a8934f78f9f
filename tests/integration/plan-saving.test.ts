// Saving and submitting a plan: optimistic concurrency, audit trail, read-only once submitted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getPlan, savePlan } from "@/lib/data/plans";
import { COMPLETE_PLAN, createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

const empty = { challenges: "", measures: "", goals: "", goalLink: "", responsibilities: "", traineeAssessment: "" };

describe("saving a plan", () => {
  it("saves a partial draft and writes the audit event with it", async () => {
    const saved = await savePlan(s.actors.hrA, { planId: s.planA, version: 1, ...empty, challenges: "Første tekst" }, "draft");
    expect(saved).toEqual({ version: 2, status: "DRAFT" });
    const events = await prisma.auditEvent.findMany({ where: { entity: "ActionPlan", entityId: s.planA } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "save", actorId: s.actors.hrA.userId });
    expect(events[0]?.after).toMatchObject({ challenges: "Første tekst", version: 2 });
  });

  it("refuses a save based on an older version and keeps the other person's text", async () => {
    // Two people opened version 2; the first saves, the second's save must not overwrite it.
    await savePlan(s.actors.hrA, { planId: s.planA, version: 2, ...empty, challenges: "Kari sin tekst" }, "draft");
    await expect(
      savePlan(s.actors.hrA, { planId: s.planA, version: 2, ...empty, challenges: "Ola sin tekst" }, "draft"),
    ).rejects.toMatchObject({ code: "conflict" });
    const plan = await prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planA } });
    expect(plan.challenges).toBe("Kari sin tekst");
    expect(plan.version).toBe(3);
  });

  it("lets exactly one of two simultaneous saves win", async () => {
    const results = await Promise.allSettled([
      savePlan(s.actors.hrA, { planId: s.planA, version: 3, ...empty, challenges: "samtidig 1" }, "draft"),
      savePlan(s.actors.hrA, { planId: s.planA, version: 3, ...empty, challenges: "samtidig 2" }, "draft"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const plan = await prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planA } });
    expect(plan.version).toBe(4);
    expect(["samtidig 1", "samtidig 2"]).toContain(plan.challenges);
  });

  it("refuses to submit an incomplete plan, naming each missing element, and saves nothing", async () => {
    await expect(
      savePlan(s.actors.hrA, { planId: s.planA, version: 4, ...COMPLETE_PLAN, goals: "", traineeAssessment: " " }, "submit"),
    ).rejects.toMatchObject({ code: "invalid", fieldErrors: { goals: [expect.stringContaining("Mål")], traineeAssessment: [expect.any(String)] } });
    expect((await prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planA } })).status).toBe("DRAFT");
  });

  it("submits a complete plan, which then is read-only for everyone and readable by the ministry", async () => {
    const saved = await savePlan(s.actors.hrA, { planId: s.planA, version: 4, ...COMPLETE_PLAN }, "submit");
    expect(saved.status).toBe("SUBMITTED");
    await expect(savePlan(s.actors.hrA, { planId: s.planA, version: 5, ...COMPLETE_PLAN, goals: "endret" }, "draft")).rejects.toMatchObject({
      code: "conflict",
    });
    const own = await getPlan(s.actors.hrA, s.planA);
    expect(own.canEdit).toBe(false);
    const adviser = await getPlan(s.actors.adviser, s.planA);
    expect(adviser.elements?.goals).toBe(COMPLETE_PLAN.goals);
    const events = await prisma.auditEvent.findMany({ where: { entityId: s.planA, action: "submit" } });
    expect(events).toHaveLength(1);
  });
});
