// Builds a small sector of its own for one integration test file, with unique names so that
// test files sharing the run's database never see each other's rows.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/access";
import { loadMember } from "@/lib/data/users";
import { EMPTY_PLAN_CONTENT, type PlanContent } from "@/lib/domain/plan-content";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { COMPLETE_CONTENT } from "./fixtures-content";

export { COMPLETE_CONTENT };

export interface TestSector {
  ministryId: string;
  agencyA: string;
  agencyB: string;
  otherMinistryAgency: string;
  roundId: string;
  planA: string;
  planB: string;
  letterA: string;
  letterB: string;
  actors: { adviser: Actor; hrA: Actor; hrB: Actor; leader: Actor; leaderA: Actor; auditor: Actor; otherAdviser: Actor };
}

/** A partial draft with one challenge written. */
export function draftWith(challenge: string): PlanContent {
  return { ...EMPTY_PLAN_CONTENT, challenges: [{ id: "c1", category: "RECRUITMENT_PRACTICE", challenge, opportunities: "" }] };
}

export async function createTestSector(): Promise<TestSector> {
  const tag = randomUUID().slice(0, 8);
  const org = (kind: "MINISTRY" | "AGENCY" | "AUDIT_OFFICE", name: string, parentId?: string) =>
    prisma.organisation.create({
      data: {
        kind,
        name: `${name} ${tag}`,
        shortName: `${name}-${tag}`,
        orgNumber: `${Math.floor(Math.random() * 1e9)}`.padStart(9, "0") + tag,
        postalAddress: "Postboks 1\n0001 Oslo",
        parentId,
      },
    });
  const ministry = await org("MINISTRY", "Dep");
  const otherMinistry = await org("MINISTRY", "AnnetDep");
  const a = await org("AGENCY", "EtatA", ministry.id);
  const b = await org("AGENCY", "EtatB", ministry.id);
  const other = await org("AGENCY", "EtatC", otherMinistry.id);
  const auditOffice = await prisma.organisation.create({
    data: {
      kind: "AUDIT_OFFICE",
      name: `Revisjon ${tag}`,
      shortName: `Rev-${tag}`,
      orgNumber: `rev${tag}`,
      postalAddress: "Postboks 2\n0002 Oslo",
      audits: { connect: { id: ministry.id } },
    },
  });
  const user = async (role: "ADVISER" | "AGENCY_HR" | "LEADER" | "AUDITOR", organisationId: string) => {
    const u = await prisma.user.create({
      data: { email: `${role.toLowerCase()}-${randomUUID()}@test`, name: role, passwordHash: "x", role, organisationId },
    });
    const actor = await loadMember(u.id);
    if (!actor) throw new Error("actor not loaded");
    return actor;
  };
  const round = await prisma.addendumRound.create({
    data: { ministryId: ministry.id, title: "Runde", year: 2020, deadline: new Date("2020-12-01"), body: "Tekst", createdById: "seed" },
  });
  const letter = (agencyId: string, ourRef: string) =>
    prisma.letter.create({
      data: {
        roundId: round.id,
        ministryId: ministry.id,
        agencyId,
        number: "Tillegg 1",
        title: "Brev",
        ourRef: `${ourRef}-${tag}`,
        date: new Date("2020-11-01"),
        deadline: new Date("2020-12-01"),
        body: "Tekst",
        status: "SENT",
        sentAt: new Date("2020-11-01T09:00:00Z"),
      },
    });
  const letterA = await letter(a.id, "20/1-1");
  const letterB = await letter(b.id, "20/1-2");
  const planA = await prisma.actionPlan.create({ data: { roundId: round.id, agencyId: a.id, status: "DRAFT", version: 1, content: draftWith("A sitt utkast") } });
  const planB = await prisma.actionPlan.create({ data: { roundId: round.id, agencyId: b.id, status: "DRAFT", version: 1, content: draftWith("B sitt hemmelige utkast") } });
  await prisma.hiringReport.createMany({
    data: [
      { agencyId: a.id, year: 2020, permanentTotal: 18, permanentTarget: 2, temporaryTotal: 1, temporaryTarget: 0 },
      { agencyId: b.id, year: 2020, permanentTotal: 3, permanentTarget: 1, temporaryTotal: 0, temporaryTarget: 0 },
      { agencyId: other.id, year: 2020, permanentTotal: 50, permanentTarget: 5, temporaryTotal: 0, temporaryTarget: 0 },
    ],
  });
  return {
    ministryId: ministry.id,
    agencyA: a.id,
    agencyB: b.id,
    otherMinistryAgency: other.id,
    roundId: round.id,
    planA: planA.id,
    planB: planB.id,
    letterA: letterA.id,
    letterB: letterB.id,
    actors: {
      adviser: await user("ADVISER", ministry.id),
      hrA: await user("AGENCY_HR", a.id),
      hrB: await user("AGENCY_HR", b.id),
      leader: await user("LEADER", ministry.id),
      leaderA: await user("LEADER", a.id),
      auditor: await user("AUDITOR", auditOffice.id),
      otherAdviser: await user("ADVISER", otherMinistry.id),
    },
  };
}


/** A valid new round for createRound, for the given agencies. */
export function roundInput(caseNumber: string, agencyIds: string[], body = "KMD ber {virksomhet} om en plan.") {
  return {
    title: "Ny runde",
    caseNumber,
    date: new Date("2026-11-23T00:00:00Z"),
    deadline: new Date("2027-01-01T00:00:00Z"),
    body,
    department: "Statsforvaltningsavdelingen",
    caseworkerName: "Gunn Dianne Rydning",
    caseworkerPhone: "22 24 46 36",
    signatories: [{ name: "Jan Olav Pettersen", title: "ekspedisjonssjef", byAuthority: true }],
    copyTo: ["Riksrevisjonen"],
    agencyIds,
    reminderDays: [14, 3],
  };
}

/** A published sector plan of two measures (m1 mandatory, m2 recommended) for the ministry. */
export const TWO_MEASURES: SectorPlanContent = {
  title: "Handlingsplan for sektoren",
  introduction: "Innledning.",
  themes: [{
    id: "t1", title: "Ledelse", description: "",
    measures: [{ id: "m1", text: "Ledere skal ta kurset.", kind: "MANDATORY", due: "" }, { id: "m2", text: "Bør rekruttere bredt.", kind: "RECOMMENDED", due: "" }],
  }],
};

export async function publishedSectorPlan(ministryId: string, year: number, content: SectorPlanContent = TWO_MEASURES) {
  const plan = await prisma.sectorPlan.create({ data: { ministryId, year, content, version: 1 } });
  await prisma.sectorPlanVersion.create({ data: { sectorPlanId: plan.id, number: 1, content } });
  return plan.id;
}

/**
 * The test sector's round sent, both agencies' plans submitted once (version 1, complete), and a
 * published sector plan for 2021 (the API's plans, rounds and sector plan, issue 14).
 */
export async function sentRoundWithPlans(s: TestSector) {
  await prisma.addendumRound.update({ where: { id: s.roundId }, data: { sentAt: new Date("2020-11-01") } });
  for (const planId of [s.planA, s.planB]) {
    await prisma.actionPlan.update({ where: { id: planId }, data: { status: "SUBMITTED", version: 2, content: COMPLETE_CONTENT, submittedAt: new Date("2020-11-20") } });
    await prisma.planVersion.create({ data: { planId, number: 1, content: COMPLETE_CONTENT, submittedAt: new Date("2020-11-20") } });
  }
  return { sectorPlanId: await publishedSectorPlan(s.ministryId, 2021) };
}
