// The API's plans, rounds, letters and sector plan (issue 14, part B; docs/decisions/026): each
// route's own handler (serve) with real tokens against PostgreSQL. A token reads what its owner's
// role reads, through the same data functions: its own agency, or the ministry its sector; another
// agency's plan or letter is 404, a draft never leaves, and only the agency writes its follow-up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnyApiRoute } from "@/lib/api/route";
import { getPlanRoute, getPlanVersionPdfRoute, getPlanVersionRoute, listPlansRoute, listPlanVersionsRoute } from "@/lib/api/routes/plans";
import { getLetterDocxRoute, getLetterPdfRoute, getLetterRoute, getRoundRoute, listLettersRoute, listRoundsRoute } from "@/lib/api/routes/rounds";
import {
  getCurrentSectorPlanRoute, getSectorPlanRoute, listFollowUpsRoute, listSectorPlansRoute, putFollowUpRoute,
} from "@/lib/api/routes/sector-plan";
import { createApiToken } from "@/lib/data/api-tokens";
import { prisma } from "@/lib/db";
import { callRoute, expectDocumented, tokenFor } from "../support/api";
import { COMPLETE_CONTENT, createTestSector, draftWith, publishedSectorPlan, sentRoundWithPlans, TWO_MEASURES, type TestSector } from "../support/fixtures";

let s: TestSector;
let otherLetter: string;
let sectorPlan: string;
let otherSectorPlan: string;
let draftSectorPlan: string;
const tokens = {} as Record<"hrPlans" | "hrFollowUp" | "hrFigures" | "hrB" | "adviser" | "otherAdviser", string>;

const content = TWO_MEASURES;

const inThirtyDays = () => new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);

beforeAll(async () => {
  s = await createTestSector();
  const otherMinistry = (await prisma.organisation.findUniqueOrThrow({ where: { id: s.otherMinistryAgency }, select: { parentId: true } })).parentId!;
  ({ sectorPlanId: sectorPlan } = await sentRoundWithPlans(s));
  const otherRound = await prisma.addendumRound.create({
    data: { ministryId: otherMinistry, title: "Annen runde", year: 2020, deadline: new Date("2020-12-01"), body: "Tekst", createdById: "seed", sentAt: new Date("2020-11-01") },
  });
  otherLetter = (await prisma.letter.create({
    data: { roundId: otherRound.id, ministryId: otherMinistry, agencyId: s.otherMinistryAgency, number: "Tillegg 1", title: "Brev", ourRef: `20/9-1-${s.ministryId}`, date: new Date("2020-11-01"), deadline: new Date("2020-12-01"), body: "Tekst", status: "SENT", sentAt: new Date("2020-11-01") },
  })).id;
  // B revises its submitted plan in a draft only B may read.
  await prisma.actionPlan.update({ where: { id: s.planB }, data: { status: "DRAFT", content: draftWith("B sitt hemmelige utkast") } });
  otherSectorPlan = await publishedSectorPlan(otherMinistry, 2021);
  draftSectorPlan = (await prisma.sectorPlan.create({ data: { ministryId: s.ministryId, year: 2022, content: { ...content, title: "Hemmelig utkast" }, version: 1 } })).id;
  tokens.hrPlans = await tokenFor(s.actors.hrA, ["plans:read"]);
  tokens.hrFollowUp = await tokenFor(s.actors.hrA, ["followup:write"]);
  tokens.hrFigures = await tokenFor(s.actors.hrA, ["figures:read"]);
  tokens.hrB = await tokenFor(s.actors.hrB, ["plans:read", "followup:write"]);
  tokens.adviser = await tokenFor(s.actors.adviser, ["sector:read"]);
  tokens.otherAdviser = await tokenFor(s.actors.otherAdviser, ["sector:read"]);
});
afterAll(() => prisma.$disconnect());

type Call = { query?: Record<string, string>; body?: unknown };

/** A JSON answer, checked against what the OpenAPI document says of the route and status. */
async function json(route: AnyApiRoute, token: string, params: Record<string, string> = {}, options: Call = {}) {
  const response = await callRoute(route, { token, params, ...options });
  const type = response.headers.get("content-type");
  const body = (await expectDocumented(route, response)) as Record<string, unknown>;
  return { status: response.status, type, text: JSON.stringify(body), body };
}

async function file(route: AnyApiRoute, token: string, params: Record<string, string>) {
  const response = await callRoute(route, { token, params });
  const type = response.headers.get("content-type");
  const bytes = response.ok ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
  return { status: response.status, type, bytes };
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: a DOCX is a ZIP

describe("plans and their versions", () => {
  it("an agency's token lists its own agency's plans only, whatever agency it asks for", async () => {
    const own = await json(listPlansRoute, tokens.hrPlans);
    expect(own.status).toBe(200);
    const plans = own.body.plans as { id: string; agency: { id: string }; versions: { number: number }[] }[];
    expect(plans.map((p) => p.id)).toEqual([s.planA]);
    expect(plans[0]!.versions.map((v) => v.number)).toEqual([1]);
    const forged = await json(listPlansRoute, tokens.hrPlans, {}, { query: { agencyId: s.agencyB } });
    expect(forged.body.plans).toEqual([]);
  });

  it("the ministry's token lists the sector's plans, by round and by agency, not another sector's", async () => {
    const all = await json(listPlansRoute, tokens.adviser, {}, { query: { roundId: s.roundId } });
    expect((all.body.plans as { id: string }[]).map((p) => p.id).sort()).toEqual([s.planA, s.planB].sort());
    const b = await json(listPlansRoute, tokens.adviser, {}, { query: { agencyId: s.agencyB } });
    expect((b.body.plans as { id: string }[]).map((p) => p.id)).toEqual([s.planB]);
    const other = await json(listPlansRoute, tokens.otherAdviser, {}, { query: { roundId: s.roundId } });
    expect(other.body.plans).toEqual([]);
  });

  it("one plan: status and the submitted content; another agency's plan is 404", async () => {
    const own = await json(getPlanRoute, tokens.hrPlans, { planId: s.planA });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: s.planA, status: "SUBMITTED", agency: { id: s.agencyA }, latestVersion: { number: 1 }, approvedVersion: null, approvedVersionContent: null });
    const forged = await json(getPlanRoute, tokens.hrPlans, { planId: s.planB });
    expect(forged.status).toBe(404);
    expect(forged.type).toBe("application/problem+json");
  });

  it("never returns a draft: the ministry reads B's submitted version, not the revision B is writing", async () => {
    const b = await json(getPlanRoute, tokens.adviser, { planId: s.planB });
    expect(b.status).toBe(200);
    expect(b.body.status).toBe("DRAFT");
    expect(b.text).not.toContain("hemmelige");
    expect((b.body.latestVersion as { content: unknown }).content).toEqual(COMPLETE_CONTENT);
    // Nor to B's own token: the API serves submitted versions only.
    expect((await json(getPlanRoute, tokens.hrB, { planId: s.planB })).text).not.toContain("hemmelige");
  });

  it("the versions, one version, and a version that does not exist", async () => {
    expect((await json(listPlanVersionsRoute, tokens.hrPlans, { planId: s.planA })).body.versions).toEqual([{ number: 1, submittedAt: "2020-11-20T00:00:00.000Z", approvedAt: null }]);
    const v = await json(getPlanVersionRoute, tokens.hrPlans, { planId: s.planA, number: "1" });
    expect(v.body).toMatchObject({ planId: s.planA, number: 1, isApproved: false, content: COMPLETE_CONTENT });
    expect((await json(getPlanVersionRoute, tokens.hrPlans, { planId: s.planA, number: "2" })).status).toBe(404);
    expect((await json(getPlanVersionRoute, tokens.hrPlans, { planId: s.planB, number: "1" })).status).toBe(404);
    const bad = await json(getPlanVersionRoute, tokens.hrPlans, { planId: s.planA, number: "første" });
    expect(bad.status).toBe(400);
    expect(bad.type).toBe("application/problem+json");
  });

  it("a version as PDF, as the app renders it", async () => {
    const pdf = await file(getPlanVersionPdfRoute, tokens.hrPlans, { planId: s.planA, number: "1" });
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe("application/pdf");
    expect(startsWith(pdf.bytes, PDF_MAGIC)).toBe(true);
    expect((await file(getPlanVersionPdfRoute, tokens.hrPlans, { planId: s.planB, number: "1" })).status).toBe(404);
    expect((await file(getPlanVersionPdfRoute, tokens.otherAdviser, { planId: s.planA, number: "1" })).status).toBe(404);
  });

  it("a token without a plan scope is refused with 403", async () => {
    const r = await json(getPlanRoute, tokens.hrFigures, { planId: s.planA });
    expect(r.status).toBe(403);
    expect(r.type).toBe("application/problem+json");
  });
});

describe("rounds and letters", () => {
  it("the ministry's token reads the sector's rounds, with the plans' status per agency", async () => {
    const list = await json(listRoundsRoute, tokens.adviser);
    expect(list.status).toBe(200);
    expect((list.body.rounds as { id: string }[]).map((r) => r.id)).toContain(s.roundId);
    const round = await json(getRoundRoute, tokens.adviser, { roundId: s.roundId });
    const rows = round.body.letters as { agency: { id: string }; letterId: string; planStatus: string }[];
    expect(rows.map((r) => r.letterId).sort()).toEqual([s.letterA, s.letterB].sort());
    expect(rows.find((r) => r.agency.id === s.agencyA)?.planStatus).toBe("SUBMITTED");
    expect((await json(getRoundRoute, tokens.otherAdviser, { roundId: s.roundId })).status).toBe(404);
  });

  it("an agency's token has no rounds (HR does not read them in the app either), only its letters", async () => {
    expect((await json(listRoundsRoute, tokens.hrPlans)).status).toBe(403);
    const letters = await json(listLettersRoute, tokens.hrPlans);
    expect((letters.body.letters as { id: string }[]).map((l) => l.id)).toEqual([s.letterA]);
    expect((await json(getLetterRoute, tokens.hrPlans, { letterId: s.letterB })).status).toBe(404);
    expect((await json(getLetterRoute, tokens.hrPlans, { letterId: otherLetter })).status).toBe(404);
  });

  it("the ministry reading a letter leaves it unread; the agency's system reading it marks it read, under the token's name", async () => {
    const byMinistry = await json(getLetterRoute, tokens.adviser, { letterId: s.letterB });
    expect(byMinistry.body).toMatchObject({ id: s.letterB, status: "SENT", readAt: null, body: "Tekst" });
    expect((await json(getLetterRoute, tokens.adviser, { letterId: otherLetter })).status).toBe(404);
    const byAgency = await json(getLetterRoute, tokens.hrPlans, { letterId: s.letterA });
    expect(byAgency.body.status).toBe("READ");
    const event = await prisma.auditEvent.findFirst({ where: { entity: "Letter", entityId: s.letterA, action: "read" }, select: { actorLabel: true } });
    expect(event?.actorLabel).toContain("Test plans:read");
  });

  it("a letter as PDF and as DOCX", async () => {
    const pdf = await file(getLetterPdfRoute, tokens.hrPlans, { letterId: s.letterA });
    expect([pdf.status, pdf.type, startsWith(pdf.bytes, PDF_MAGIC)]).toEqual([200, "application/pdf", true]);
    const docx = await file(getLetterDocxRoute, tokens.adviser, { letterId: s.letterB });
    expect([docx.status, docx.type, startsWith(docx.bytes, ZIP_MAGIC)]).toEqual([200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true]);
    expect((await file(getLetterDocxRoute, tokens.hrPlans, { letterId: s.letterB })).status).toBe(404);
  });
});

describe("the sector plan and its follow-up", () => {
  it("the current plan is the sector's newest published one; a plan never published is 404, also to the ministry", async () => {
    const current = await json(getCurrentSectorPlanRoute, tokens.hrPlans);
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ id: sectorPlan, year: 2021, latestVersion: 1, content });
    expect((await json(listSectorPlansRoute, tokens.adviser)).body.sectorPlans).toEqual([expect.objectContaining({ id: sectorPlan })]);
    const draft = await json(getSectorPlanRoute, tokens.adviser, { sectorPlanId: draftSectorPlan });
    expect(draft.status).toBe(404);
    expect(draft.text).not.toContain("Hemmelig");
    expect((await json(getSectorPlanRoute, tokens.hrPlans, { sectorPlanId: otherSectorPlan })).status).toBe(404);
  });

  it("the agency writes its own follow-up with the version it read; a stale version is 409 with the current state", async () => {
    const put = (secret: string, measureId: string, body: unknown, planId = sectorPlan) => json(putFollowUpRoute, secret, { sectorPlanId: planId, measureId }, { body });
    const first = await put(tokens.hrFollowUp, "m1", { version: 0, status: "DONE", comment: "Alle ledere har tatt kurset." });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ measureId: "m1", status: "DONE", reason: "", comment: "Alle ledere har tatt kurset.", version: 1 });
    const stale = await put(tokens.hrFollowUp, "m1", { version: 0, status: "IN_PROGRESS" });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ currentVersion: 1 });
    const reasonMissing = await put(tokens.hrFollowUp, "m2", { version: 0, status: "NOT_RELEVANT" });
    expect(reasonMissing.status).toBe(422);
    expect(reasonMissing.body.errors).toEqual([expect.objectContaining({ pointer: "/reason" })]);
    expect((await put(tokens.hrFollowUp, "m9", { version: 0, status: "DONE" })).status).toBe(422);
    expect((await put(tokens.hrFollowUp, "m1", { version: 0, status: "DONE" }, otherSectorPlan)).status).toBe(404);
    // A read scope never writes, and the ministry does not report the agencies' follow-up.
    expect((await put(tokens.hrPlans, "m2", { version: 0, status: "DONE" })).status).toBe(403);
    expect((await put(tokens.adviser, "m2", { version: 0, status: "DONE" })).status).toBe(403);
  });

  it("the follow-up as its owner reads it: the agency its own row, the ministry every agency's", async () => {
    await json(putFollowUpRoute, tokens.hrB, { sectorPlanId: sectorPlan, measureId: "m2" }, { body: { version: 0, status: "IN_PROGRESS" } });
    type Rows = { agency: { id: string }; mandatoryDone: { done: number }; measures: { measureId: string; status: string; version: number }[] }[];
    const own = await json(listFollowUpsRoute, tokens.hrPlans, { sectorPlanId: sectorPlan });
    expect(own.status).toBe(200);
    const ownRows = own.body.agencies as Rows;
    expect(ownRows.map((a) => a.agency.id)).toEqual([s.agencyA]);
    expect(ownRows[0]!.measures.find((m) => m.measureId === "m1")).toMatchObject({ status: "DONE", version: 1 });
    expect(ownRows[0]!.mandatoryDone.done).toBe(1);
    const forged = await json(listFollowUpsRoute, tokens.hrPlans, { sectorPlanId: sectorPlan }, { query: { agencyId: s.agencyB } });
    expect(forged.body.agencies).toEqual([]);
    const sector = await json(listFollowUpsRoute, tokens.adviser, { sectorPlanId: sectorPlan });
    const rows = sector.body.agencies as Rows;
    expect(rows.map((a) => a.agency.id).sort()).toEqual([s.agencyA, s.agencyB].sort());
    expect(rows.find((a) => a.agency.id === s.agencyB)!.measures.find((m) => m.measureId === "m2")).toMatchObject({ status: "IN_PROGRESS", version: 1 });
    expect((await json(listFollowUpsRoute, tokens.otherAdviser, { sectorPlanId: sectorPlan })).status).toBe(404);
  });
});

describe("who has tokens", () => {
  it("the audit office makes none", async () => {
    await expect(createApiToken(s.actors.auditor, { name: "Revisjon", scopes: ["sector:read"], expiresOn: inThirtyDays() })).rejects.toMatchObject({ code: expect.stringMatching(/forbidden|invalid/) });
  });
});
