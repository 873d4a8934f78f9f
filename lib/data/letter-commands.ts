import "server-only";
import { notifyLettersSent } from "@/lib/data/notification-events";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { managedSector, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, invalid, notFound } from "@/lib/data/errors";
import { nextOurRef, titleFromTemplate } from "@/lib/domain/letter";
import type { LetterInput } from "@/lib/domain/schemas";
import { common } from "@/lib/i18n/common";

type Tx = Prisma.TransactionClient;

/** Letters of the actor's own ministry only: advisers write letters for their own sector. */
function ministryOf(actor: Actor): string {
  return managedSector(actor, "round.write");
}

/** A draft letter's fields as its form has them (for the conflict of a stale save). */
function editableFields(l: Prisma.LetterGetPayload<object>) {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    number: l.number, title: l.title ?? "", yourRef: l.yourRef ?? "", ourRef: l.ourRef, date: iso(l.date), deadline: iso(l.deadline), body: l.body,
    department: l.department, caseworkerName: l.caseworkerName, caseworkerPhone: l.caseworkerPhone, signatories: l.signatories, copyTo: l.copyTo.join("\n"),
  };
}

async function lockRound(tx: Tx, roundId: string): Promise<void> {
  await tx.$executeRaw`select 1 from "AddendumRound" where id = ${roundId} for update`;
}

function ourRefTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Changes one draft letter. A sent letter is frozen. */
export async function updateLetter(actor: Actor, input: LetterInput): Promise<{ version: number }> {
  const ministryId = ministryOf(actor);
  const { letterId, version, ...fields } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const found = await tx.letter.findFirst({ where: { id: letterId, ministryId }, select: { roundId: true } });
      if (!found) throw notFound();
      // Edits and sending of a round's letters happen one after the other.
      await lockRound(tx, found.roundId);
      const before = await tx.letter.findFirstOrThrow({ where: { id: letterId, ministryId } });
      if (before.status !== "DRAFT") throw conflict(common().errors.letterFrozen);
      // Someone saved the letter since the user opened it: refused, with what they saved.
      if (before.version !== version) throw conflict(common().errors.letterStale, { version: before.version, values: editableFields(before) });
      const { count } = await tx.letter.updateMany({
        where: { id: letterId, ministryId, status: "DRAFT", version },
        data: { ...fields, signatories: fields.signatories, version: { increment: 1 } },
      });
      if (count !== 1) throw conflict(common().errors.letterStale);
      await recordAudit(tx, actor, { entity: "Letter", entityId: letterId, subjectOrganisationId: before.agencyId, action: "update", before, after: fields, changesViews: false });
      return { version: version + 1 };
    });
  } catch (error) {
    if (ourRefTaken(error)) throw invalid({ ourRef: [common().errors.ourRefTaken] });
    throw error;
  }
}

/**
 * Sends the draft letters given (all of a round's, or one correction), in one transaction: each
 * is checked, its title fixed from the round's template, and it is frozen; the agency's plan for
 * the round is created if it has none. Refused, with every problem named, if any letter is incomplete.
 */
async function sendLetters(tx: Tx, actor: Actor, where: Prisma.LetterWhereInput, roundId: string): Promise<number> {
  const round = await tx.addendumRound.findUniqueOrThrow({ where: { id: roundId }, select: { titleTemplate: true, asksForRevision: true, ministryId: true } });
  const drafts = await tx.letter.findMany({
    where: { ...where, status: "DRAFT" },
    select: { id: true, number: true, title: true, date: true, agencyId: true, agency: { select: { shortName: true, name: true } } },
    orderBy: { ourRef: "asc" },
  });
  if (drafts.length === 0) throw conflict(common().errors.nothingToSend);
  const missing = drafts.filter((l) => !l.number.trim()).map((l) => common().errors.missingNumber(l.agency.name));
  if (missing.length) throw invalid({ letters: missing }, common().errors.lettersIncomplete);
  const sentAt = new Date();
  for (const l of drafts) {
    const title = l.title ?? titleFromTemplate(round.titleTemplate, l.number, l.date.getUTCFullYear(), l.agency.shortName);
    await tx.letter.update({ where: { id: l.id }, data: { status: "SENT", sentAt, title } });
    await recordAudit(tx, actor, { entity: "Letter", entityId: l.id, subjectOrganisationId: l.agencyId, action: "send", after: { title, sentAt } });
  }
  await notifyLettersSent(tx, drafts.map((l) => l.id));
  const agencyIds = [...new Set(drafts.map((l) => l.agencyId))];
  const existing = await tx.actionPlan.findMany({ where: { roundId, agencyId: { in: agencyIds } }, select: { agencyId: true } });
  const have = new Set(existing.map((p) => p.agencyId));
  const newAgencies = agencyIds.filter((a) => !have.has(a));
  const bases = round.asksForRevision ? await approvedBases(tx, round.ministryId, roundId, newAgencies) : new Map<string, ApprovedBase>();
  for (const agencyId of newAgencies) {
    const base = bases.get(agencyId);
    // Asked for a revised plan: the draft starts as a copy of the latest approved version.
    const data = base
      ? { roundId, agencyId, status: "DRAFT" as const, content: base.content as Prisma.InputJsonValue, basedOnVersionId: base.id }
      : { roundId, agencyId };
    const plan = await tx.actionPlan.create({ data, select: { id: true } });
    await recordAudit(tx, actor, {
      entity: "ActionPlan",
      entityId: plan.id,
      subjectOrganisationId: agencyId,
      action: "create",
      after: { roundId, agencyId, ...(base ? { basedOnVersionId: base.id } : {}) },
    });
  }
  const { count } = await tx.addendumRound.updateMany({ where: { id: roundId, sentAt: null }, data: { sentAt } });
  if (count) await recordAudit(tx, actor, { entity: "AddendumRound", entityId: roundId, action: "send", after: { sentAt, letters: drafts.length } });
  return drafts.length;
}

interface ApprovedBase {
  id: string;
  content: Prisma.JsonValue;
}

/**
 * Each agency's latest approved plan version from an earlier round of the ministry: the newest
 * version the ministry approved (marked when approved, so a plan whose revision is under way still
 * counts with its approved version), the newest round first. Two queries whatever
 * the number of agencies; only the chosen versions' content is read.
 */
async function approvedBases(tx: Tx, ministryId: string, roundId: string, agencyIds: string[]): Promise<Map<string, ApprovedBase>> {
  if (agencyIds.length === 0) return new Map();
  const versions = await tx.planVersion.findMany({
    where: { approvedAt: { not: null }, plan: { agencyId: { in: agencyIds }, roundId: { not: roundId }, round: { ministryId } } },
    select: { id: true, number: true, submittedAt: true, plan: { select: { id: true, agencyId: true, round: { select: { deadline: true, createdAt: true } } } } },
  });
  type Found = (typeof versions)[number];
  const newer = (a: Found, b: Found) =>
    a.plan.round.deadline.getTime() - b.plan.round.deadline.getTime() || a.plan.round.createdAt.getTime() - b.plan.round.createdAt.getTime() || a.number - b.number;
  const chosen = new Map<string, Found>();
  for (const v of versions) {
    const best = chosen.get(v.plan.agencyId);
    if (!best || newer(v, best) > 0) chosen.set(v.plan.agencyId, v);
  }
  const contents = await tx.planVersion.findMany({ where: { id: { in: [...chosen.values()].map((v) => v.id) } }, select: { id: true, content: true } });
  const byId = new Map(contents.map((c) => [c.id, c]));
  return new Map([...chosen].map(([agencyId, v]) => [agencyId, byId.get(v.id)!]));
}

export async function sendRound(actor: Actor, roundId: string): Promise<number> {
  const ministryId = ministryOf(actor);
  return prisma.$transaction(async (tx) => {
    const round = await tx.addendumRound.findFirst({ where: { id: roundId, ministryId }, select: { id: true } });
    if (!round) throw notFound();
    // Lock the round's row so two advisers pressing "send" at once send each letter once.
    await lockRound(tx, roundId);
    return sendLetters(tx, actor, { roundId }, roundId);
  });
}

export async function sendLetter(actor: Actor, letterId: string): Promise<void> {
  const ministryId = ministryOf(actor);
  await prisma.$transaction(async (tx) => {
    const letter = await tx.letter.findFirst({ where: { id: letterId, ministryId }, select: { roundId: true } });
    if (!letter) throw notFound();
    await lockRound(tx, letter.roundId);
    await sendLetters(tx, actor, { id: letterId }, letter.roundId);
  });
}

/** A correction of a sent letter: a new draft in the same round, with the next document number. */
export async function createCorrection(actor: Actor, letterId: string): Promise<{ id: string }> {
  const ministryId = ministryOf(actor);
  return prisma.$transaction(async (tx) => {
    const original = await tx.letter.findFirst({ where: { id: letterId, ministryId } });
    if (!original) throw notFound();
    // Two corrections at once must not pick the same document number.
    await lockRound(tx, original.roundId);
    if (original.status === "DRAFT") throw conflict(common().errors.notAllowed);
    const prefix = original.ourRef.replace(/-\d+$/, "-");
    const refs = await tx.letter.findMany({ where: { ministryId, ourRef: { startsWith: prefix } }, select: { ourRef: true } });
    const { id, status, sentAt, readAt, correctsId, title, ...copy } = original;
    void status; void sentAt; void readAt; void correctsId;
    const created = await tx.letter.create({
      data: {
        ...copy,
        signatories: copy.signatories ?? [],
        title: title ? `Rettelse: ${title}` : null,
        ourRef: nextOurRef(original.ourRef, new Set(refs.map((r) => r.ourRef))),
        correctsId: id,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { entity: "Letter", entityId: created.id, subjectOrganisationId: original.agencyId, action: "correct", after: { corrects: id } });
    return created;
  });
}
