import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyWhere, can, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, invalid, notFound } from "@/lib/data/errors";
import { writeFollowUp } from "@/lib/data/follow-ups";
import { getMeetingBrief, type MeetingBrief } from "@/lib/data/meeting-brief";
import { ministryDocumentFields } from "@/lib/documents/letter-text";
import { calendarDate, type MeetingInput, type MeetingVersionInput, type NewMeetingInput } from "@/lib/domain/meeting-schema";
import {
  currentPointStatus, dateAllowed, firstMeetingMeasure, pointsToFollowUp, readMeetingBasis,
  type MeetingBasis, type MeetingPointStatus, type MeetingSide, type MeetingStatus, type PointHistory,
} from "@/lib/domain/meetings";
import { readSectorPlanContent } from "@/lib/domain/sector-plan";
import { localized } from "@/lib/i18n/current";
import { meetingTexts } from "@/lib/i18n/meetings";
import { meetingText } from "@/lib/i18n/meetings-nb";

// Governance meetings (etatsstyringsmøter): the ministry's adviser records each meeting with an
// agency (date, participants, the brief as it stood, agreed points, and the status of earlier
// open points); drafts are the ministry's own; a finalised record is frozen and read by the agency
// itself and the audit office (docs/decisions/021-governance-meetings.md).

type Tx = Prisma.TransactionClient;

/** Who may write the agency's records (drafts included): the ministry's advisers of its sector. */
const canWrite = (actor: Actor, agency: { id: string; parentId: string | null }) =>
  can(actor, "meeting.write", { organisationId: agency.id, sectorId: agency.parentId });

/** The agency, when the actor may read its meetings (else "not found"). */
async function readableAgency(actor: Actor, agencyId: string) {
  const agency = await prisma.organisation.findFirst({
    where: { AND: [{ id: agencyId }, agencyWhere(actor, "meeting.read")] },
    select: { id: true, name: true, shortName: true, parentId: true, parent: { select: { name: true } } },
  });
  if (!agency) throw notFound();
  return agency;
}

/** The agency's meetings, newest first: finalised ones for every reader, drafts only for the ministry's advisers. */
export async function listMeetings(actor: Actor, agencyId: string) {
  const agency = await readableAgency(actor, agencyId);
  const writer = canWrite(actor, agency);
  const meetings = await prisma.governanceMeeting.findMany({
    where: { agencyId: agency.id, ...(writer ? {} : { status: "FINAL" as const }) },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    select: { id: true, date: true, status: true, finalisedAt: true, _count: { select: { points: true } } },
  });
  return {
    agency: { id: agency.id, name: agency.name, shortName: agency.shortName, ministryName: agency.parent?.name ?? "" },
    canWrite: writer,
    hasDraft: meetings.some((m) => m.status === "DRAFT"),
    meetings: meetings.map((m) => ({ id: m.id, date: m.date, status: m.status as MeetingStatus, finalisedAt: m.finalisedAt, points: m._count.points })),
  };
}

/**
 * The agencies whose meetings the actor reads, each with its latest finalised meeting and (for the
 * ministry's advisers) whether a draft is waiting: the entry to the records (/moter).
 */
export async function listMeetingOverview(actor: Actor) {
  const agencies = await prisma.organisation.findMany({
    where: agencyWhere(actor, "meeting.read"),
    orderBy: { name: "asc" },
    select: { id: true, name: true, parentId: true },
  });
  const meetings = await prisma.governanceMeeting.findMany({
    where: { agencyId: { in: agencies.map((a) => a.id) } },
    orderBy: { date: "desc" },
    select: { agencyId: true, date: true, status: true },
  });
  return agencies.map((a) => {
    const own = meetings.filter((m) => m.agencyId === a.id);
    const writer = canWrite(actor, a);
    return {
      id: a.id,
      name: a.name,
      finalised: own.filter((m) => m.status === "FINAL").length,
      latestDate: own.find((m) => m.status === "FINAL")?.date ?? null,
      hasDraft: writer && own.some((m) => m.status === "DRAFT"),
    };
  });
}

/** Every point the agency's meetings agreed, with the statuses later meetings gave it. */
async function pointHistories(db: Tx | typeof prisma, agencyId: string) {
  const points = await db.meetingPoint.findMany({
    where: { meeting: { agencyId } },
    orderBy: [{ meeting: { date: "asc" } }, { position: "asc" }],
    select: {
      id: true, meetingId: true, what: true, responsible: true, side: true, dueOn: true, status: true,
      meeting: { select: { date: true, status: true } },
      updates: { select: { meetingId: true, status: true, comment: true, meeting: { select: { date: true, status: true } } } },
    },
  });
  return points.map((p) => ({
    id: p.id,
    meetingId: p.meetingId,
    meetingDate: p.meeting.date,
    meetingFinal: p.meeting.status === "FINAL",
    what: p.what,
    responsible: p.responsible,
    side: p.side as MeetingSide,
    dueOn: p.dueOn,
    status: p.status as MeetingPointStatus,
    updates: p.updates.map((u) => ({ meetingId: u.meetingId, meetingDate: u.meeting.date, meetingFinal: u.meeting.status === "FINAL", status: u.status as MeetingPointStatus, comment: u.comment })),
  })) satisfies PointHistory[];
}

/** The ministry's latest published sector plan with the measure for the first governance meeting, if any. */
async function firstMeasureOf(db: Tx | typeof prisma, ministryId: string) {
  const plan = await db.sectorPlan.findFirst({
    where: { ministryId, versions: { some: {} } },
    orderBy: { year: "desc" },
    select: { id: true, versions: { select: { number: true, content: true }, orderBy: { number: "desc" }, take: 1 } },
  });
  const latest = plan?.versions[0];
  if (!plan || !latest) return null;
  const measure = firstMeetingMeasure(readSectorPlanContent(latest.content));
  return measure ? { sectorPlanId: plan.id, planVersion: latest.number, ...measure } : null;
}

const meetingSelect = {
  id: true, agencyId: true, ministryId: true, date: true, status: true, version: true, basis: true, basisAt: true, markFirstMeasure: true,
  createdAt: true, finalisedAt: true, finalisedById: true,
  participants: { select: { name: true, title: true, side: true }, orderBy: { position: "asc" } },
  points: { select: { id: true, what: true, responsible: true, side: true, dueOn: true, status: true }, orderBy: { position: "asc" } },
  pointUpdates: { select: { pointId: true, status: true, comment: true } },
} as const satisfies Prisma.GovernanceMeetingSelect;

/**
 * One meeting's record: the agency's people and the audit office read it once finalised, the
 * ministry's advisers also as a draft. The follow-up of earlier points is, for a finalised record,
 * what it recorded; for a draft, every point still open (with what the draft gives it so far).
 */
export async function getMeeting(actor: Actor, meetingId: string) {
  const found = await prisma.governanceMeeting.findFirst({ where: { id: meetingId, agency: agencyWhere(actor, "meeting.read") }, select: { agencyId: true } });
  if (!found) throw notFound();
  const agency = await readableAgency(actor, found.agencyId);
  const writer = canWrite(actor, agency);
  const m = await prisma.governanceMeeting.findFirst({ where: { id: meetingId, ...(writer ? {} : { status: "FINAL" as const }) }, select: meetingSelect });
  if (!m) throw notFound();
  const status = m.status as MeetingStatus;
  const histories = await pointHistories(prisma, agency.id);
  const finalMeetings = await prisma.governanceMeeting.findMany({ where: { agencyId: agency.id, status: "FINAL" }, select: { id: true, date: true } });
  const finalIds = new Set(finalMeetings.map((f) => f.id));
  const given = new Map(m.pointUpdates.map((u) => [u.pointId, u]));
  const followed = status === "FINAL" ? histories.filter((p) => given.has(p.id)) : pointsToFollowUp(histories, finalIds, m.id);
  const followUps = followed.map((p) => ({
    pointId: p.id,
    what: p.what,
    responsible: p.responsible,
    side: p.side,
    dueOn: p.dueOn,
    agreedOn: p.meetingDate,
    statusBefore: currentPointStatus(p, m.id),
    status: given.get(p.id)?.status ?? currentPointStatus(p, m.id),
    comment: given.get(p.id)?.comment ?? "",
  }));
  const later = await prisma.governanceMeeting.count({ where: { agencyId: agency.id, id: { not: m.id }, createdAt: { gt: m.createdAt } } });
  // The option while the adviser writes; afterwards, what the record marked.
  const firstMeasure = (writer && status === "DRAFT") || m.markFirstMeasure ? await firstMeasureOf(prisma, m.ministryId) : null;
  const latestFinal = finalMeetings.filter((f) => f.id !== m.id).sort((a, b) => b.date.getTime() - a.date.getTime())[0];
  return {
    id: m.id,
    agency: { id: agency.id, name: agency.name, shortName: agency.shortName, ministryName: agency.parent?.name ?? "" },
    ministryId: m.ministryId,
    date: m.date,
    status,
    version: m.version,
    basis: readMeetingBasis(m.basis),
    basisAt: m.basisAt,
    markFirstMeasure: m.markFirstMeasure,
    finalisedAt: m.finalisedAt,
    participants: m.participants.map((p) => ({ ...p, side: p.side as MeetingSide })),
    points: m.points.map((p) => ({ ...p, side: p.side as MeetingSide, status: p.status as MeetingPointStatus })),
    followUps,
    firstMeasure: firstMeasure ? { id: firstMeasure.id, text: firstMeasure.text } : null,
    previousDate: latestFinal?.date ?? null,
    canWrite: writer,
    canReopen: writer && status === "FINAL" && later === 0,
  };
}

export type MeetingRecord = Awaited<ReturnType<typeof getMeeting>>;

/** The minutes' data (PDF and DOCX): the record, with the ministry's letterhead and footer. */
export async function meetingMinutesData(actor: Actor, meetingId: string) {
  const record = await getMeeting(actor, meetingId);
  const ministry = await prisma.organisation.findUniqueOrThrow({
    where: { id: record.ministryId },
    select: { name: true, letterhead: true, postalAddress: true, orgNumber: true, officeAddress: true, email: true, website: true, phone: true },
  });
  return { record, ministry: ministryDocumentFields(ministry) };
}

export type MeetingMinutesData = Awaited<ReturnType<typeof meetingMinutesData>>;

/** The brief as the record keeps it: a summary of what it showed, frozen. */
function basisOf(brief: MeetingBrief): MeetingBasis {
  return {
    agencyName: brief.agency.name,
    ministryName: brief.agency.ministryName,
    plan: brief.plan
      ? { roundTitle: brief.plan.roundTitle, status: brief.plan.status, latestVersion: brief.plan.latestVersion, deadline: brief.plan.deadline.toISOString().slice(0, 10) }
      : null,
    openComments: brief.openComments.length,
    figures: brief.figures,
    followUp: brief.followUp
      ? { title: brief.followUp.plan.content.title, versionNumber: brief.followUp.plan.versionNumber, done: brief.followUp.share.done, mandatory: brief.followUp.share.mandatory }
      : null,
  };
}

/** The agency, when the actor may write its records (else "not found" or "forbidden"). */
async function writableAgency(db: Tx | typeof prisma, actor: Actor, agencyId: string) {
  const agency = await db.organisation.findFirst({ where: { AND: [{ id: agencyId }, agencyWhere(actor, "meeting.write")] }, select: { id: true, parentId: true } });
  if (!agency?.parentId) throw notFound();
  return { id: agency.id, ministryId: agency.parentId };
}

const lockAgency = (tx: Tx, agencyId: string) => tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`meeting:${agencyId}`}))`;

async function latestFinalDate(tx: Tx, agencyId: string, except?: string): Promise<Date | null> {
  const last = await tx.governanceMeeting.findFirst({
    where: { agencyId, status: "FINAL", ...(except ? { id: { not: except } } : {}) },
    orderBy: { date: "desc" },
    select: { date: true },
  });
  return last?.date ?? null;
}

/** A new draft record for the agency, with the brief as it stands now as its basis. One draft per agency at a time. */
export async function createMeeting(actor: Actor, input: NewMeetingInput) {
  const agency = await writableAgency(prisma, actor, input.agencyId);
  const brief = await getMeetingBrief(actor, agency.id);
  const date = calendarDate(input.date);
  return prisma.$transaction(async (tx) => {
    await lockAgency(tx, agency.id);
    if (await tx.governanceMeeting.findFirst({ where: { agencyId: agency.id, status: "DRAFT" }, select: { id: true } })) throw conflict(localized(meetingTexts).errors.draftExists);
    const previous = await latestFinalDate(tx, agency.id);
    if (!dateAllowed(date, previous)) throw invalid({ date: [localized(meetingTexts).errors.dateBeforePrevious(previous!)] });
    const basis = basisOf(brief);
    const created = await tx.governanceMeeting.create({
      data: { agencyId: agency.id, ministryId: agency.ministryId, date, basis: basis as unknown as Prisma.InputJsonValue, basisAt: new Date(), createdById: actor.userId },
      select: { id: true, version: true },
    });
    await recordAudit(tx, actor, { entity: "GovernanceMeeting", entityId: created.id, action: "create", after: { date: input.date }, subjectOrganisationId: agency.id });
    return created;
  });
}

/** The draft for a write: locked, in the actor's reach, at the version the writer saw and still a draft. */
async function draftForWrite(tx: Tx, actor: Actor, meetingId: string, version: number) {
  const found = await tx.governanceMeeting.findFirst({ where: { id: meetingId, agency: agencyWhere(actor, "meeting.write") }, select: { agencyId: true } });
  if (!found) throw notFound();
  await lockAgency(tx, found.agencyId);
  const m = await tx.governanceMeeting.findUniqueOrThrow({ where: { id: meetingId }, select: { id: true, agencyId: true, ministryId: true, status: true, version: true, date: true, markFirstMeasure: true } });
  if (m.version !== version) throw conflict(localized(meetingTexts).errors.stale, { version: m.version });
  if (m.status !== "DRAFT") throw conflict(localized(meetingTexts).errors.frozen);
  return m;
}

/** The open points the draft follows up, by id (what a save or finalisation may give a status). */
async function openPoints(tx: Tx, agencyId: string, meetingId: string) {
  const histories = await pointHistories(tx, agencyId);
  const finals = await tx.governanceMeeting.findMany({ where: { agencyId, status: "FINAL" }, select: { id: true } });
  return pointsToFollowUp(histories, new Set(finals.map((f) => f.id)), meetingId);
}

/** Saves the draft: date, participants, points, the statuses of earlier open points, the first measure's mark. */
export async function saveMeeting(actor: Actor, input: MeetingInput) {
  return prisma.$transaction(async (tx) => {
    const m = await draftForWrite(tx, actor, input.meetingId, input.version);
    const date = calendarDate(input.date);
    const previous = await latestFinalDate(tx, m.agencyId, m.id);
    if (!dateAllowed(date, previous)) throw invalid({ date: [localized(meetingTexts).errors.dateBeforePrevious(previous!)] });
    const open = new Set((await openPoints(tx, m.agencyId, m.id)).map((p) => p.id));
    const unknown = input.followUps.findIndex((u) => !open.has(u.pointId));
    if (unknown >= 0) throw invalid({ [`followUps.${unknown}.status`]: [localized(meetingTexts).errors.unknownPoint] });
    if (input.markFirstMeasure && !(await firstMeasureOf(tx, m.ministryId))) throw invalid({ markFirstMeasure: [localized(meetingTexts).errors.noFirstMeasure] });
    const { count } = await tx.governanceMeeting.updateMany({
      where: { id: m.id, version: input.version, status: "DRAFT" },
      data: { date, markFirstMeasure: input.markFirstMeasure, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict(localized(meetingTexts).errors.stale);
    await tx.meetingParticipant.deleteMany({ where: { meetingId: m.id } });
    await tx.meetingParticipant.createMany({ data: input.participants.map((p, position) => ({ meetingId: m.id, position, name: p.name, title: p.title, side: p.side })) });
    await tx.meetingPoint.deleteMany({ where: { meetingId: m.id } });
    await tx.meetingPoint.createMany({
      data: input.points.map((p, position) => ({ meetingId: m.id, position, what: p.what, responsible: p.responsible, side: p.side, dueOn: p.dueOn ? calendarDate(p.dueOn) : null })),
    });
    await tx.meetingPointUpdate.deleteMany({ where: { meetingId: m.id } });
    await tx.meetingPointUpdate.createMany({ data: input.followUps.map((u) => ({ meetingId: m.id, pointId: u.pointId, status: u.status, comment: u.comment })) });
    await recordAudit(tx, actor, {
      entity: "GovernanceMeeting", entityId: m.id, action: "save", subjectOrganisationId: m.agencyId, changesViews: false,
      after: { date: input.date, participants: input.participants.length, points: input.points.length, followUps: input.followUps.length, markFirstMeasure: input.markFirstMeasure },
    });
    return { version: input.version + 1 };
  });
}

/**
 * Finalises the record ("Fastsett referat"): frozen from now on, read by the agency. An open point
 * the draft gave no status keeps the status it had (recorded as such); with the first measure
 * marked, the agency's follow-up of it is set to done in the same transaction.
 */
export async function finaliseMeeting(actor: Actor, input: MeetingVersionInput) {
  return prisma.$transaction(async (tx) => {
    const m = await draftForWrite(tx, actor, input.meetingId, input.version);
    if ((await tx.meetingParticipant.count({ where: { meetingId: m.id } })) === 0) throw invalid({ participants: [localized(meetingTexts).errors.noParticipants] }, localized(meetingTexts).errors.noParticipants);
    const previous = await latestFinalDate(tx, m.agencyId, m.id);
    if (!dateAllowed(m.date, previous)) throw invalid({ date: [localized(meetingTexts).errors.dateBeforePrevious(previous!)] });
    const given = new Set((await tx.meetingPointUpdate.findMany({ where: { meetingId: m.id }, select: { pointId: true } })).map((u) => u.pointId));
    const missing = (await openPoints(tx, m.agencyId, m.id)).filter((p) => !given.has(p.id));
    await tx.meetingPointUpdate.createMany({ data: missing.map((p) => ({ meetingId: m.id, pointId: p.id, status: currentPointStatus(p, m.id), comment: "" })) });
    const now = new Date();
    const { count } = await tx.governanceMeeting.updateMany({
      where: { id: m.id, version: input.version, status: "DRAFT" },
      data: { status: "FINAL", finalisedAt: now, finalisedById: actor.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict(localized(meetingTexts).errors.stale);
    let measureMarked: string | null = null;
    if (m.markFirstMeasure) {
      const measure = await firstMeasureOf(tx, m.ministryId);
      if (!measure) throw invalid({ markFirstMeasure: [localized(meetingTexts).errors.noFirstMeasure] }, localized(meetingTexts).errors.noFirstMeasure);
      // The same lock as the agency's own report on the measure (lib/data/follow-ups.ts).
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`followup:${measure.sectorPlanId}:${m.agencyId}:${measure.id}`}))`;
      await writeFollowUp(tx, actor, {
        sectorPlanId: measure.sectorPlanId, planVersion: measure.planVersion, agencyId: m.agencyId, measureId: measure.id,
        status: "DONE", reason: "", comment: meetingText.firstMeasureComment(m.date), expectedVersion: null,
      });
      measureMarked = measure.id;
    }
    await recordAudit(tx, actor, {
      entity: "GovernanceMeeting", entityId: m.id, action: "finalise", subjectOrganisationId: m.agencyId,
      after: { date: m.date.toISOString().slice(0, 10), followUpsCarried: missing.length, measureMarked },
    });
    return { version: input.version + 1 };
  });
}

/**
 * Reopens a finalised record as a draft, with an audit event. Only the agency's latest record: a
 * later one builds on its points. A measure marked done when it was finalised stays done (the
 * follow-up keeps its own history).
 */
export async function reopenMeeting(actor: Actor, input: MeetingVersionInput) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.governanceMeeting.findFirst({ where: { id: input.meetingId, agency: agencyWhere(actor, "meeting.write") }, select: { agencyId: true } });
    if (!found) throw notFound();
    await lockAgency(tx, found.agencyId);
    const m = await tx.governanceMeeting.findUniqueOrThrow({ where: { id: input.meetingId }, select: { id: true, agencyId: true, status: true, version: true, createdAt: true, finalisedAt: true } });
    if (m.version !== input.version) throw conflict(localized(meetingTexts).errors.stale, { version: m.version });
    if (m.status !== "FINAL") throw conflict(localized(meetingTexts).errors.notFinal);
    if (await tx.governanceMeeting.count({ where: { agencyId: m.agencyId, id: { not: m.id }, createdAt: { gt: m.createdAt } } })) throw conflict(localized(meetingTexts).errors.laterMeetingExists);
    const { count } = await tx.governanceMeeting.updateMany({
      where: { id: m.id, version: input.version, status: "FINAL" },
      data: { status: "DRAFT", finalisedAt: null, finalisedById: null, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict(localized(meetingTexts).errors.stale);
    await recordAudit(tx, actor, { entity: "GovernanceMeeting", entityId: m.id, action: "reopen", subjectOrganisationId: m.agencyId, before: { finalisedAt: m.finalisedAt } });
    return { version: input.version + 1 };
  });
}
