// Revising an approved plan, and the leader's sign-off before HR submits (issue 13), against PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { decideSignoff, requestSignoff, startRevision } from "@/lib/data/plan-revisions";
import { getPlan, getPlanVersion, readContent, reviewPlan, savePlan } from "@/lib/data/plans";
import { getHome } from "@/lib/data/home";
import { loadMember } from "@/lib/data/users";
import type { Actor } from "@/lib/access";
import type { PlanContent } from "@/lib/domain/plan-content";
import { COMPLETE_CONTENT, createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

const stored = (planId: string) => prisma.actionPlan.findUniqueOrThrow({ where: { id: planId } });
const withChallenge = (text: string): PlanContent => ({
  ...COMPLETE_CONTENT,
  challenges: [{ ...COMPLETE_CONTENT.challenges[0]!, challenge: text }],
});
const emailsTo = (userId: string) => prisma.emailMessage.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("revising an approved plan", () => {
  it("runs approve → start revision → submit → changes requested → resubmit → approve, the approved version staying valid until then", async () => {
    const { hrA, adviser, leader } = s.actors;
    // Version 1 submitted and approved.
    let version = (await stored(s.planA)).version;
    version = (await savePlan(hrA, { planId: s.planA, version, content: withChallenge("Første plan") }, "submit")).version;
    await reviewPlan(adviser, { planId: s.planA, versionNumber: 1, decision: "approve", message: "", comments: [] });
    let plan = await stored(s.planA);
    expect(plan).toMatchObject({ status: "APPROVED", approvedVersion: 1 });

    // Only an approved plan can be revised, and only by the agency, on the version it read.
    await expect(startRevision(hrA, { planId: s.planA, version: plan.version - 1 })).rejects.toMatchObject({ code: "conflict" });
    await expect(startRevision(s.actors.hrB, { planId: s.planA, version: plan.version })).rejects.toMatchObject({ code: "not_found" });
    const started = await startRevision(hrA, { planId: s.planA, version: plan.version });
    expect(started.status).toBe("DRAFT");
    plan = await stored(s.planA);
    expect(plan).toMatchObject({ status: "DRAFT", approvedVersion: 1, version: started.version });
    // The working draft is a copy of the approved version.
    expect(readContent(plan.content)).toEqual(readContent((await prisma.planVersion.findFirstOrThrow({ where: { planId: s.planA, number: 1 } })).content));
    await expect(startRevision(hrA, { planId: s.planA, version: plan.version })).rejects.toMatchObject({ code: "conflict" });

    // The revision is saved: a stale save is still refused.
    version = (await savePlan(hrA, { planId: s.planA, version: plan.version, content: withChallenge("Revidert plan") }, "draft")).version;
    await expect(savePlan(hrA, { planId: s.planA, version: version - 1, content: withChallenge("Gammel fane") }, "draft")).rejects.toMatchObject({ code: "conflict" });

    // Readers outside the agency see version 1 as the valid plan while the revision is a draft.
    let read = await getPlan(leader, s.planA);
    expect(read.standing).toEqual({ validVersion: 1, revision: "draft" });
    expect(read.validVersion?.content.challenges[0]?.challenge).toBe("Første plan");
    expect(read.draft).toBeNull();

    // Submitted: the adviser's notification says it is a revision.
    version = (await savePlan(hrA, { planId: s.planA, version, content: withChallenge("Revidert plan") }, "submit")).version;
    expect((await stored(s.planA)).approvedVersion).toBe(1);
    const submittedMail = (await emailsTo(adviser.userId)).filter((e) => e.key.startsWith(`plan-submitted:${s.planA}:2`));
    expect(submittedMail).toHaveLength(1);
    expect(submittedMail[0]!.subject).toContain("revidert handlingsplan (versjon 2)");
    expect(submittedMail[0]!.text).toContain("Den godkjente versjonen gjelder til revisjonen er godkjent.");
    read = await getPlan(leader, s.planA);
    expect(read.standing).toEqual({ validVersion: 1, revision: "submitted" });

    // Changes requested: approvedVersion does not move.
    await reviewPlan(adviser, { planId: s.planA, versionNumber: 2, decision: "requestChanges", message: "Mer om mål.", comments: [] });
    expect(await stored(s.planA)).toMatchObject({ status: "CHANGES_REQUESTED", approvedVersion: 1 });
    expect((await getPlan(leader, s.planA)).standing.revision).toBe("changesRequested");
    const reviewedMail = (await emailsTo(hrA.userId)).filter((e) => e.key.startsWith(`plan-reviewed:${s.planA}:2:CHANGES_REQUESTED`));
    expect(reviewedMail[0]?.subject).toBe("Departementet ber om endringer i den reviderte handlingsplanen");

    // Resubmitted and approved: now version 3 is the valid one.
    version = (await stored(s.planA)).version;
    await savePlan(hrA, { planId: s.planA, version, content: withChallenge("Revidert plan, med mål") }, "submit");
    expect((await stored(s.planA)).approvedVersion).toBe(1);
    await reviewPlan(adviser, { planId: s.planA, versionNumber: 3, decision: "approve", message: "", comments: [] });
    expect(await stored(s.planA)).toMatchObject({ status: "APPROVED", approvedVersion: 3 });

    // Every version stays readable, and both approved versions are marked.
    read = await getPlan(leader, s.planA);
    expect(read.versions.map((v) => [v.number, v.approvedAt !== null])).toEqual([[1, true], [2, false], [3, true]]);
    expect(read.standing).toEqual({ validVersion: 3, revision: "none" });
    const first = await getPlanVersion(adviser, s.planA, 1);
    expect(first.content.challenges[0]?.challenge).toBe("Første plan");
    expect(first).toMatchObject({ isValid: false });
    expect((await getPlanVersion(adviser, s.planA, 3)).isValid).toBe(true);

    // The audit trail names the revision.
    const actions = (await prisma.auditEvent.findMany({ where: { entity: "ActionPlan", entityId: s.planA }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["revise", "submit", "requestChanges", "approve"]));
    expect(read.history.map((h) => h.action)).toContain("revise");
  });
});

describe("the leader's sign-off", () => {
  let planId: string;
  let otherLeader: Actor;
  beforeAll(async () => {
    await prisma.addendumRound.update({ where: { id: s.roundId }, data: { requiresLeaderApproval: true } });
    planId = s.planB;
    const u = await prisma.user.create({ data: { email: `leader-b-${s.agencyB}@test`, name: "Leder B", role: "LEADER", organisationId: s.agencyB } });
    otherLeader = (await loadMember(u.id))!;
  });

  it("refuses a submit without the sign-off, after an edit that follows it, and allows it after", async () => {
    const { hrB, leaderA } = s.actors;
    let version = (await stored(planId)).version;
    version = (await savePlan(hrB, { planId, version, content: withChallenge("Plan B") }, "draft")).version;
    // No sign-off: the server refuses, whatever the page showed.
    await expect(savePlan(hrB, { planId, version, content: withChallenge("Plan B") }, "submit")).rejects.toMatchObject({ code: "conflict" });

    // HR asks; the leader is notified and sees it on the home page.
    const asked = await requestSignoff(hrB, { planId, version, content: withChallenge("Plan B") });
    version = asked.version;
    expect(await stored(planId)).toMatchObject({ signoffStatus: "REQUESTED", signoffVersion: version });
    const leaderMail = (await emailsTo(otherLeader.userId)).filter((e) => e.key.startsWith(`plan-signoff:${planId}:${version}:REQUESTED`));
    expect(leaderMail[0]?.subject).toBe("Handlingsplanen venter på din godkjenning");
    expect((await getHome(otherLeader, new Date())).items).toEqual([expect.objectContaining({ kind: "signoffRequested", href: `/planer/${planId}` })]);
    expect((await getPlan(otherLeader, planId)).canSignoff).toBe(true);
    // Asked is not approved.
    await expect(savePlan(hrB, { planId, version, content: withChallenge("Plan B") }, "submit")).rejects.toMatchObject({ code: "conflict" });

    // Only the agency's own leader signs off: another agency's leader does not find it, HR may not.
    await expect(decideSignoff(leaderA, { planId, version, decision: "approve", comment: "" })).rejects.toMatchObject({ code: "not_found" });
    await expect(decideSignoff(hrB, { planId, version, decision: "approve", comment: "" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(decideSignoff(s.actors.leader, { planId, version, decision: "approve", comment: "" })).rejects.toMatchObject({ code: "forbidden" });
    // Sending back needs a comment.
    await expect(decideSignoff(otherLeader, { planId, version, decision: "return", comment: " " })).rejects.toMatchObject({ code: "invalid" });

    await decideSignoff(otherLeader, { planId, version, decision: "approve", comment: "" });
    expect(await stored(planId)).toMatchObject({ signoffStatus: "APPROVED", signoffVersion: version, version, signoffById: otherLeader.userId });
    const hrMail = (await emailsTo(hrB.userId)).filter((e) => e.key.startsWith(`plan-signoff:${planId}:${version}:APPROVED`));
    expect(hrMail[0]?.subject).toBe("Lederen har godkjent handlingsplanen for innsending");
    expect((await getHome(otherLeader, new Date())).items).toEqual([]);
    // A decided request cannot be decided again.
    await expect(decideSignoff(otherLeader, { planId, version, decision: "return", comment: "Nei" })).rejects.toMatchObject({ code: "conflict" });

    // Submitting other content than the approved draft is refused, at the same version too.
    await expect(savePlan(hrB, { planId, version, content: withChallenge("Plan B, endret i en fane") }, "submit")).rejects.toMatchObject({ code: "conflict" });
    // An edit after the sign-off voids it.
    const edited = (await savePlan(hrB, { planId, version, content: withChallenge("Plan B, endret") }, "draft")).version;
    await expect(savePlan(hrB, { planId, version: edited, content: withChallenge("Plan B, endret") }, "submit")).rejects.toMatchObject({ code: "conflict" });
    expect((await getPlan(hrB, planId)).signoff.state).toBe("outdated");

    // Asked again, sent back with a comment, then asked and approved: HR submits.
    version = (await requestSignoff(hrB, { planId, version: edited, content: withChallenge("Plan B, endret") })).version;
    await decideSignoff(otherLeader, { planId, version, decision: "return", comment: "Skriv mer om mål." });
    const back = await getPlan(hrB, planId);
    expect(back.signoff).toMatchObject({ state: "returned", comment: "Skriv mer om mål." });
    const returned = (await emailsTo(hrB.userId)).filter((e) => e.key.startsWith(`plan-signoff:${planId}:${version}:RETURNED`));
    expect(returned[0]?.text).toContain("Melding fra lederen: Skriv mer om mål.");
    await expect(savePlan(hrB, { planId, version, content: withChallenge("Plan B, endret") }, "submit")).rejects.toMatchObject({ code: "conflict" });

    version = (await requestSignoff(hrB, { planId, version, content: withChallenge("Plan B, med mål") })).version;
    await decideSignoff(otherLeader, { planId, version, decision: "approve", comment: "" });
    const submitted = await savePlan(hrB, { planId, version, content: withChallenge("Plan B, med mål") }, "submit");
    expect(submitted.status).toBe("SUBMITTED");
    expect((await getPlanVersion(s.actors.adviser, planId, submitted.submittedVersion!)).content.challenges[0]?.challenge).toBe("Plan B, med mål");

    const actions = (await prisma.auditEvent.findMany({ where: { entity: "ActionPlan", entityId: planId }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions.filter((a) => a === "requestSignoff")).toHaveLength(3);
    expect(actions.filter((a) => a === "signoff")).toHaveLength(2);
    expect(actions.filter((a) => a === "returnSignoff")).toHaveLength(1);
  });

  it("is refused where the round does not ask for it", async () => {
    const round = await prisma.addendumRound.create({
      data: { ministryId: s.ministryId, title: "Uten godkjenning", year: 2021, deadline: new Date("2021-12-01"), body: "Tekst", createdById: "seed" },
    });
    const plan = await prisma.actionPlan.create({ data: { roundId: round.id, agencyId: s.agencyB, status: "DRAFT", version: 1, content: COMPLETE_CONTENT } });
    await expect(requestSignoff(s.actors.hrB, { planId: plan.id, version: 1, content: COMPLETE_CONTENT })).rejects.toMatchObject({ code: "conflict" });
    // …and HR submits without it.
    await expect(savePlan(s.actors.hrB, { planId: plan.id, version: 1, content: COMPLETE_CONTENT }, "submit")).resolves.toMatchObject({ status: "SUBMITTED" });
  });

  it("asks only for a complete draft", async () => {
    const round = await prisma.addendumRound.create({
      data: { ministryId: s.ministryId, title: "Med godkjenning", year: 2022, deadline: new Date("2022-12-01"), body: "Tekst", createdById: "seed", requiresLeaderApproval: true },
    });
    const plan = await prisma.actionPlan.create({ data: { roundId: round.id, agencyId: s.agencyB, status: "DRAFT", version: 1, content: {} } });
    await expect(requestSignoff(s.actors.hrB, { planId: plan.id, version: 1, content: readContent({}) })).rejects.toMatchObject({ code: "invalid" });
  });
});
