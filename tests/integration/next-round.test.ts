// Next year's round from an earlier one (issue 13): the form's prefill, the new references, the
// link both ways, and a revised plan started from the approved version and reviewed as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { sendRound, updateLetter } from "@/lib/data/letter-commands";
import { startRevision } from "@/lib/data/plan-revisions";
import { getPlan, getPlanVersion, readContent, reviewPlan, savePlan } from "@/lib/data/plans";
import { createRound, getRoundOverview, getRoundTemplate } from "@/lib/data/rounds";
import { getDashboard } from "@/lib/data/dashboard";
import { parseDashboardQuery } from "@/lib/domain/dashboard-query";
import { roundSchema, type LetterInput } from "@/lib/domain/schemas";
import { COMPLETE_CONTENT, createTestSector, draftWith, type TestSector } from "../support/fixtures";

let s: TestSector;
let agencyD: string;
let firstRound: string;
let approvedVersionId: string;
const OTHER_SENDER = {
  department: "Bolig- og bygningsavdelingen",
  caseworkerName: "Marie Brun Landmark",
  caseworkerPhone: "22 24 71 42",
  signatories: [{ name: "Benedikte Endresen", title: "avdelingsdirektør", byAuthority: true }],
};

beforeAll(async () => {
  s = await createTestSector();
  // The earlier round: sent to A, B and a third agency D; A's plan approved (after one request for
  // changes), B's still a draft. D then moves to another ministry.
  const d = await prisma.organisation.create({
    data: { kind: "AGENCY", name: `EtatD ${s.ministryId}`, shortName: `EtatD-${s.ministryId}`, orgNumber: `d${s.ministryId}`.slice(0, 30), postalAddress: "Postboks 4", parentId: s.ministryId },
  });
  agencyD = d.id;
  const seq = 1000 + Math.floor(Math.random() * 800_000);
  firstRound = (
    await createRound(s.actors.adviser, {
      title: "Handlingsplan for inkluderingsdugnaden",
      caseNumber: `24/${seq}`,
      date: new Date("2024-02-29"),
      deadline: new Date("2024-12-01"),
      body: "KMD viser til tildelingsbrevet for 2024. Vi ber {virksomhet} om planen innen 1.12.2024. Forrige frist var 1.3.2023.",
      department: "Statsforvaltningsavdelingen",
      caseworkerName: "Gunn Dianne Rydning",
      caseworkerPhone: "22 24 46 36",
      signatories: [{ name: "Jan Olav Pettersen", title: "ekspedisjonssjef", byAuthority: true }],
      copyTo: ["Riksrevisjonen"],
      agencyIds: [s.agencyA, s.agencyB, agencyD],
      reminderDays: [21, 7],
    })
  ).id;
  const letters = await prisma.letter.findMany({ where: { roundId: firstRound } });
  for (const l of letters) {
    const other = l.agencyId === s.agencyB ? OTHER_SENDER : {};
    await updateLetter(s.actors.adviser, { ...(await letterInput(l.id)), number: "Tillegg nr. 4", ...other });
  }
  await sendRound(s.actors.adviser, firstRound);
  const planA = await prisma.actionPlan.findFirstOrThrow({ where: { roundId: firstRound, agencyId: s.agencyA } });
  await savePlan(s.actors.hrA, { planId: planA.id, version: 0, content: { ...COMPLETE_CONTENT, challenges: [{ ...COMPLETE_CONTENT.challenges[0]!, challenge: "Første utkast 2024" }] } }, "submit");
  await reviewPlan(s.actors.adviser, { planId: planA.id, versionNumber: 1, decision: "requestChanges", message: "Mer om mål.", comments: [] });
  await savePlan(s.actors.hrA, { planId: planA.id, version: await versionOf(planA.id), content: { ...COMPLETE_CONTENT, challenges: [{ ...COMPLETE_CONTENT.challenges[0]!, challenge: "Godkjent 2024" }] } }, "submit");
  await reviewPlan(s.actors.adviser, { planId: planA.id, versionNumber: 2, decision: "approve", message: "Godkjent.", comments: [] });
  approvedVersionId = (await prisma.planVersion.findFirstOrThrow({ where: { planId: planA.id, number: 2 } })).id;
  const planB = await prisma.actionPlan.findFirstOrThrow({ where: { roundId: firstRound, agencyId: s.agencyB } });
  await savePlan(s.actors.hrB, { planId: planB.id, version: 0, content: draftWith("B sitt utkast") }, "draft");
  await prisma.organisation.update({ where: { id: agencyD }, data: { parentId: (await prisma.organisation.findFirstOrThrow({ where: { id: s.actors.otherAdviser.organisationId! } })).id } });
});
afterAll(() => prisma.$disconnect());

const versionOf = async (planId: string) => (await prisma.actionPlan.findUniqueOrThrow({ where: { id: planId } })).version;

async function letterInput(letterId: string): Promise<LetterInput> {
  const l = await prisma.letter.findUniqueOrThrow({ where: { id: letterId } });
  return {
    letterId, version: l.version, number: l.number, title: l.title, yourRef: l.yourRef, ourRef: l.ourRef, date: l.date, deadline: l.deadline, body: l.body,
    department: l.department, caseworkerName: l.caseworkerName, caseworkerPhone: l.caseworkerPhone, signatories: l.signatories as LetterInput["signatories"], copyTo: l.copyTo,
  };
}

describe("the form for next year's round", () => {
  it("carries the agencies still in the sector, the text, the sender and the reminders, a year on", async () => {
    const t = await getRoundTemplate(s.actors.adviser, firstRound);
    expect(t.agencyIds.sort()).toEqual([s.agencyA, s.agencyB].sort());
    expect(t.dropped).toEqual([`EtatD ${s.ministryId}`]);
    // 29 February 2024 → 28 February 2025; the deadline and the round's year in the text move too.
    expect(t.defaults.date).toBe("2025-02-28");
    expect(t.defaults.deadline).toBe("2025-12-01");
    expect(t.defaults.body).toBe("KMD viser til tildelingsbrevet for 2025. Vi ber {virksomhet} om planen innen 1.12.2025. Forrige frist var 1.3.2023.");
    expect(t.defaults).toMatchObject({ title: "Handlingsplan for inkluderingsdugnaden", reminderDays: "21, 7", copyTo: "Riksrevisjonen", asksForRevision: true });
    expect(t.defaults).toMatchObject({ department: "Statsforvaltningsavdelingen", caseworkerName: "Gunn Dianne Rydning" });
    expect(t.ownSender).toEqual([expect.stringContaining("EtatB")]);
    // A new case number with next year's prefix.
    expect(t.defaults.caseNumber).toMatch(/^25\/\d+$/);
  });

  it("is the round's own ministry's: another ministry's adviser, the agency and the auditor get nothing", async () => {
    await expect(getRoundTemplate(s.actors.otherAdviser, firstRound)).rejects.toMatchObject({ code: "not_found" });
    for (const actor of [s.actors.hrA, s.actors.auditor, s.actors.leader]) {
      await expect(getRoundTemplate(actor, firstRound)).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("creates nothing until saved", async () => {
    const before = await prisma.addendumRound.count({ where: { ministryId: s.ministryId } });
    await getRoundTemplate(s.actors.adviser, firstRound);
    expect(await prisma.addendumRound.count({ where: { ministryId: s.ministryId } })).toBe(before);
  });

  it("refuses a previous round of another ministry", async () => {
    const t = await getRoundTemplate(s.actors.adviser, firstRound);
    const otherMinistryId = s.actors.otherAdviser.organisationId!;
    const theirs = await prisma.addendumRound.create({
      data: { ministryId: otherMinistryId, title: "Deres runde", year: 2024, deadline: new Date("2024-12-01"), body: "Tekst", createdById: "seed" },
    });
    const input = roundSchema.parse({ ...t.defaults, caseNumber: "25/999999", agencyIds: [s.agencyA], previousRoundId: theirs.id });
    await expect(createRound(s.actors.adviser, input)).rejects.toMatchObject({ code: "invalid", fieldErrors: { previousRoundId: expect.any(Array) } });
  });
});

describe("next year's round, sent, and the revised plan", () => {
  let nextRound: string;

  it("is created from the edited form with new references and the link both ways", async () => {
    const t = await getRoundTemplate(s.actors.adviser, firstRound);
    const input = roundSchema.parse({ ...t.defaults, title: "Revidert handlingsplan", agencyIds: t.agencyIds, previousRoundId: firstRound, asksForRevision: "on" });
    nextRound = (await createRound(s.actors.adviser, input)).id;
    const round = await prisma.addendumRound.findUniqueOrThrow({ where: { id: nextRound } });
    expect(round).toMatchObject({ previousRoundId: firstRound, asksForRevision: true, year: 2025, reminderDays: [21, 7] });
    expect(round.titleTemplate).toBe("{nummer} til tildelingsbrev {år} til {virksomhet} – Revidert handlingsplan");
    const letters = await prisma.letter.findMany({ where: { roundId: nextRound }, orderBy: { ourRef: "asc" } });
    expect(letters.map((l) => l.agencyId).sort()).toEqual([s.agencyA, s.agencyB].sort());
    const old = await prisma.letter.findMany({ where: { roundId: firstRound } });
    for (const l of letters) {
      expect(l.ourRef).toMatch(new RegExp(`^${t.defaults.caseNumber}-\\d+$`));
      expect(old.map((o) => o.ourRef)).not.toContain(l.ourRef);
      // The letter number is the adviser's to fill in: next year's addendum numbers are not known here.
      expect(l.number).toBe("");
      expect(l.date.toISOString().slice(0, 10)).toBe("2025-02-28");
      expect(l.body).toContain("innen 1.12.2025");
    }
    // B's letter keeps its own sender; A's has the form's.
    expect(letters.find((l) => l.agencyId === s.agencyB)).toMatchObject({ department: OTHER_SENDER.department, caseworkerName: OTHER_SENDER.caseworkerName });
    expect(letters.find((l) => l.agencyId === s.agencyA)).toMatchObject({ department: "Statsforvaltningsavdelingen" });

    const overview = await getRoundOverview(s.actors.adviser, nextRound, new Date("2025-03-01"));
    expect(overview.previousRound).toMatchObject({ id: firstRound, year: 2024 });
    const earlier = await getRoundOverview(s.actors.adviser, firstRound, new Date("2025-03-01"));
    expect(earlier.nextRounds.map((r) => r.id)).toEqual([nextRound]);
    // The audit office does not see the ministry's draft round from the earlier one.
    expect((await getRoundOverview(s.actors.auditor, firstRound, new Date("2025-03-01"))).nextRounds).toEqual([]);
  });

  it("starts each plan from the agency's latest approved version when sent, or empty without one", async () => {
    for (const l of await prisma.letter.findMany({ where: { roundId: nextRound } })) {
      await updateLetter(s.actors.adviser, { ...(await letterInput(l.id)), number: "Tillegg nr. 1" });
    }
    await sendRound(s.actors.adviser, nextRound);
    const planA = await prisma.actionPlan.findFirstOrThrow({ where: { roundId: nextRound, agencyId: s.agencyA } });
    expect(planA).toMatchObject({ status: "DRAFT", basedOnVersionId: approvedVersionId });
    expect(readContent(planA.content).challenges[0]!.challenge).toBe("Godkjent 2024");
    // B's plan was never approved: it starts empty, as any round's.
    const planB = await prisma.actionPlan.findFirstOrThrow({ where: { roundId: nextRound, agencyId: s.agencyB } });
    expect(planB).toMatchObject({ status: "NOT_STARTED", basedOnVersionId: null });
    expect(readContent(planB.content).challenges).toEqual([]);
  });

  it("goes through submit, request for changes, resubmit and approval, and both years stay readable", async () => {
    const planA = await prisma.actionPlan.findFirstOrThrow({ where: { roundId: nextRound, agencyId: s.agencyA } });
    const shown = await getPlan(s.actors.hrA, planA.id);
    expect(shown.basedOn).toMatchObject({ number: 2, roundYear: 2024 });
    expect(shown.draft?.challenges[0]?.challenge).toBe("Godkjent 2024");
    const revised = { ...COMPLETE_CONTENT, challenges: [{ ...COMPLETE_CONTENT.challenges[0]!, challenge: "Revidert 2025" }] };
    await savePlan(s.actors.hrA, { planId: planA.id, version: planA.version, content: revised }, "submit");
    await reviewPlan(s.actors.adviser, { planId: planA.id, versionNumber: 1, decision: "requestChanges", message: "Oppdater tallene.", comments: [] });
    await savePlan(s.actors.hrA, { planId: planA.id, version: await versionOf(planA.id), content: { ...revised, challenges: [{ ...revised.challenges[0]!, challenge: "Revidert 2025, igjen" }] } }, "submit");
    await reviewPlan(s.actors.adviser, { planId: planA.id, versionNumber: 2, decision: "approve", message: "Godkjent.", comments: [] });
    expect((await prisma.actionPlan.findUniqueOrThrow({ where: { id: planA.id } })).status).toBe("APPROVED");

    // Every version of both years, for everyone who reads the plan.
    const earlierPlan = await prisma.actionPlan.findFirstOrThrow({ where: { roundId: firstRound, agencyId: s.agencyA } });
    for (const actor of [s.actors.hrA, s.actors.adviser, s.actors.auditor, s.actors.leaderA]) {
      const p = await getPlan(actor, planA.id);
      expect(p.versions.map((v) => v.number)).toEqual([1, 2]);
      expect(p.basedOn).toMatchObject({ planId: earlierPlan.id, number: 2 });
      expect(p.otherPlans.find((o) => o.id === earlierPlan.id)?.versions.map((v) => v.number)).toEqual([1, 2]);
      expect((await getPlanVersion(actor, earlierPlan.id, 1)).content.challenges[0]!.challenge).toBe("Første utkast 2024");
      expect((await getPlanVersion(actor, planA.id, 2)).content.challenges[0]!.challenge).toBe("Revidert 2025, igjen");
    }
    // Not another agency, nor another ministry.
    await expect(getPlan(s.actors.hrB, planA.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getPlanVersion(s.actors.otherAdviser, earlierPlan.id, 1)).rejects.toMatchObject({ code: "not_found" });
  });

  it("shows on the dashboard per round: the newest sent by default, an earlier one when chosen", async () => {
    const newest = await getDashboard(s.actors.adviser, parseDashboardQuery({}));
    expect(newest.roundId).toBe(nextRound);
    expect(newest.rounds.map((r) => r.id)).toEqual(expect.arrayContaining([nextRound, firstRound]));
    expect(newest.planStatusCounts).toMatchObject({ APPROVED: 1, NOT_STARTED: 1, DRAFT: 0 });
    const earlier = await getDashboard(s.actors.adviser, parseDashboardQuery({ runde: firstRound }));
    expect(earlier.roundId).toBe(firstRound);
    // D moved to another ministry: only A (approved) and B (draft) count.
    expect(earlier.planStatusCounts).toMatchObject({ APPROVED: 1, DRAFT: 1, NOT_STARTED: 0 });
    // A round not the viewer's falls back to the newest.
    expect((await getDashboard(s.actors.adviser, parseDashboardQuery({ runde: s.roundId + "x" }))).roundId).toBe(nextRound);
    expect((await getDashboard(s.actors.otherAdviser, parseDashboardQuery({ runde: firstRound }))).roundId).not.toBe(firstRound);
  });

  it("starts the year after from the approved version even while the agency revises that plan on its own initiative", async () => {
    const planA = await prisma.actionPlan.findFirstOrThrow({ where: { roundId: nextRound, agencyId: s.agencyA } });
    const approved = await prisma.planVersion.findFirstOrThrow({ where: { planId: planA.id, number: 2 } });
    await startRevision(s.actors.hrA, { planId: planA.id, version: planA.version });
    const revising = await prisma.actionPlan.findUniqueOrThrow({ where: { id: planA.id } });
    await savePlan(s.actors.hrA, { planId: planA.id, version: revising.version, content: { ...readContent(revising.content), challenges: [{ ...COMPLETE_CONTENT.challenges[0]!, challenge: "Ikke godkjent ennå" }] } }, "draft");
    expect(await prisma.actionPlan.findUniqueOrThrow({ where: { id: planA.id } })).toMatchObject({ status: "DRAFT", approvedVersion: 2 });

    const t = await getRoundTemplate(s.actors.adviser, nextRound);
    const third = (await createRound(s.actors.adviser, roundSchema.parse({ ...t.defaults, agencyIds: [s.agencyA], previousRoundId: nextRound, asksForRevision: "on" }))).id;
    for (const l of await prisma.letter.findMany({ where: { roundId: third } })) {
      await updateLetter(s.actors.adviser, { ...(await letterInput(l.id)), number: "Tillegg nr. 2" });
    }
    await sendRound(s.actors.adviser, third);
    const plan = await prisma.actionPlan.findFirstOrThrow({ where: { roundId: third, agencyId: s.agencyA } });
    // The approved version, not the revision under way.
    expect(plan).toMatchObject({ status: "DRAFT", basedOnVersionId: approved.id });
    expect(readContent(plan.content).challenges[0]!.challenge).toBe("Revidert 2025, igjen");
  });
});
