import "server-only";
import { prisma } from "@/lib/db";
import { agencyWhere, authorize, can, sectorsFor, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { notFound } from "@/lib/data/errors";
import type { LetterDocumentData } from "@/lib/documents/letter-data";
import { ministryDocumentFields } from "@/lib/documents/letter-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { titleFromTemplate, type Signatory } from "@/lib/domain/letter";

export const SENT = { in: ["SENT", "READ"] as ("SENT" | "READ")[] };

/** The agency's letters, newest first; drafts are the ministry's until sent. */
export async function listOwnLetters(actor: Actor) {
  authorize(actor, "letter.read");
  return prisma.letter.findMany({
    where: { agencyId: actor.organisationId, agency: agencyWhere(actor, "letter.read"), status: SENT },
    orderBy: [{ sentAt: "desc" }, { date: "desc" }],
    select: {
      id: true,
      title: true,
      ourRef: true,
      date: true,
      deadline: true,
      status: true,
      sentAt: true,
      readAt: true,
      round: { select: { plans: { where: { agencyId: actor.organisationId }, select: { id: true, status: true } } } },
    },
  });
}

/** A letter as the app shows and renders it (also for the archive package, lib/data/archive-export.ts). */
export const letterSelect = {
  id: true,
  number: true,
  title: true,
  yourRef: true,
  ourRef: true,
  date: true,
  deadline: true,
  body: true,
  status: true,
  sentAt: true,
  readAt: true,
  department: true,
  caseworkerName: true,
  caseworkerPhone: true,
  signatories: true,
  copyTo: true,
  correctsId: true,
  version: true,
  agency: { select: { id: true, name: true, shortName: true, postalAddress: true } },
  round: {
    select: {
      id: true,
      titleTemplate: true,
      ministry: {
        select: {
          name: true,
          letterhead: true,
          postalAddress: true,
          orgNumber: true,
          officeAddress: true,
          email: true,
          website: true,
          phone: true,
        },
      },
    },
  },
} as const satisfies Prisma.LetterSelect;

export type LetterRow = Prisma.LetterGetPayload<{ select: typeof letterSelect }>;

/**
 * Where a letter may be read: within the reach of letter.read (the agency its own letters, the
 * ministry and the auditor their sectors'); drafts only by those who write the sector's letters.
 */
export function readableLetters(actor: Actor): Prisma.LetterWhereInput {
  const agency = agencyWhere(actor, "letter.read");
  const sent: Prisma.LetterWhereInput = { agency, status: SENT };
  if (!can(actor, "round.write")) return sent;
  return { OR: [sent, { agency, status: "DRAFT", ministryId: { in: sectorsFor(actor, "round.write") } }] };
}

/** The letters this actor may read (sent ones only: the API's list), optionally of one round, newest first. */
export async function listLetters(actor: Actor, filter: { roundId?: string } = {}) {
  authorize(actor, "letter.read");
  const letters = await prisma.letter.findMany({
    where: { AND: [readableLetters(actor), { status: SENT }, filter.roundId ? { roundId: filter.roundId } : {}] },
    select: letterSelect,
    orderBy: [{ sentAt: "desc" }, { date: "desc" }, { ourRef: "asc" }],
  });
  return letters.map(withDocument);
}

/** A letter this actor may read. Opening it as the receiving agency marks it read. */
export async function getLetter(actor: Actor, letterId: string) {
  authorize(actor, "letter.read");
  const letter = await prisma.letter.findFirst({ where: { id: letterId, ...readableLetters(actor) }, select: letterSelect });
  if (!letter) throw notFound();
  if (actor.organisationKind === "AGENCY" && letter.agency.id === actor.organisationId && letter.status === "SENT") {
    const readAt = new Date();
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.letter.updateMany({
        where: { id: letter.id, agencyId: actor.organisationId, status: "SENT" },
        data: { status: "READ", readAt },
      });
      if (count) await recordAudit(tx, actor, { entity: "Letter", entityId: letter.id, action: "read", changesViews: false });
    });
    return withDocument({ ...letter, status: "READ" as const, readAt });
  }
  return withDocument(letter);
}

/** The letters of a round that this actor may read (for the archive download). */
export async function listRoundLetters(actor: Actor, roundId: string) {
  authorize(actor, "round.read");
  const round = await prisma.addendumRound.findFirst({ where: { id: roundId, ministryId: { in: sectorsFor(actor, "round.read") } }, select: { id: true } });
  if (!round) throw notFound();
  const letters = await prisma.letter.findMany({
    where: { roundId, round: { ministryId: { in: sectorsFor(actor, "round.read") } }, agency: agencyWhere(actor, "letter.read"), status: SENT },
    select: letterSelect,
    orderBy: [{ agency: { name: "asc" } }, { ourRef: "asc" }],
  });
  return letters.map(withDocument);
}

/** The letter with its effective title and the data its PDF and DOCX are rendered from. */
export function withDocument(letter: LetterRow) {
  return { ...letter, effectiveTitle: effectiveTitle(letter), document: toDocument(letter) };
}

function effectiveTitle(l: LetterRow): string {
  return l.title ?? titleFromTemplate(l.round.titleTemplate, l.number, l.date.getUTCFullYear(), l.agency.shortName);
}

const lines = (text: string | null | undefined) => (text ?? "").split("\n").map((s) => s.trim()).filter(Boolean);

function toDocument(l: LetterRow): LetterDocumentData {
  const m = l.round.ministry;
  return {
    ministry: ministryDocumentFields(m),
    recipient: { name: l.agency.name, postalAddress: lines(l.agency.postalAddress) },
    yourRef: l.yourRef,
    ourRef: l.ourRef,
    date: l.date,
    title: effectiveTitle(l),
    body: l.body,
    signatories: (l.signatories as unknown as Signatory[]) ?? [],
    department: l.department,
    caseworker: { name: l.caseworkerName, phone: l.caseworkerPhone },
    copyTo: l.copyTo,
  };
}

/** A safe file name: "Husbanken 20-56-69.pdf". */
export function letterFileName(letter: { agency: { shortName: string }; ourRef: string }, ext: "pdf" | "docx"): string {
  const base = `${letter.agency.shortName} ${letter.ourRef.replace(/\//g, "-")}`.replace(/[^\p{L}\p{N} ._-]/gu, "");
  return `${base}.${ext}`;
}
