import "server-only";
import { prisma } from "@/lib/db";
import { agencyWhere, authorize, type Actor } from "@/lib/access";
import { fileProblem, storeAttachment } from "@/lib/data/attachments";
import { recordAudit } from "@/lib/data/audit";
import { conflict, invalid, notFound } from "@/lib/data/errors";
import { readContent } from "@/lib/data/plans";
import { checkAttachmentFile } from "@/lib/documents/attachment-file";
import { docxToHtml } from "@/lib/documents/docx-read";
import { ZipRefused } from "@/lib/documents/zip-read";
import { attachmentMaxBytes } from "@/lib/env";
import { isEditable, transition } from "@/lib/domain/plan";
import type { PlanElementKey } from "@/lib/domain/plan-content";
import { splitPlanHtml, validateImportedContent, type PlanImportDraft } from "@/lib/domain/plan-import";
import { common } from "@/lib/i18n/common";

// A plan imported from a Word document (issue 13): HR uploads the DOCX, reviews what each element
// got (nothing is saved), and only then replaces the draft with it, keeping the file as the plan's
// ORIGINAL_IMPORT attachment.

/** The agency's own plan, while it can be changed (a submitted or approved plan cannot). */
async function editablePlan(actor: Actor, planId: string) {
  const plan = await prisma.actionPlan.findFirst({ where: { id: planId, agency: agencyWhere(actor, "plan.write") }, select: { id: true, status: true, version: true } });
  if (!plan) throw notFound();
  if (!isEditable(plan.status)) throw conflict(common().errors.planLocked);
  return plan;
}

/** A Word document's text, or "invalid" with the reason under `file` (a PDF or anything else is refused). */
async function wordHtml(bytes: Uint8Array): Promise<string> {
  const check = checkAttachmentFile(bytes, attachmentMaxBytes);
  if (!check.ok) throw invalid({ file: [fileProblem(bytes)!] });
  if (check.extension !== "docx") throw invalid({ file: [common().attachments.onlyDocx] });
  try {
    return await docxToHtml(bytes);
  } catch (error) {
    if (error instanceof ZipRefused) throw invalid({ file: [common().attachments.damagedDocx] });
    throw error;
  }
}

/**
 * The review step: the document split into the plan's elements, the text it could not place, the
 * warnings, and the plan's version the review is based on. Nothing is saved.
 */
export async function readPlanImport(actor: Actor, planId: string, bytes: Uint8Array): Promise<PlanImportDraft & { version: number }> {
  authorize(actor, "plan.write");
  const plan = await editablePlan(actor, planId);
  const draft = splitPlanHtml(await wordHtml(bytes));
  return { ...draft, version: plan.version };
}

export interface ApplyImportInput {
  planId: string;
  /** The plan's version the review was based on. */
  version: number;
  /** The elements' texts as HR corrected them. */
  elements: Record<PlanElementKey, string>;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * "Bruk som utkast": the reviewed texts replace the draft, the DOCX is kept as the plan's
 * ORIGINAL_IMPORT attachment, and an audit event is written, in one transaction. Refused when a
 * text does not fit the plan (field errors `elements.<element>`), when the plan cannot be changed,
 * or when someone saved the draft since the review began (conflict, with the newer draft).
 */
export async function applyPlanImport(actor: Actor, input: ApplyImportInput) {
  authorize(actor, "plan.write");
  // The plan first: another agency's plan is "not found", whatever the file or the texts.
  await editablePlan(actor, input.planId);
  const valid = validateImportedContent(input.elements);
  if (!valid.ok) {
    throw invalid(Object.fromEntries(Object.entries(valid.problems).map(([element, code]) => [`elements.${element}`, [common().planImport[code]]])));
  }
  await wordHtml(input.bytes);
  return prisma.$transaction(async (tx) => {
    const current = await tx.actionPlan.findFirst({
      where: { id: input.planId, agency: agencyWhere(actor, "plan.write") },
      select: { id: true, status: true, version: true, content: true, agency: { select: { id: true, parentId: true } } },
    });
    if (!current) throw notFound();
    if (!isEditable(current.status)) throw conflict(common().errors.planLocked);
    if (current.version !== input.version) throw conflict(common().errors.staleVersion, { version: current.version, content: readContent(current.content) });
    const status = transition(current.status, "save");
    if (!status) throw conflict(common().errors.planLocked);
    const { count } = await tx.actionPlan.updateMany({
      where: { id: current.id, version: input.version },
      data: { content: valid.content, status, version: { increment: 1 }, updatedById: actor.userId },
    });
    if (count !== 1) throw conflict(common().errors.staleVersion);
    const original = await storeAttachment(tx, actor, { planId: current.id, fileName: input.fileName, bytes: input.bytes, purpose: "ORIGINAL_IMPORT" });
    // As with saves, the draft's text stays out of the audit log (it is read outside the agency).
    await recordAudit(tx, actor, {
      entity: "ActionPlan",
      entityId: current.id,
      action: "import",
      subjectOrganisationId: current.agency.id,
      sectorIds: current.agency.parentId ? [current.agency.parentId] : [],
      before: { status: current.status, version: current.version },
      after: { status, version: current.version + 1, attachmentId: original.id, fileName: original.fileName },
      changesViews: status !== current.status,
    });
    return { version: current.version + 1, status, attachmentId: original.id };
  });
}
