import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { agencyWhere, authorize, can, sectorsFor, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, ExpectedError, invalid, notFound } from "@/lib/data/errors";
import { readableLetters } from "@/lib/data/letters";
import { checkAttachmentFile, safeFileName } from "@/lib/documents/attachment-file";
import { env, attachmentMaxBytes } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isEditable } from "@/lib/domain/plan";
import { common } from "@/lib/i18n/common";

// Attachments (PDF, DOCX) on plans and letters (issue 13, docs/decisions/022-attachments.md).
// A file is what its content says (lib/documents/attachment-file.ts), never what its name says.
// Who may read one is who may read its owner; a plan's attachments are the agency's own until the
// plan is submitted with them. Who adds one: the agency's HR on its own plan while it can be
// changed; the ministry's adviser on the sector's letters, drafts and sent ones (an attachment to a
// sent letter is recorded beside it, and the letter's text does not change).

type Tx = Prisma.TransactionClient;

export interface AttachmentInput {
  planId?: string;
  letterId?: string;
  fileName: string;
  bytes: Uint8Array;
  purpose?: "ATTACHMENT" | "ORIGINAL_IMPORT";
}

export interface AttachmentSummary {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  purpose: "ATTACHMENT" | "ORIGINAL_IMPORT";
  uploadedAt: Date;
  /** Whether this reader may delete it now. */
  canDelete: boolean;
}

/** The file's problem as the field error of the upload form ("file"), or nothing. */
export function fileProblem(bytes: Uint8Array): string | null {
  const check = checkAttachmentFile(bytes, attachmentMaxBytes);
  if (check.ok) return null;
  return check.reason === "tooLarge" ? common().attachments.tooLarge(env.ATTACHMENT_MAX_MB) : common().attachments[check.reason];
}

/** A plan the actor may add attachments to: its own agency's, while the plan can be changed. */
async function writablePlan(tx: Tx, actor: Actor, planId: string) {
  authorize(actor, "plan.write");
  const plan = await tx.actionPlan.findFirst({
    where: { id: planId, agency: agencyWhere(actor, "plan.write") },
    select: { id: true, status: true, agency: { select: { id: true, parentId: true } } },
  });
  if (!plan) throw notFound();
  if (!isEditable(plan.status)) throw conflict(common().attachments.planLocked);
  return { kind: "plan" as const, id: plan.id, status: plan.status as string, agencyId: plan.agency.id, sectorId: plan.agency.parentId };
}

/** A letter of the actor's own sector, draft or sent, that the actor writes letters for. */
async function writableLetter(tx: Tx, actor: Actor, letterId: string) {
  authorize(actor, "round.write");
  const letter = await tx.letter.findFirst({
    where: { id: letterId, ministryId: { in: sectorsFor(actor, "round.write") } },
    select: { id: true, status: true, agencyId: true, ministryId: true },
  });
  if (!letter) throw notFound();
  return { kind: "letter" as const, id: letter.id, status: letter.status as string, agencyId: letter.agencyId, sectorId: letter.ministryId as string | null };
}

/**
 * Checks and stores a file as an attachment of one plan or one letter, inside the caller's
 * transaction, with its audit event: the owner is checked to be the actor's to attach to, the file
 * by its content and size (a refused file is "invalid" with the reason under `file`), the name made
 * safe. For other code too: the letter import keeps the PDF it read with purpose ORIGINAL_IMPORT.
 */
export async function storeAttachment(tx: Tx, actor: Actor, input: AttachmentInput): Promise<AttachmentSummary> {
  if (!input.planId === !input.letterId) throw invalid({ file: [common().attachments.oneOwner] });
  const owner = input.planId ? await writablePlan(tx, actor, input.planId) : await writableLetter(tx, actor, input.letterId!);
  const check = checkAttachmentFile(input.bytes, attachmentMaxBytes);
  if (!check.ok) throw invalid({ file: [fileProblem(input.bytes)!] });
  const fileName = safeFileName(input.fileName, check.extension);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const purpose = input.purpose ?? "ATTACHMENT";
  const created = await tx.attachment.create({
    data: {
      planId: owner.kind === "plan" ? owner.id : null,
      letterId: owner.kind === "letter" ? owner.id : null,
      fileName,
      mediaType: check.mediaType,
      size: input.bytes.length,
      sha256,
      purpose,
      content: new Uint8Array(input.bytes),
      uploadedById: actor.userId,
      uploadedByOrganisationId: actor.organisationId,
    },
    select: { id: true, uploadedAt: true },
  });
  await recordAudit(tx, actor, {
    entity: "Attachment",
    entityId: created.id,
    action: "attach",
    subjectOrganisationId: owner.agencyId,
    sectorIds: owner.sectorId ? [owner.sectorId] : [],
    after: { [owner.kind === "plan" ? "planId" : "letterId"]: owner.id, fileName, mediaType: check.mediaType, size: input.bytes.length, sha256, purpose },
    changesViews: false,
  });
  return { id: created.id, fileName, mediaType: check.mediaType, size: input.bytes.length, purpose, uploadedAt: created.uploadedAt, canDelete: true };
}

/** HR adds a PDF or DOCX to its own agency's plan while the plan can be changed. */
export async function uploadPlanAttachment(actor: Actor, planId: string, file: { fileName: string; bytes: Uint8Array }) {
  authorize(actor, "plan.write");
  return prisma.$transaction((tx) => storeAttachment(tx, actor, { planId, ...file }));
}

/** The ministry's adviser adds a PDF or DOCX to a letter of its sector, draft or sent. */
export async function uploadLetterAttachment(actor: Actor, letterId: string, file: { fileName: string; bytes: Uint8Array }) {
  authorize(actor, "round.write");
  return prisma.$transaction((tx) => storeAttachment(tx, actor, { letterId, ...file }));
}

const summarySelect = { id: true, fileName: true, mediaType: true, size: true, purpose: true, uploadedAt: true, uploadedByOrganisationId: true } as const;

/**
 * Which of a plan's attachments this reader sees: the agency's own people all of them; everyone
 * else who may read the plan those that were there when it was last submitted (a draft's files are
 * the agency's own, as the draft is).
 */
async function readablePlanAttachments(actor: Actor, planId: string): Promise<Prisma.AttachmentWhereInput> {
  authorize(actor, "plan.read");
  const plan = await prisma.actionPlan.findFirst({
    where: { id: planId, agency: agencyWhere(actor, "plan.read") },
    select: { id: true, agencyId: true, versions: { select: { submittedAt: true }, orderBy: { number: "desc" }, take: 1 } },
  });
  if (!plan) throw notFound();
  if (actor.organisationKind === "AGENCY" && actor.organisationId === plan.agencyId) return { planId: plan.id };
  const submittedAt = plan.versions[0]?.submittedAt;
  return submittedAt ? { planId: plan.id, uploadedAt: { lte: submittedAt } } : { id: { in: [] } };
}

/** A plan's attachments this reader sees, oldest first. */
export async function listPlanAttachments(actor: Actor, planId: string): Promise<AttachmentSummary[]> {
  const where = await readablePlanAttachments(actor, planId);
  const plan = await prisma.actionPlan.findUniqueOrThrow({ where: { id: planId }, select: { status: true, agencyId: true } });
  const mayDelete = can(actor, "plan.write", { organisationId: plan.agencyId, sectorId: null }) && isEditable(plan.status);
  const rows = await prisma.attachment.findMany({ where, select: summarySelect, orderBy: { uploadedAt: "asc" } });
  return rows.map(({ uploadedByOrganisationId, ...a }) => ({ ...a, canDelete: mayDelete && uploadedByOrganisationId === actor.organisationId }));
}

/** A letter's attachments, for whoever may read the letter (its drafts: the ministry's writers). */
export async function listLetterAttachments(actor: Actor, letterId: string): Promise<AttachmentSummary[]> {
  authorize(actor, "letter.read");
  const letter = await prisma.letter.findFirst({ where: { id: letterId, ...readableLetters(actor) }, select: { id: true, status: true, ministryId: true } });
  if (!letter) throw notFound();
  const mayDelete = letter.status === "DRAFT" && can(actor, "round.write") && sectorsFor(actor, "round.write").includes(letter.ministryId);
  const rows = await prisma.attachment.findMany({ where: { letterId: letter.id }, select: summarySelect, orderBy: { uploadedAt: "asc" } });
  return rows.map(({ uploadedByOrganisationId, ...a }) => ({ ...a, canDelete: mayDelete && uploadedByOrganisationId === actor.organisationId }));
}

/** One attachment's file, for the download: authorised as its plan or letter is. */
export async function getAttachmentFile(actor: Actor, attachmentId: string) {
  const a = await prisma.attachment.findUnique({ where: { id: attachmentId }, select: { id: true, planId: true, letterId: true } });
  if (!a) throw notFound();
  let where: Prisma.AttachmentWhereInput;
  if (a.planId) where = await readablePlanAttachments(actor, a.planId);
  else {
    authorize(actor, "letter.read");
    where = { letter: readableLetters(actor) };
  }
  const file = await prisma.attachment.findFirst({ where: { AND: [{ id: a.id }, where] }, select: { fileName: true, mediaType: true, content: true } });
  if (!file) throw notFound();
  return { fileName: file.fileName, mediaType: file.mediaType, content: new Uint8Array(file.content) };
}

/**
 * Deletes an attachment: the uploader's side (the agency's HR for a plan, the ministry's adviser
 * for a letter) while its owner can be changed; a sent letter's attachments stay.
 */
export async function deleteAttachment(actor: Actor, attachmentId: string): Promise<{ fileName: string }> {
  return prisma.$transaction(async (tx) => {
    const a = await tx.attachment.findUnique({
      where: { id: attachmentId },
      select: { id: true, planId: true, letterId: true, fileName: true, sha256: true, purpose: true, uploadedByOrganisationId: true },
    });
    if (!a) throw notFound();
    const subject = a.planId ? await writablePlan(tx, actor, a.planId) : await writableLetter(tx, actor, a.letterId!);
    if (subject.kind === "letter" && subject.status !== "DRAFT") throw conflict(common().attachments.letterSent);
    if (a.uploadedByOrganisationId !== actor.organisationId) throw new ExpectedError(common().attachments.notYours, "forbidden");
    await tx.attachment.delete({ where: { id: a.id } });
    await recordAudit(tx, actor, {
      entity: "Attachment",
      entityId: a.id,
      action: "detach",
      subjectOrganisationId: subject.agencyId,
      sectorIds: subject.sectorId ? [subject.sectorId] : [],
      before: { [a.planId ? "planId" : "letterId"]: a.planId ?? a.letterId, fileName: a.fileName, sha256: a.sha256, purpose: a.purpose },
      changesViews: false,
    });
    return { fileName: a.fileName };
  });
}
