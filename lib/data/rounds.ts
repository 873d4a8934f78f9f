import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { agencyWhere, authorize, can, managedSector, sectorsFor, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { invalid, notFound } from "@/lib/data/errors";
import type { RoundInput } from "@/lib/domain/schemas";
import { isOverdue, type PlanStatus } from "@/lib/domain/plan";
import { fillTemplate, titleFromTemplate } from "@/lib/domain/letter";
import { daysUntil, formatShortDate } from "@/lib/domain/format";
import { addYears, caseNumberOf, commonSender, nextCaseNumber, senderKey, shiftText, type Sender } from "@/lib/domain/round-continuation";
import { common } from "@/lib/i18n/common";

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
      asksForRevision: true,
      previousRound: { select: { id: true, title: true, year: true, sentAt: true } },
      nextRounds: { select: { id: true, title: true, year: true, sentAt: true }, orderBy: { createdAt: "asc" } },
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
    asksForRevision: round.asksForRevision,
    // The rounds before and after this one, as far as the reader may open them (a draft is the ministry's).
    previousRound: round.previousRound && (ministry || round.previousRound.sentAt) ? round.previousRound : null,
    nextRounds: round.nextRounds.filter((r) => ministry || r.sentAt),
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

/** The round form's values, as `/runder/ny` prefills them. */
export interface RoundFormDefaults {
  title: string;
  date: string;
  deadline: string;
  body: string;
  department: string;
  caseworkerName: string;
  caseworkerPhone: string;
  signatories: { name: string; title: string; byAuthority: boolean }[];
  copyTo: string;
  reminderDays: string;
  caseNumber: string;
  asksForRevision: boolean;
  requiresLeaderApproval: boolean;
}

const SENDER_SELECT = { department: true, caseworkerName: true, caseworkerPhone: true, signatories: true } as const;

/**
 * Next year's round from an earlier one of the actor's ministry, for the adviser to edit before
 * anything is created: the agencies that got a letter (minus those no longer in the sector), the
 * text and title, the reminder days, whether the leader signs off, the letters' most common sender and copy list, every date a
 * year on, and a suggested case number with the new year's prefix that no letter uses yet.
 */
export async function getRoundTemplate(actor: Actor, roundId: string) {
  const ministryId = managedSector(actor, "round.write");
  const round = await prisma.addendumRound.findFirst({
    where: { id: roundId, ministryId },
    select: {
      id: true,
      title: true,
      year: true,
      deadline: true,
      body: true,
      reminderDays: true,
      requiresLeaderApproval: true,
      letters: {
        // The letter each agency got (a sent correction replaces the one it corrects).
        where: { status: { not: "DRAFT" }, corrections: { none: { status: { not: "DRAFT" } } } },
        select: { ourRef: true, date: true, copyTo: true, ...SENDER_SELECT, agency: { select: { id: true, name: true, parentId: true, kind: true } } },
        orderBy: { ourRef: "asc" },
      },
    },
  });
  if (!round) throw notFound();
  const letters = round.letters;
  const sender = commonSender(letters);
  const inSector = letters.filter((l) => l.agency.kind === "AGENCY" && l.agency.parentId === ministryId);
  const dropped = [...new Map(letters.filter((l) => !inSector.includes(l)).map((l) => [l.agency.id, l.agency.name])).values()];
  const firstDate = letters.map((l) => l.date).sort((a, b) => a.getTime() - b.getTime())[0] ?? round.deadline;
  const date = addYears(firstDate, 1);
  const deadline = addYears(round.deadline, 1);
  const previousCase = commonCaseNumber(letters.map((l) => l.ourRef));
  const prefix = String(date.getUTCFullYear() % 100).padStart(2, "0");
  const used = await prisma.letter.findMany({ where: { ministryId, ourRef: { startsWith: `${prefix}/` } }, select: { ourRef: true } });
  const usedCases = new Set(used.map((l) => caseNumberOf(l.ourRef)));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const defaults: RoundFormDefaults = {
    title: round.title,
    date: iso(date),
    deadline: iso(deadline),
    body: shiftText(round.body, { year: round.year, oldDeadline: formatShortDate(round.deadline), newDeadline: formatShortDate(deadline) }),
    department: sender?.department ?? "",
    caseworkerName: sender?.caseworkerName ?? actor.name,
    caseworkerPhone: sender?.caseworkerPhone ?? "",
    signatories: (sender?.signatories as RoundFormDefaults["signatories"] | undefined) ?? [],
    copyTo: (sender?.copyTo ?? []).join("\n"),
    reminderDays: round.reminderDays.join(", "),
    caseNumber: nextCaseNumber(previousCase, date.getUTCFullYear(), (c) => usedCases.has(c)),
    asksForRevision: true,
    requiresLeaderApproval: round.requiresLeaderApproval,
  };
  const ownSender = new Set(inSector.filter((l) => sender && senderKey(l) !== senderKey(sender)).map((l) => l.agency.name));
  return {
    previousRound: { id: round.id, title: round.title, year: round.year },
    defaults,
    agencyIds: [...new Set(inSector.map((l) => l.agency.id))],
    /** Agencies that got a letter but are no longer in the ministry's sector. */
    dropped,
    /** Agencies whose letter had another sender than the form's: their new letter keeps it. */
    ownSender: [...ownSender].sort((a, b) => a.localeCompare(b, "nb")),
  };
}

/** The case number most of the letters' references share. */
function commonCaseNumber(refs: string[]): string | null {
  const counts = new Map<string, number>();
  for (const ref of refs) {
    const c = caseNumberOf(ref);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Creates a draft round with one draft letter per chosen agency, in one transaction. Letters get
 * `Vår ref` <case number>-1, -2, … in the order of the agencies' names; the shared fields are
 * copied into each letter, where they can be changed for that letter before sending.
 */
export async function createRound(
  actor: Actor,
  input: Omit<RoundInput, "previousRoundId" | "asksForRevision" | "requiresLeaderApproval"> &
    Partial<Pick<RoundInput, "previousRoundId" | "asksForRevision" | "requiresLeaderApproval">>,
): Promise<{ id: string }> {
  const ministryId = managedSector(actor, "round.write");
  const agencies = await prisma.organisation.findMany({
    where: { id: { in: input.agencyIds }, kind: "AGENCY", parentId: ministryId },
    select: { id: true, name: true, shortName: true },
    orderBy: { name: "asc" },
  });
  if (agencies.length !== new Set(input.agencyIds).size) {
    // An id outside the ministry's own sector: a forged form.
    throw invalid({ agencyIds: [common().errors.notAllowed] });
  }
  const taken = await prisma.letter.count({
    where: { ministryId, ourRef: { startsWith: `${input.caseNumber}-` } },
  });
  if (taken > 0) throw invalid({ caseNumber: [common().errors.caseNumberTaken] });
  // Continued from an earlier round of the same ministry: each agency whose letter had another
  // sender than the form's (the most common one) keeps its own.
  const previous = input.previousRoundId
    ? await prisma.addendumRound.findFirst({
        where: { id: input.previousRoundId, ministryId },
        select: {
          id: true,
          title: true,
          titleTemplate: true,
          letters: { where: { status: { not: "DRAFT" }, corrections: { none: { status: { not: "DRAFT" } } } }, select: { agencyId: true, ...SENDER_SELECT }, orderBy: { ourRef: "asc" } },
        },
      })
    : null;
  if (input.previousRoundId && !previous) throw invalid({ previousRoundId: [common().errors.notAllowed] });
  const formSender: Sender = { department: input.department, caseworkerName: input.caseworkerName, caseworkerPhone: input.caseworkerPhone, signatories: input.signatories };
  const previousSender = commonSender(previous?.letters ?? []);
  const senderOf = new Map<string, Sender>();
  for (const l of previous?.letters ?? []) {
    if (previousSender && senderKey(l) !== senderKey(previousSender)) senderOf.set(l.agencyId, l);
  }

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
          // A continued round keeps the earlier round's title template, with the new title in it.
          titleTemplate:
            previous && previous.titleTemplate.includes(previous.title)
              ? previous.titleTemplate.split(previous.title).join(input.title)
              : `{nummer} til tildelingsbrev {år} til {virksomhet} – ${input.title}`,
          previousRoundId: previous?.id ?? null,
          asksForRevision: input.asksForRevision ?? false,
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
          ...pickSender(senderOf.get(agency.id) ?? formSender),
          copyTo: input.copyTo,
        })),
      });
      await recordAudit(tx, actor, {
        entity: "AddendumRound",
        entityId: round.id,
        action: "create",
        after: {
          title: input.title,
          deadline: input.deadline,
          reminderDays: input.reminderDays,
          requiresLeaderApproval: input.requiresLeaderApproval ?? false,
          agencies: agencies.map((a) => a.shortName),
          asksForRevision: input.asksForRevision ?? false,
          ...(previous ? { previousRoundId: previous.id } : {}),
        },
      });
      return round;
    });
  } catch (error) {
    // Two rounds created at once with the same case number: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw invalid({ caseNumber: [common().errors.caseNumberTaken] });
    }
    throw error;
  }
}

function pickSender(s: Sender) {
  return {
    department: s.department,
    caseworkerName: s.caseworkerName,
    caseworkerPhone: s.caseworkerPhone,
    signatories: s.signatories as Prisma.InputJsonValue,
  };
}
