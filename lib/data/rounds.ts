import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { agencyWhere, authorize, can, managedSector, sectorsFor, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { invalid, notFound } from "@/lib/data/errors";
import type { RoundInput } from "@/lib/domain/schemas";
import { isOverdue, type PlanStatus } from "@/lib/domain/plan";
import { fillTemplate, titleFromTemplate } from "@/lib/domain/letter";
import { daysUntil } from "@/lib/domain/format";
import { nb } from "@/lib/i18n/nb";

export interface RoundListItem {
  id: string;
  title: string;
  year: number;
  deadline: Date;
  letterCount: number;
  submittedCount: number;
  sentAt: Date | null;
}

export async function listRounds(actor: Actor): Promise<RoundListItem[]> {
  authorize(actor, "round.read");
  const rounds = await prisma.addendumRound.findMany({
    // A round not yet sent is the ministry's own draft.
    where: { ministryId: { in: sectorsFor(actor, "round.read") }, ...(can(actor, "round.write") ? {} : { sentAt: { not: null } }) },
    orderBy: [{ deadline: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      year: true,
      deadline: true,
      sentAt: true,
      // Only the agencies the reader reaches (an agency moved to another ministry goes with its letter and plan).
      _count: { select: { letters: { where: { agency: agencyWhere(actor, "round.read") } }, plans: { where: { status: { in: ["SUBMITTED", "APPROVED"] }, agency: agencyWhere(actor, "round.read") } } } },
    },
  });
  return rounds.map((r) => ({
    id: r.id,
    title: r.title,
    year: r.year,
    deadline: r.deadline,
    letterCount: r._count.letters,
    submittedCount: r._count.plans,
    sentAt: r.sentAt,
  }));
}

export interface RoundOverviewRow {
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  letterId: string;
  letterNumber: string;
  letterTitle: string;
  ourRef: string;
  letterStatus: "DRAFT" | "SENT" | "READ";
  sentAt: Date | null;
  readAt: Date | null;
  isCorrection: boolean;
  planId: string | null;
  planStatus: PlanStatus;
  planSubmittedAt: Date | null;
  overdue: boolean;
  daysToDeadline: number;
}

/** A round with a row per letter (a correction is a letter of its own), for the round page. */
export async function getRoundOverview(actor: Actor, roundId: string, today: Date) {
  authorize(actor, "round.read");
  const ministry = can(actor, "round.write");
  const round = await prisma.addendumRound.findFirst({
    where: { id: roundId, ministryId: { in: sectorsFor(actor, "round.read") }, ...(ministry ? {} : { sentAt: { not: null } }) },
    select: {
      id: true,
      title: true,
      year: true,
      deadline: true,
      reminderDays: true,
      requiresLeaderApproval: true,
      sentAt: true,
      titleTemplate: true,
      letters: {
        where: { agency: agencyWhere(actor, "round.read"), ...(ministry ? {} : { status: { in: ["SENT", "READ"] } }) },
        select: {
          id: true,
          number: true,
          title: true,
          ourRef: true,
          status: true,
          sentAt: true,
          readAt: true,
          deadline: true,
          correctsId: true,
          agency: { select: { id: true, name: true, shortName: true } },
        },
      },
      plans: { where: { agency: agencyWhere(actor, "round.read") }, select: { id: true, agencyId: true, status: true, submittedAt: true } },
    },
  });
  if (!round) throw notFound();
  const plans = new Map(round.plans.map((p) => [p.agencyId, p]));
  const rows: RoundOverviewRow[] = round.letters
    .map((l) => {
      const plan = plans.get(l.agency.id);
      const planStatus = plan?.status ?? "NOT_STARTED";
      return {
        agencyId: l.agency.id,
        agencyName: l.agency.name,
        agencyShortName: l.agency.shortName,
        letterId: l.id,
        letterNumber: l.number,
        letterTitle: l.title ?? titleFromTemplate(round.titleTemplate, l.number, l.deadline.getUTCFullYear(), l.agency.shortName),
        ourRef: l.ourRef,
        letterStatus: l.status,
        sentAt: l.sentAt,
        readAt: l.readAt,
        isCorrection: l.correctsId !== null,
        planId: plan?.id ?? null,
        planStatus,
        planSubmittedAt: plan?.submittedAt ?? null,
        overdue: l.status !== "DRAFT" && isOverdue(planStatus, l.deadline, today),
        daysToDeadline: daysUntil(l.deadline, today),
      };
    })
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, "nb") || a.ourRef.localeCompare(b.ourRef, "nb"));
  const count = (pred: (r: RoundOverviewRow) => boolean) => rows.filter(pred).length;
  return {
    id: round.id,
    title: round.title,
    year: round.year,
    deadline: round.deadline,
    reminderDays: round.reminderDays,
    requiresLeaderApproval: round.requiresLeaderApproval,
    sentAt: round.sentAt,
    rows,
    counts: {
      letters: rows.length,
      draft: count((r) => r.letterStatus === "DRAFT"),
      unread: count((r) => r.letterStatus === "SENT"),
      read: count((r) => r.letterStatus === "READ"),
      overdue: count((r) => r.overdue),
      submitted: count((r) => r.planStatus === "SUBMITTED" || r.planStatus === "APPROVED"),
    },
  };
}

/**
 * Creates a draft round with one draft letter per chosen agency, in one transaction. Letters get
 * `Vår ref` <case number>-1, -2, … in the order of the agencies' names; the shared fields are
 * copied into each letter, where they can be changed for that letter before sending.
 */
export async function createRound(
  actor: Actor,
  input: Omit<RoundInput, "requiresLeaderApproval"> & { requiresLeaderApproval?: boolean },
): Promise<{ id: string }> {
  const ministryId = managedSector(actor, "round.write");
  const agencies = await prisma.organisation.findMany({
    where: { id: { in: input.agencyIds }, kind: "AGENCY", parentId: ministryId },
    select: { id: true, name: true, shortName: true },
    orderBy: { name: "asc" },
  });
  if (agencies.length !== new Set(input.agencyIds).size) {
    // An id outside the ministry's own sector: a forged form.
    throw invalid({ agencyIds: [nb.errors.notAllowed] });
  }
  const taken = await prisma.letter.count({
    where: { ministryId, ourRef: { startsWith: `${input.caseNumber}-` } },
  });
  if (taken > 0) throw invalid({ caseNumber: [nb.errors.caseNumberTaken] });

  try {
    return await prisma.$transaction(async (tx) => {
      const round = await tx.addendumRound.create({
        data: {
          ministryId,
          title: input.title,
          year: input.date.getUTCFullYear(),
          deadline: input.deadline,
          reminderDays: input.reminderDays,
          requiresLeaderApproval: input.requiresLeaderApproval ?? false,
          body: input.body,
          titleTemplate: `{nummer} til tildelingsbrev {år} til {virksomhet} – ${input.title}`,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await tx.letter.createMany({
        data: agencies.map((agency, i) => ({
          roundId: round.id,
          ministryId,
          agencyId: agency.id,
          ourRef: `${input.caseNumber}-${i + 1}`,
          date: input.date,
          deadline: input.deadline,
          body: fillTemplate(input.body, agency.shortName),
          department: input.department,
          caseworkerName: input.caseworkerName,
          caseworkerPhone: input.caseworkerPhone,
          signatories: input.signatories,
          copyTo: input.copyTo,
        })),
      });
      await recordAudit(tx, actor, {
        entity: "AddendumRound",
        entityId: round.id,
        action: "create",
        after: { title: input.title, deadline: input.deadline, reminderDays: input.reminderDays, requiresLeaderApproval: input.requiresLeaderApproval ?? false, agencies: agencies.map((a) => a.shortName) },
      });
      return round;
    });
  } catch (error) {
    // Two rounds created at once with the same case number: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw invalid({ caseNumber: [nb.errors.caseNumberTaken] });
    }
    throw error;
  }
}
