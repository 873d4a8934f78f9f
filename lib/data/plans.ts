import "server-only";
import { prisma } from "@/lib/db";
import { isAgencyUser, readableAgencies, requirePermission, type Actor } from "@/lib/data/actor";
import { recordAudit } from "@/lib/data/audit";
import { conflict, forbidden, invalid, notFound } from "@/lib/data/errors";
import {
  isEditable,
  isVisibleOutsideAgency,
  missingElements,
  PLAN_ELEMENTS,
  statusAfterSave,
  type PlanElements,
} from "@/lib/domain/plan";
import type { PlanDraftInput } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";

const planSelect = {
  id: true,
  status: true,
  version: true,
  submittedAt: true,
  updatedAt: true,
  challenges: true,
  measures: true,
  goals: true,
  goalLink: true,
  responsibilities: true,
  traineeAssessment: true,
  agency: { select: { id: true, name: true, shortName: true } },
  round: { select: { id: true, title: true, deadline: true } },
} as const;

function elementsOf(plan: PlanElements): PlanElements {
  return Object.fromEntries(PLAN_ELEMENTS.map((k) => [k, plan[k]])) as PlanElements;
}

/**
 * A plan this actor may read. Outside the agency, the content is shown only once submitted:
 * an agency's drafts are its own.
 */
export async function getPlan(actor: Actor, planId: string) {
  requirePermission(actor, "plan:read");
  const plan = await prisma.actionPlan.findFirst({
    where: { id: planId, agency: readableAgencies(actor) },
    select: planSelect,
  });
  if (!plan) throw notFound();
  const own = isAgencyUser(actor) && plan.agency.id === actor.organisationId;
  const contentVisible = own || isVisibleOutsideAgency(plan.status);
  return {
    id: plan.id,
    status: plan.status,
    version: plan.version,
    submittedAt: plan.submittedAt,
    updatedAt: plan.updatedAt,
    agency: plan.agency,
    round: plan.round,
    elements: contentVisible ? elementsOf(plan) : null,
    canEdit: own && actor.role === "AGENCY_HR" && isEditable(plan.status),
  };
}

/**
 * Saves the agency's draft, or submits it. Refused when the plan is not the actor's agency's,
 * when it is no longer editable, or when someone saved since `input.version` (nothing is
 * overwritten). Writes the change and its audit event in one transaction.
 */
export async function savePlan(actor: Actor, input: PlanDraftInput, mode: "draft" | "submit") {
  requirePermission(actor, "plan:write");
  if (!isAgencyUser(actor)) throw forbidden();
  const elements = elementsOf(input);
  if (mode === "submit") {
    const missing = missingElements(elements);
    if (missing.length) {
      throw invalid(Object.fromEntries(missing.map((k) => [k, [nb.errors.missingElement(nb.planElements[k])]])));
    }
  }
  return prisma.$transaction(async (tx) => {
    const current = await tx.actionPlan.findFirst({
      where: { id: input.planId, agencyId: actor.organisationId },
      select: { id: true, status: true, version: true, ...Object.fromEntries(PLAN_ELEMENTS.map((k) => [k, true])) },
    });
    if (!current) throw notFound();
    if (!isEditable(current.status)) throw conflict(nb.errors.planLocked);
    if (current.version !== input.version) throw conflict(nb.errors.staleVersion);
    const status = mode === "submit" ? "SUBMITTED" : statusAfterSave(current.status);
    // The version in the where clause makes a concurrent save lose cleanly, never overwrite.
    const { count } = await tx.actionPlan.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        ...elements,
        status,
        version: { increment: 1 },
        updatedById: actor.userId,
        ...(mode === "submit" ? { submittedAt: new Date() } : {}),
      },
    });
    if (count !== 1) throw conflict(nb.errors.staleVersion);
    await recordAudit(tx, actor, {
      entity: "ActionPlan",
      entityId: current.id,
      action: mode === "submit" ? "submit" : "save",
      before: { status: current.status, version: current.version, ...elementsOf(current as unknown as PlanElements) },
      after: { status, version: current.version + 1, ...elements },
    });
    return { version: current.version + 1, status };
  });
}
