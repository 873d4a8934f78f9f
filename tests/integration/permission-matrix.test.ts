// The permission matrix, through the real data functions against PostgreSQL: every function that
// takes a principal is called by every kind of person, on a record of their own organisation,
// of another organisation in their sector, and of another sector. What each call may do is
// decided by lib/access alone (`can`): a principal without the action is refused with
// "forbidden" (a leader reviewing a plan is not told "conflict"); a record outside its scope is
// "not found" (no hint that it exists); anything within scope gets past access control (it may
// still be refused for the record's state, e.g. a sent letter is frozen). Every exported lib/data
// function whose first parameter is the principal must have a row here: adding one without its
// row fails this test.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, jobPrincipal, PUBLIC, scopeOf, type Action, type Actor, type Principal, type Target } from "@/lib/access";
import { prisma } from "@/lib/db";
import { getAgencyOverview } from "@/lib/data/agencies";
import { getPeriodArchive, getRoundArchive } from "@/lib/data/archive-export";
import {
  deleteAttachment, getAttachmentFile, listLetterAttachments, listPlanAttachments, uploadLetterAttachment, uploadPlanAttachment,
} from "@/lib/data/attachments";
import { applyPlanImport, readPlanImport } from "@/lib/data/plan-import";
import { getDashboard } from "@/lib/data/dashboard";
import { getHome } from "@/lib/data/home";
import { getAgencyFollowUp, getFollowUpMatrix, reportFollowUp } from "@/lib/data/follow-ups";
import { getAgencyFigures, listClosedYears, listOwnReports, listReadableFigures, saveAgencyFigures, saveOwnReport, setYearClosed } from "@/lib/data/hiring";
import { createApiToken, hashTokenSecret, listOwnApiTokens, revokeApiToken } from "@/lib/data/api-tokens";
import { getAnnualReportChapter, saveAnnualReportText } from "@/lib/data/annual-report";
import { applyHiringImport, checkHiringImport, importAgencies } from "@/lib/data/hiring-import";
import { createCorrection, sendLetter, sendRound, updateLetter } from "@/lib/data/letter-commands";
import { getLetter, listLetters, listOwnLetters, listRoundLetters } from "@/lib/data/letters";
import { getLetterImportContext, importLetter } from "@/lib/data/letter-import";
import { getMeetingBrief } from "@/lib/data/meeting-brief";
import { createMeeting, finaliseMeeting, getMeeting, listMeetingOverview, listMeetings, meetingMinutesData, reopenMeeting, saveMeeting } from "@/lib/data/meetings";
import { listAgencies, listReadableOrganisations } from "@/lib/data/organisations";
import { getPlan, getPlanVersion, listPlans, reviewPlan, savePlan } from "@/lib/data/plans";
import { decideSignoff, requestSignoff, startRevision } from "@/lib/data/plan-revisions";
import { decidePooling, listOwnPooling, requestPooling, withdrawPooling } from "@/lib/data/pooling";
import { createRound, getRoundOverview, getRoundTemplate, listRounds } from "@/lib/data/rounds";
import { sectorPlanDocumentData } from "@/lib/data/sector-plan-file";
import {
  createSectorPlan, getSectorPlan, getSectorPlanVersion, latestPublishedPlanId, listSectorPlans, listSubmittedAgencyPlans, publishSectorPlan, saveSectorPlanDraft,
  createNextSectorPlan,
} from "@/lib/data/sector-plans";
import { endAllOwnSessions, listOwnSessions } from "@/lib/data/sessions";
import { getPreferences, listNotifications, markAllRead, openNotification, savePreferences, unreadCount, unreadCountForHeader } from "@/lib/data/notifications";
import { claimEmail, createDigests, listFailedJobs, listUndeliveredEmails, markFailed, markSent, retryEmail } from "@/lib/data/outbox";
import { runReminders } from "@/lib/data/reminders";
import { listReportingDeadlines, setReportingDeadline } from "@/lib/data/reporting-deadlines";
import { listCaughtMail } from "@/lib/data/caught-mail";
import { listAccountsWithDemoPassword } from "@/lib/data/demo-accounts";
import { changeUserAccess, findUserIdByEmail, getUserForAdmin, inviteUser, listUsers, loadMember, renewInvitation, setOwnLocale, setUserActive } from "@/lib/data/users";
import {
  applyOrganisationFile, checkOrganisationFile, createAgency, createTopOrganisation, findOrganisationByOrgNumber, getAgencyForAdmin,
  listAssignableOrganisations, listSectorOrganisations, moveAgency, organisationImportTemplate, setAudited, updateAgency,
} from "@/lib/data/organisations";
import { auditLogOptions, listAuditEvents } from "@/lib/data/audit-log";
import { getOpenData, getPublicFigures, listPublicSectors } from "@/lib/data/public-figures";
import { parseAuditLogQuery } from "@/lib/domain/admin-queries";
import { parseUserListQuery } from "@/lib/domain/admin-queries";
import { parseDashboardQuery } from "@/lib/domain/dashboard-query";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { orgNumberCheckDigit } from "@/lib/domain/org-number";
import { notFound } from "@/lib/data/errors";
import { COMPLETE_CONTENT, createTestSector, roundInput, type TestSector } from "../support/fixtures";

type Who = "adviser" | "ministryLeader" | "admin" | "hr" | "agencyLeader" | "auditor" | "cli" | "notifier" | "public";
/** The record's organisation: the person's own (agency A, or their ministry), another of the sector (B), another sector's (C). */
type Where = "own" | "sameSector" | "otherSector";

interface World {
  people: Record<Who, Principal>;
  ministry: string;
  otherMinistry: string;
  agency: Record<"A" | "B" | "C", string>;
  round: Record<"mine" | "other", string>;
  letter: Record<"A" | "B" | "C", string>;
  plan: Record<"A" | "B" | "C", string>;
  users: Record<"A" | "B" | "C", string>;
  sectorPlan: Record<"mine" | "other", string>;
  /** A finalised governance meeting of each agency. */
  meeting: Record<"A" | "B" | "C", string>;
  auditOffice: string;
}

let s: TestSector;
let w: World;
let counter = 0;
const unique = () => `${++counter}`;

const sectorPlanContent: SectorPlanContent = {
  title: "Handlingsplan",
  introduction: "Innledning.",
  themes: [{ id: "t1", title: "Ledelse", description: "", measures: [{ id: "m1", text: "Ledere skal ta kurset.", kind: "MANDATORY", due: "" }] }],
};

beforeAll(async () => {
  s = await createTestSector();
  const other = await prisma.organisation.findUniqueOrThrow({ where: { id: s.otherMinistryAgency }, select: { parentId: true } });
  const otherMinistry = other.parentId!;
  const admin = await prisma.user.create({ data: { email: `admin-${s.ministryId}@test`, name: "Admin", role: "ADMIN", organisationId: s.ministryId } });
  // The other sector's round, letter and plan; every plan submitted once.
  const otherRound = await prisma.addendumRound.create({
    data: { ministryId: otherMinistry, title: "Annen runde", year: 2020, deadline: new Date("2020-12-01"), body: "Tekst", createdById: "seed", sentAt: new Date("2020-11-01") },
  });
  await prisma.addendumRound.update({ where: { id: s.roundId }, data: { sentAt: new Date("2020-11-01") } });
  const letterC = await prisma.letter.create({
    data: { roundId: otherRound.id, ministryId: otherMinistry, agencyId: s.otherMinistryAgency, number: "Tillegg 1", title: "Brev", ourRef: `20/9-1-${s.ministryId}`, date: new Date("2020-11-01"), deadline: new Date("2020-12-01"), body: "Tekst", status: "SENT", sentAt: new Date("2020-11-01") },
  });
  const planC = await prisma.actionPlan.create({ data: { roundId: otherRound.id, agencyId: s.otherMinistryAgency, status: "DRAFT", version: 1, content: COMPLETE_CONTENT } });
  for (const planId of [s.planA, s.planB, planC.id]) {
    await prisma.actionPlan.update({ where: { id: planId }, data: { status: "SUBMITTED", version: 2, content: COMPLETE_CONTENT } });
    await prisma.planVersion.create({ data: { planId, number: 1, content: COMPLETE_CONTENT } });
  }
  const sectorPlan = async (ministryId: string) => {
    const plan = await prisma.sectorPlan.create({ data: { ministryId, year: 2021, content: sectorPlanContent, version: 1 } });
    await prisma.sectorPlanVersion.create({ data: { sectorPlanId: plan.id, number: 1, content: sectorPlanContent } });
    return plan.id;
  };
  w = {
    people: {
      adviser: s.actors.adviser,
      ministryLeader: s.actors.leader,
      admin: (await loadMember(admin.id))!,
      hr: s.actors.hrA,
      agencyLeader: s.actors.leaderA,
      auditor: s.actors.auditor,
      cli: jobPrincipal("admin-cli"),
      notifier: jobPrincipal("notifier"),
      public: PUBLIC,
    },
    ministry: s.ministryId,
    otherMinistry,
    agency: { A: s.agencyA, B: s.agencyB, C: s.otherMinistryAgency },
    round: { mine: s.roundId, other: otherRound.id },
    letter: { A: s.letterA, B: s.letterB, C: letterC.id },
    plan: { A: s.planA, B: s.planB, C: planC.id },
    users: { A: s.actors.hrA.userId, B: s.actors.hrB.userId, C: (await prisma.user.create({ data: { email: `hr-c-${s.ministryId}@test`, name: "HR C", role: "AGENCY_HR", organisationId: s.otherMinistryAgency } })).id },
    sectorPlan: { mine: await sectorPlan(s.ministryId), other: await sectorPlan(otherMinistry) },
    meeting: { A: await finalMeeting(s.agencyA, s.ministryId), B: await finalMeeting(s.agencyB, s.ministryId), C: await finalMeeting(s.otherMinistryAgency, otherMinistry) },
    auditOffice: s.actors.auditor.organisationId,
  };
});
afterAll(() => prisma.$disconnect());

/** A finalised governance meeting with one participant and one point. */
async function finalMeeting(agencyId: string, ministryId: string) {
  const m = await prisma.governanceMeeting.create({
    data: {
      agencyId, ministryId, date: new Date("2021-03-12"), status: "FINAL", finalisedAt: new Date("2021-03-12"), basis: {}, basisAt: new Date("2021-03-01"), createdById: "seed",
      participants: { create: [{ position: 0, name: "Kari", title: "", side: "MINISTRY" }] },
      points: { create: [{ position: 0, what: "Punkt", responsible: "HR", side: "AGENCY" }] },
    },
  });
  return m.id;
}

/**
 * One row of the matrix: a data function, the actions lib/access must grant for it, and how to call
 * it on a record in each place. `scope: "agency"` records belong to agency A (own for the agency's
 * people, the sector's for the ministry's), B or C; `scope: "sector"` records to the person's sector
 * (own and sameSector are the same) or the other one; `scope: "self"` works on the person's own
 * organisation only (nothing to forge: the function takes no id).
 */
interface Row<P extends Principal = Actor> {
  fn: string;
  actions: Action[];
  scope: "agency" | "sector" | "self";
  /** Only for a principal whose scope is everything (the command line). */
  everywhere?: boolean;
  call: (p: P, where: Where) => Promise<unknown>;
}

const agencyKey = (where: Where) => (where === "own" ? "A" : where === "sameSector" ? "B" : "C");
const sectorKey = (where: Where) => (where === "otherSector" ? "other" : "mine");
const today = new Date("2026-11-23T00:00:00Z");

const MEMBER_ROWS: Row[] = [
  // Rounds and letters
  { fn: "listRounds", actions: ["round.read"], scope: "self", call: (p) => listRounds(p) },
  { fn: "getRoundOverview", actions: ["round.read"], scope: "sector", call: (p, x) => getRoundOverview(p, w.round[sectorKey(x)], today) },
  { fn: "createRound", actions: ["round.write"], scope: "self", call: (p) => createRound(p, roundInput(`26/${unique()}`, [w.agency.A])) },
  { fn: "getRoundTemplate", actions: ["round.write"], scope: "sector", call: (p, x) => getRoundTemplate(p, w.round[sectorKey(x)]) },
  { fn: "listRoundLetters", actions: ["round.read"], scope: "sector", call: (p, x) => listRoundLetters(p, w.round[sectorKey(x)]) },
  // The Noark 5 package for the archive: the ministry's adviser, its own sector's rounds.
  { fn: "getRoundArchive", actions: ["archive.export"], scope: "sector", call: (p, x) => getRoundArchive(p, w.round[sectorKey(x)]) },
  {
    fn: "getPeriodArchive", actions: ["archive.export"], scope: "self",
    call: (p) => getPeriodArchive(p, { from: new Date("2020-11-01T00:00:00Z"), to: new Date("2020-11-30T00:00:00Z") }),
  },
  { fn: "listOwnLetters", actions: ["letter.read"], scope: "self", call: (p) => listOwnLetters(p) },
  // The API's lists (issue 14): what the principal reaches, whatever the filter asks for.
  { fn: "listLetters", actions: ["letter.read"], scope: "self", call: (p) => listLetters(p, { roundId: w.round.mine }) },
  { fn: "getLetter", actions: ["letter.read"], scope: "agency", call: (p, x) => getLetter(p, w.letter[agencyKey(x)]) },
  {
    fn: "updateLetter", actions: ["round.write"], scope: "agency",
    call: (p, x) => updateLetter(p, { letterId: w.letter[agencyKey(x)], version: 0, number: "Tillegg 2", title: null, yourRef: null, ourRef: `26/${unique()}-1`, date: today, deadline: today, body: "x", department: "", caseworkerName: "", caseworkerPhone: "", signatories: [], copyTo: [] }),
  },
  { fn: "sendRound", actions: ["round.write"], scope: "sector", call: (p, x) => sendRound(p, w.round[sectorKey(x)]) },
  { fn: "sendLetter", actions: ["round.write"], scope: "agency", call: (p, x) => sendLetter(p, w.letter[agencyKey(x)]) },
  { fn: "createCorrection", actions: ["round.write"], scope: "agency", call: (p, x) => createCorrection(p, w.letter[agencyKey(x)]) },
  { fn: "listAgencies", actions: ["round.write"], scope: "self", call: (p) => listAgencies(p, "round.write") },
  { fn: "getLetterImportContext", actions: ["round.write"], scope: "self", call: (p) => getLetterImportContext(p) },
  {
    fn: "importLetter", actions: ["round.write"], scope: "agency",
    call: (p, x) => importLetter(p, {
      agencyId: w.agency[agencyKey(x)], ourRef: `26/${unique()}-1`, yourRef: null, date: today, deadline: new Date("2026-12-31"), title: "Tillegg 1", number: "Tillegg 1",
      body: "Tekst.", department: "", caseworkerName: "", caseworkerPhone: "", signatories: [{ name: "N", title: "T", byAuthority: false }], copyTo: [],
      roundChoice: "new", roundId: "", roundTitle: "Importert", importedFrom: "text",
    }),
  },
  // Plans
  { fn: "getPlan", actions: ["plan.read"], scope: "agency", call: (p, x) => getPlan(p, w.plan[agencyKey(x)]) },
  { fn: "getPlanVersion", actions: ["plan.read"], scope: "agency", call: (p, x) => getPlanVersion(p, w.plan[agencyKey(x)], 1) },
  { fn: "listPlans", actions: ["plan.read"], scope: "self", call: (p) => listPlans(p, { agencyId: w.agency.B }) },
  // A stale version: within scope the save is refused as a conflict, and nothing is written.
  { fn: "savePlan", actions: ["plan.write"], scope: "agency", call: (p, x) => savePlan(p, { planId: w.plan[agencyKey(x)], version: 0, content: COMPLETE_CONTENT }, "draft") },
  {
    fn: "reviewPlan", actions: ["plan.review"], scope: "agency",
    call: (p, x) => reviewPlan(p, { planId: w.plan[agencyKey(x)], versionNumber: 99, decision: "approve", message: "", comments: [] }),
  },
  // Revisions and the leader's sign-off (issue 13): within scope refused for the plan's state (not
  // approved; the round asks for no sign-off; nothing asked for), and nothing is written.
  { fn: "startRevision", actions: ["plan.write"], scope: "agency", call: (p, x) => startRevision(p, { planId: w.plan[agencyKey(x)], version: 0 }) },
  { fn: "requestSignoff", actions: ["plan.write"], scope: "agency", call: (p, x) => requestSignoff(p, { planId: w.plan[agencyKey(x)], version: 0, content: COMPLETE_CONTENT }) },
  {
    fn: "decideSignoff", actions: ["plan.signoff"], scope: "agency",
    call: (p, x) => decideSignoff(p, { planId: w.plan[agencyKey(x)], version: 0, decision: "approve", comment: "" }),
  },
  // Attachments and plans from Word (issue 13). Every plan is submitted: within scope an upload,
  // an import or a delete is refused as a conflict, and nothing is written.
  { fn: "uploadPlanAttachment", actions: ["plan.write"], scope: "agency", call: (p, x) => uploadPlanAttachment(p, w.plan[agencyKey(x)], { fileName: "x.pdf", bytes: MATRIX_PDF }) },
  { fn: "uploadLetterAttachment", actions: ["round.write"], scope: "agency", call: (p, x) => uploadLetterAttachment(p, w.letter[agencyKey(x)], { fileName: "x.png", bytes: MATRIX_PNG }) },
  { fn: "listPlanAttachments", actions: ["plan.read"], scope: "agency", call: (p, x) => listPlanAttachments(p, w.plan[agencyKey(x)]) },
  { fn: "listLetterAttachments", actions: ["letter.read"], scope: "agency", call: (p, x) => listLetterAttachments(p, w.letter[agencyKey(x)]) },
  { fn: "getAttachmentFile", actions: ["plan.read"], scope: "agency", call: async (p, x) => getAttachmentFile(p, (await planAttachment(x)).id) },
  { fn: "deleteAttachment", actions: ["plan.write"], scope: "agency", call: async (p, x) => deleteAttachment(p, (await planAttachment(x)).id) },
  { fn: "readPlanImport", actions: ["plan.write"], scope: "agency", call: (p, x) => readPlanImport(p, w.plan[agencyKey(x)], MATRIX_PNG) },
  {
    fn: "applyPlanImport", actions: ["plan.write"], scope: "agency",
    call: (p, x) => applyPlanImport(p, { planId: w.plan[agencyKey(x)], version: 0, elements: MATRIX_ELEMENTS, fileName: "x.docx", bytes: MATRIX_PNG }),
  },
  // Figures
  { fn: "listOwnReports", actions: ["hiring.write"], scope: "self", call: (p) => listOwnReports(p) },
  // The annual report's chapter IV text: the agency's own HR only. A stale version: within scope refused as a conflict.
  { fn: "getAnnualReportChapter", actions: ["annualreport.write"], scope: "self", call: (p) => getAnnualReportChapter(p, 2020) },
  {
    fn: "saveAnnualReportText", actions: ["annualreport.write"], scope: "self",
    call: (p) => saveAnnualReportText(p, { year: 2020, version: 99, organisation: "O.", assessment: "V.", challenges: "U.", whatWorked: "T." }),
  },
  {
    fn: "saveOwnReport", actions: ["hiring.write"], scope: "self",
    call: (p) => saveOwnReport(p, { year: 2019, permanentTotal: 10, permanentTarget: 1, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0, reason: "Retting", version: null }),
  },
  { fn: "listReadableFigures", actions: ["hiring.read"], scope: "self", call: (p) => listReadableFigures(p) },
  // The API (issue 14): one agency's figures exactly, and a year written through the API (as saveOwnReport).
  { fn: "getAgencyFigures", actions: ["hiring.read"], scope: "agency", call: (p, x) => getAgencyFigures(p, w.agency[agencyKey(x)]) },
  {
    fn: "saveAgencyFigures", actions: ["hiring.write"], scope: "agency",
    call: (p, x) => saveAgencyFigures(p, w.agency[agencyKey(x)], 2019, { permanentTotal: 10, permanentTarget: 1, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0, reason: "Retting", version: null }, 2026),
  },
  { fn: "listReadableOrganisations", actions: ["organisation.read"], scope: "self", call: (p) => listReadableOrganisations(p) },
  // API tokens: one's own (a scope the role may not give is refused as invalid, past access control).
  { fn: "createApiToken", actions: ["apitoken.manage"], scope: "self", call: (p) => createApiToken(p, { name: "Matrise", scopes: ["figures:read"], expiresOn: "2099-01-01" }) },
  { fn: "listOwnApiTokens", actions: ["apitoken.manage"], scope: "self", call: (p) => listOwnApiTokens(p) },
  {
    fn: "revokeApiToken", actions: ["apitoken.manage"], scope: "self",
    call: async (p) => {
      const token = await prisma.apiToken.create({
        data: { name: "Matrise", userId: p.userId, organisationId: p.organisationId, scopes: [], secretHash: hashTokenSecret(`dgn_matrix_${unique()}_${p.userId}`), prefix: "dgn_", expiresAt: new Date("2099-01-01") },
      });
      return revokeApiToken(p, token.id);
    },
  },
  { fn: "listClosedYears", actions: ["hiring.read"], scope: "self", call: (p) => listClosedYears(p) },
  { fn: "setYearClosed", actions: ["hiring.manage"], scope: "self", call: (p) => setYearClosed(p, 2018, false) },
  // The figures' due dates: the adviser's own ministry only.
  { fn: "listReportingDeadlines", actions: ["hiring.manage"], scope: "self", call: (p) => listReportingDeadlines(p) },
  { fn: "setReportingDeadline", actions: ["hiring.manage"], scope: "self", call: (p) => setReportingDeadline(p, { year: 2019, dueOn: new Date("2020-03-01T00:00:00Z") }) },
  { fn: "getAgencyOverview", actions: ["hiring.read"], scope: "agency", call: (p, x) => getAgencyOverview(p, w.agency[agencyKey(x)]) },
  { fn: "getDashboard", actions: ["dashboard.read"], scope: "self", call: (p) => getDashboard(p, parseDashboardQuery({})) },
  // The home page: every member has one, made of what its own actions reach (no action of its own).
  { fn: "getHome", actions: [], scope: "self", call: (p) => getHome(p, today) },
  { fn: "importAgencies", actions: ["hiring.manage"], scope: "self", call: (p) => importAgencies(p) },
  { fn: "checkHiringImport", actions: ["hiring.manage"], scope: "self", call: (p) => checkHiringImport(p, 2019, [["Org.nr."]]) },
  { fn: "applyHiringImport", actions: ["hiring.manage"], scope: "self", call: (p) => applyHiringImport(p, 2019, [["Org.nr."]], "tom.csv") },
  // Pooling: the agency asks (years never reported: within scope refused as invalid, nothing written);
  // the ministry decides and withdraws.
  { fn: "requestPooling", actions: ["hiring.write"], scope: "self", call: (p) => requestPooling(p, { fromYear: 2030, toYear: 2031, reason: "" }) },
  { fn: "listOwnPooling", actions: ["hiring.write"], scope: "self", call: (p) => listOwnPooling(p) },
  {
    fn: "decidePooling", actions: ["hiring.manage"], scope: "agency",
    call: async (p, x) => decidePooling(p, { consentId: (await poolingRequest(x, "REQUESTED")).id, decision: "refuse", note: "" }),
  },
  { fn: "withdrawPooling", actions: ["hiring.manage"], scope: "agency", call: async (p, x) => withdrawPooling(p, (await poolingRequest(x, "APPROVED")).id) },
  // The sector plan and its follow-up
  { fn: "listSectorPlans", actions: ["sectorplan.read"], scope: "self", call: (p) => listSectorPlans(p) },
  { fn: "latestPublishedPlanId", actions: ["sectorplan.read"], scope: "self", call: (p) => latestPublishedPlanId(p) },
  { fn: "createSectorPlan", actions: ["sectorplan.write"], scope: "self", call: (p) => createSectorPlan(p, { year: 2200 + Number(unique()), title: "Plan" }) },
  { fn: "getSectorPlan", actions: ["sectorplan.read"], scope: "sector", call: (p, x) => getSectorPlan(p, w.sectorPlan[sectorKey(x)]) },
  { fn: "getSectorPlanVersion", actions: ["sectorplan.read"], scope: "sector", call: (p, x) => getSectorPlanVersion(p, w.sectorPlan[sectorKey(x)], 1) },
  { fn: "sectorPlanDocumentData", actions: ["sectorplan.read"], scope: "sector", call: (p, x) => sectorPlanDocumentData(p, w.sectorPlan[sectorKey(x)], "1") },
  // Stale versions: within scope refused as a conflict.
  { fn: "saveSectorPlanDraft", actions: ["sectorplan.write"], scope: "sector", call: (p, x) => saveSectorPlanDraft(p, { id: w.sectorPlan[sectorKey(x)], version: 0, content: sectorPlanContent }) },
  { fn: "publishSectorPlan", actions: ["sectorplan.write"], scope: "sector", call: (p, x) => publishSectorPlan(p, { id: w.sectorPlan[sectorKey(x)], version: 0 }) },
  // Next year's plan from the published one: made once; within scope, later calls are refused as a conflict.
  { fn: "createNextSectorPlan", actions: ["sectorplan.write"], scope: "sector", call: (p, x) => createNextSectorPlan(p, w.sectorPlan[sectorKey(x)]) },
  { fn: "listSubmittedAgencyPlans", actions: ["sectorplan.write", "plan.read"], scope: "sector", call: (p, x) => listSubmittedAgencyPlans(p, w.sectorPlan[sectorKey(x)]) },
  { fn: "getFollowUpMatrix", actions: ["followup.read"], scope: "sector", call: (p, x) => getFollowUpMatrix(p, w.sectorPlan[sectorKey(x)]) },
  {
    fn: "getAgencyFollowUp", actions: ["followup.read"], scope: "agency",
    call: (p, x) => getAgencyFollowUp(p, w.sectorPlan[x === "otherSector" ? "other" : "mine"], w.agency[agencyKey(x)]),
  },
  {
    fn: "reportFollowUp", actions: ["followup.write"], scope: "self",
    call: (p) => reportFollowUp(p, { sectorPlanId: w.sectorPlan.mine, measureId: "m1", version: 99, status: "DONE", reason: "", comment: "" }),
  },
  { fn: "getMeetingBrief", actions: ["followup.read", "plan.read", "hiring.read"], scope: "agency", call: (p, x) => getMeetingBrief(p, w.agency[agencyKey(x)]) },
  // Governance meetings: finalised minutes read by the agency and the audit office, written by the
  // ministry's adviser (stale versions: within scope refused as a conflict; a second draft too).
  { fn: "listMeetingOverview", actions: ["meeting.read"], scope: "self", call: (p) => listMeetingOverview(p) },
  { fn: "listMeetings", actions: ["meeting.read"], scope: "agency", call: (p, x) => listMeetings(p, w.agency[agencyKey(x)]) },
  { fn: "getMeeting", actions: ["meeting.read"], scope: "agency", call: (p, x) => getMeeting(p, w.meeting[agencyKey(x)]) },
  { fn: "meetingMinutesData", actions: ["meeting.read"], scope: "agency", call: (p, x) => meetingMinutesData(p, w.meeting[agencyKey(x)]) },
  { fn: "createMeeting", actions: ["meeting.write"], scope: "agency", call: (p, x) => createMeeting(p, { agencyId: w.agency[agencyKey(x)], date: "2030-01-01" }) },
  {
    fn: "saveMeeting", actions: ["meeting.write"], scope: "agency",
    call: (p, x) => saveMeeting(p, { meetingId: w.meeting[agencyKey(x)], version: 0, date: "2030-01-01", participants: [], points: [], followUps: [], markFirstMeasure: false }),
  },
  { fn: "finaliseMeeting", actions: ["meeting.write"], scope: "agency", call: (p, x) => finaliseMeeting(p, { meetingId: w.meeting[agencyKey(x)], version: 0 }) },
  { fn: "reopenMeeting", actions: ["meeting.write"], scope: "agency", call: (p, x) => reopenMeeting(p, { meetingId: w.meeting[agencyKey(x)], version: 0 }) },
  // Every signed-in person's own sessions.
  { fn: "listOwnSessions", actions: [], scope: "self", call: (p) => listOwnSessions(p) },
  { fn: "endAllOwnSessions", actions: [], scope: "self", call: (p) => endAllOwnSessions(p) },
  // Every signed-in person's own interface language (issue 14).
  { fn: "setOwnLocale", actions: [], scope: "self", call: (p) => setOwnLocale(p, "nb") },
  // Every signed-in person's own notifications and e-mail preferences (issue 12).
  { fn: "unreadCount", actions: ["notification.read"], scope: "self", call: (p) => unreadCount(p) },
  { fn: "unreadCountForHeader", actions: ["notification.read"], scope: "self", call: (p) => unreadCountForHeader(p) },
  { fn: "listNotifications", actions: ["notification.read"], scope: "self", call: (p) => listNotifications(p) },
  { fn: "openNotification", actions: ["notification.read"], scope: "self", call: async (p) => openNotification(p, (await notificationFor(p.userId)).id) },
  { fn: "markAllRead", actions: ["notification.read"], scope: "self", call: (p) => markAllRead(p) },
  { fn: "getPreferences", actions: ["notification.read"], scope: "self", call: (p) => getPreferences(p) },
  { fn: "savePreferences", actions: ["notification.read"], scope: "self", call: (p) => savePreferences(p, { PLAN_REVIEWED: "DAILY" }) },
];

/** A minimal PDF (header and trailer), a PNG, and empty element texts, for the attachment rows. */
const MATRIX_PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n0\n%%EOF\n");
const MATRIX_PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MATRIX_ELEMENTS = { challenges: "", measures: "", goals: "", goalLink: "", responsibilities: "", traineeAssessment: "" };
/** An attachment of the plan in that place, there before the plan was submitted, made for one call. */
const planAttachment = (where: Where) =>
  prisma.attachment.create({
    data: {
      planId: w.plan[agencyKey(where)], fileName: "x.pdf", mediaType: "application/pdf", size: MATRIX_PDF.length, sha256: "x", content: MATRIX_PDF,
      uploadedById: null, uploadedByOrganisationId: w.agency[agencyKey(where)], uploadedAt: new Date("2020-01-01T00:00:00Z"),
    },
  });

/** A notification of the person's own, made for one call. */
const notificationFor = (userId: string) =>
  prisma.notification.create({ data: { key: `matrix:${unique()}:${userId}`, userId, kind: "PLAN_REVIEWED", params: {}, link: "/" } });
/** An e-mail in the outbox to a user of that place, made for one call. */
const emailTo = (userId: string, lastError: string | null = null) =>
  prisma.emailMessage.create({ data: { key: `matrix-mail:${unique()}`, userId, to: "x@test", subject: "S", text: "T", html: "<p>T</p>", lastError } });

/** A pooling period of the agency in that place, in the given state, made for one call. */
async function poolingRequest(where: Where, status: "REQUESTED" | "APPROVED") {
  const agencyId = w.agency[agencyKey(where)];
  const ministryId = agencyId === w.agency.C ? w.otherMinistry : w.ministry;
  const fromYear = 2100 + Number(unique());
  return prisma.poolingConsent.create({ data: { ministryId, agencyId, fromYear, toYear: fromYear, status } });
}

/** A valid organisation number (modulus 11) that no other test uses. */
function freshOrgNumber(): string {
  for (;;) {
    const first = `8${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
    const check = orgNumberCheckDigit(first);
    if (check !== null) return `${first}${check}`;
  }
}
const freshUser = async (agencyKeyOf: "A" | "B" | "C") =>
  (await prisma.user.create({ data: { email: `fersk-${unique()}-${w.ministry}@test`, name: "Fersk", role: "AGENCY_HR", organisationId: w.agency[agencyKeyOf] } })).id;
const freshAgency = async (where: Where) =>
  (await prisma.organisation.create({
    data: { kind: "AGENCY", name: `Ny ${unique()}`, shortName: `Ny-${unique()}-${w.ministry}`, orgNumber: freshOrgNumber(), postalAddress: "Postboks 1\n0001 Oslo", parentId: where === "otherSector" ? w.otherMinistry : w.ministry },
  })).id;
const userIn = (key: "A" | "B" | "C") => w.users[key];

/** The administration (the administrator in its sector, the command line everywhere): any principal. */
const PRINCIPAL_ROWS: Row<Principal>[] = [
  { fn: "listUsers", actions: ["user.manage"], scope: "self", call: (p) => listUsers(p, parseUserListQuery({}).query) },
  { fn: "getUserForAdmin", actions: ["user.manage"], scope: "agency", call: (p, x) => getUserForAdmin(p, userIn(agencyKey(x))) },
  {
    fn: "inviteUser", actions: ["user.manage"], scope: "agency",
    call: (p, x) => inviteUser(p, { email: `invitert-${unique()}-${w.ministry}@test`, name: "Invitert", role: "AGENCY_HR", organisationId: w.agency[agencyKey(x)] }),
  },
  {
    fn: "changeUserAccess", actions: ["user.manage"], scope: "agency",
    call: async (p, x) => changeUserAccess(p, { userId: await freshUser(agencyKey(x)), role: "LEADER", organisationId: w.agency[agencyKey(x)] }),
  },
  { fn: "setUserActive", actions: ["user.manage"], scope: "agency", call: async (p, x) => setUserActive(p, await freshUser(agencyKey(x)), false) },
  { fn: "renewInvitation", actions: ["user.manage"], scope: "agency", call: async (p, x) => renewInvitation(p, await freshUser(agencyKey(x))) },
  {
    fn: "findUserIdByEmail", actions: ["user.manage"], scope: "agency",
    call: async (p, x) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: userIn(agencyKey(x)) }, select: { email: true } });
      if (!(await findUserIdByEmail(p, user.email))) throw notFound();
    },
  },
  { fn: "listAssignableOrganisations", actions: ["user.manage"], scope: "self", call: (p) => listAssignableOrganisations(p) },
  { fn: "listSectorOrganisations", actions: ["organisation.manage"], scope: "self", call: (p) => listSectorOrganisations(p) },
  { fn: "getAgencyForAdmin", actions: ["organisation.manage"], scope: "agency", call: (p, x) => getAgencyForAdmin(p, w.agency[agencyKey(x)]) },
  {
    fn: "createAgency", actions: ["organisation.manage"], scope: "self",
    call: (p) => createAgency(p, { name: `Etat ${unique()}`, shortName: `Etat-${unique()}-${w.ministry}`, orgNumber: freshOrgNumber(), postalAddress: "Postboks 2\n0002 Oslo", ministryId: w.ministry }),
  },
  {
    fn: "createTopOrganisation", actions: ["organisation.manage"], scope: "self", everywhere: true,
    call: (p) => createTopOrganisation(p, "MINISTRY", { name: `Dep ${unique()}`, shortName: `Dep-${unique()}-${w.ministry}`, orgNumber: freshOrgNumber(), postalAddress: "Postboks 3\n0003 Oslo" }),
  },
  { fn: "findOrganisationByOrgNumber", actions: ["organisation.manage"], scope: "self", everywhere: true, call: (p) => findOrganisationByOrgNumber(p, "974760347") },
  {
    fn: "updateAgency", actions: ["organisation.manage"], scope: "agency",
    call: async (p, x) => {
      const a = await prisma.organisation.findUniqueOrThrow({ where: { id: w.agency[agencyKey(x)] } });
      return updateAgency(p, { id: a.id, name: `${a.name} `.trim(), shortName: a.shortName, postalAddress: a.postalAddress });
    },
  },
  {
    fn: "moveAgency", actions: ["organisation.manage"], scope: "agency",
    call: async (p, x) => moveAgency(p, { agencyId: await freshAgency(x), ministryId: x === "otherSector" ? w.ministry : w.otherMinistry }),
  },
  { fn: "listAccountsWithDemoPassword", actions: ["user.manage"], scope: "self", everywhere: true, call: (p) => listAccountsWithDemoPassword(p) },
  { fn: "setAudited", actions: ["organisation.manage"], scope: "self", everywhere: true, call: (p) => setAudited(p, w.auditOffice, w.otherMinistry, false) },
  { fn: "checkOrganisationFile", actions: ["organisation.manage"], scope: "self", call: (p) => checkOrganisationFile(p, [["Org.nr."]]) },
  { fn: "applyOrganisationFile", actions: ["organisation.manage"], scope: "self", call: (p) => applyOrganisationFile(p, [["Org.nr."]], "tom.csv") },
  { fn: "organisationImportTemplate", actions: ["organisation.manage"], scope: "self", call: (p) => organisationImportTemplate(p) },
  { fn: "auditLogOptions", actions: ["audit.read"], scope: "self", call: (p) => auditLogOptions(p) },
  { fn: "listAuditEvents", actions: ["audit.read"], scope: "self", call: (p) => listAuditEvents(p, parseAuditLogQuery({}).query) },
  // The published figures: everyone's, signed in or not (not a job's).
  { fn: "listPublicSectors", actions: ["figures.public"], scope: "self", call: (p) => listPublicSectors(p) },
  { fn: "getPublicFigures", actions: ["figures.public"], scope: "self", call: (p) => getPublicFigures(p, [w.ministry, w.otherMinistry]) },
  { fn: "getOpenData", actions: ["figures.public"], scope: "self", call: async (p) => getOpenData(p, { sektor: (await prisma.organisation.findUniqueOrThrow({ where: { id: w.ministry } })).orgNumber, aar: 2020 }) },
  // E-mail that did not go out: the administrator of the sector of the person it is to.
  { fn: "listUndeliveredEmails", actions: ["mail.manage"], scope: "self", call: (p) => listUndeliveredEmails(p) },
  { fn: "listFailedJobs", actions: ["mail.manage"], scope: "self", call: (p) => listFailedJobs(p) },
  { fn: "retryEmail", actions: ["mail.manage"], scope: "agency", call: async (p, x) => retryEmail(p, (await emailTo(userIn(agencyKey(x)), "550")).id) },
  // The worker's own steps: the notifier only.
  { fn: "claimEmail", actions: ["notification.send"], scope: "self", everywhere: true, call: async (p) => claimEmail(p, (await emailTo(userIn("A"))).id) },
  { fn: "markSent", actions: ["notification.send"], scope: "self", everywhere: true, call: async (p) => markSent(p, (await emailTo(userIn("A"))).id) },
  { fn: "markFailed", actions: ["notification.send"], scope: "self", everywhere: true, call: async (p) => markFailed(p, (await emailTo(userIn("A"))).id, "421") },
  { fn: "createDigests", actions: ["notification.send"], scope: "self", everywhere: true, call: (p) => createDigests(p, today) },
  { fn: "runReminders", actions: ["notification.send"], scope: "self", everywhere: true, call: (p) => runReminders(p, today) },
  // The demo's caught e-mail: the public's only (and in demo mode only).
  { fn: "listCaughtMail", actions: ["demomail.read"], scope: "self", call: (p) => listCaughtMail(p) },
];

/** Exported lib/data functions that take a principal first but are not a data operation of their own. */
const NOT_A_ROW = new Set<string>([
  // The scope helper behind the administration's rows above.
  "administeredSector",
  // The letters a principal may read, as a Prisma filter (behind getLetter's and the attachments' rows).
  "readableLetters",
  // A token's own description (the API's GET /token): takes a token principal only, never a person
  // (tests/integration/api-tokens.test.ts).
  "describeApiToken",
  // The unread count read with the principal's own session check, kept in memory beside it (behind
  // unreadCountForHeader's row; no query, nothing another person's).
  "unreadAtSessionCheck",
  "forgetUnreadAtSessionCheck",
]);

/** Where a record is, as lib/access sees it. */
function targetOf(p: Principal, row: Row<never>, where: Where): Target | undefined {
  if (row.scope === "self") return undefined;
  if (row.scope === "agency") {
    const key = agencyKey(where);
    return { organisationId: w.agency[key], sectorId: key === "C" ? w.otherMinistry : w.ministry };
  }
  // A sector's record (a round, a sector plan) is within reach when its sector is: for those whose
  // scope is their own organisation, that organisation's sector (they then see their own part of it).
  if (where === "otherSector") return { organisationId: w.otherMinistry, sectorId: w.otherMinistry };
  return { organisationId: p.kind === "user" || p.kind === "apiToken" ? p.organisationId : w.ministry, sectorId: w.ministry };
}

type Outcome = "passed" | "forbidden" | "not_found";
async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "passed";
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "forbidden" || code === "not_found") return code;
    if (code === "conflict" || code === "invalid") return "passed"; // past access control; refused for the record's state
    throw error;
  }
}

/** What lib/access says the call must come to. */
function expected(p: Principal, row: Row<never>, where: Where): Outcome | "not_found_or_forbidden" {
  if (!row.actions.every((a) => can(p, a))) return "forbidden";
  if (row.everywhere && !row.actions.every((a) => scopeOf(p, a) === "all")) return "forbidden";
  const target = targetOf(p, row, where);
  if (target && !row.actions.every((a) => can(p, a, target))) return "not_found_or_forbidden";
  return "passed";
}

describe("the permission matrix, through the data layer", () => {
  it("has a row for every data function that takes a principal", async () => {
    const dir = path.join(import.meta.dirname, "../../lib/data");
    const missing: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== "function") continue;
        const params = /^(?:async\s+)?function\s*\w*\s*\(([^)]*)\)/.exec(value.toString())?.[1] ?? "";
        const first = params.split(",")[0]?.trim();
        const named = [...MEMBER_ROWS, ...PRINCIPAL_ROWS].some((r) => r.fn === name);
        if ((first === "actor" || first === "principal" || first === "p") && !named && !NOT_A_ROW.has(name)) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  const MEMBERS: Who[] = ["adviser", "ministryLeader", "admin", "hr", "agencyLeader", "auditor"];
  // Functions for members only do not take a job or the public (their type says so); the
  // administration's and the published figures' functions take any principal: the command line's
  // job, the notifier and the signed-out public among them.
  const rows = [...MEMBER_ROWS.map((row) => ({ row: row as Row<never>, who: MEMBERS })), ...PRINCIPAL_ROWS.map((row) => ({ row: row as Row<never>, who: [...MEMBERS, "cli", "notifier", "public"] as Who[] }))];
  for (const { row, who: principals } of rows) {
    describe(row.fn, () => {
      for (const who of principals) {
        const places: Where[] = row.scope === "self" ? ["own"] : ["own", "sameSector", "otherSector"];
        for (const where of places) {
          it(`${who}, ${row.scope === "self" ? "own organisation" : where}`, async () => {
            const p = w.people[who];
            const want = expected(p, row, where);
            const got = await outcome(() => row.call(p as never, where));
            if (want === "not_found_or_forbidden") expect(["not_found", "forbidden"]).toContain(got);
            else expect(got).toBe(want);
          });
        }
      }
    });
  }
});
