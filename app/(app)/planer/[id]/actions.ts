"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { decideSignoff, requestSignoff, startRevision } from "@/lib/data/plan-revisions";
import { reviewPlan, savePlan } from "@/lib/data/plans";
import { planContentSchema } from "@/lib/domain/plan-content";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import { plainText } from "@/lib/domain/text";
import { localized } from "@/lib/i18n/current";
import { commonTexts } from "@/lib/i18n/common";
import { planPageTexts } from "@/lib/i18n/plans";

const saveSchema = z.object({
  planId: z.string().min(1).max(64),
  version: z.number().int().min(0),
  content: planContentSchema,
});

export type SavedPlan = { version: number; savedAt: string; submittedVersion: number | null };

async function save(input: unknown, mode: "draft" | "submit"): Promise<ActionResult<SavedPlan>> {
  return withActor(async (actor) => {
    const parsed = saveSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const saved = await savePlan(actor, parsed.data, mode);
    if (mode === "submit") revalidatePath(`/planer/${parsed.data.planId}`);
    return { ok: true, data: { version: saved.version, savedAt: saved.savedAt.toISOString(), submittedVersion: saved.submittedVersion } };
  });
}

/** Autosave and "Lagre utkast". A stale save fails with code "conflict" and the newer draft in `data`. */
export async function savePlanDraftAction(input: unknown) {
  return save(input, "draft");
}

/** Submitting needs every element complete; the problems come back per element in fieldErrors. */
export async function submitPlanAction(input: unknown) {
  return save(input, "submit");
}

const reviewSchema = z
  .object({
    planId: z.string().min(1).max(64),
    versionNumber: z.number().int().min(1).max(10_000),
    decision: z.enum(["approve", "requestChanges"]),
    message: plainText().trim().max(5_000, { error: () => localized(commonTexts).errors.tooLong }).default(""),
    comments: z
      .array(z.object({ element: z.enum(PLAN_ELEMENTS), body: plainText().trim().max(5_000, { error: () => localized(commonTexts).errors.tooLong }) }))
      .max(PLAN_ELEMENTS.length)
      .default([]),
  })
  .refine((v) => v.decision === "approve" || v.message.length > 0, { path: ["message"], error: () => localized(commonTexts).errors.reviewMessageRequired });

export async function reviewPlanAction(input: unknown): Promise<ActionResult> {
  return withActor(async (actor) => {
    const parsed = reviewSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    await reviewPlan(actor, parsed.data);
    revalidatePath(`/planer/${parsed.data.planId}`);
    revalidatePath("/runder", "layout");
    return { ok: true, message: localized(planPageTexts).messages[parsed.data.decision === "approve" ? "approved" : "changesRequested"] };
  });
}

// ——— Revising an approved plan, and the leader's sign-off (issue 13) ———

const revisionSchema = z.object({ planId: z.string().min(1).max(64), version: z.number().int().min(0) });

/** "Start revisjon": bound to the plan's version by the page, called with the plan's id. */
export async function startRevisionAction(version: unknown, planId: unknown): Promise<ActionResult> {
  return withActor(async (actor) => {
    const parsed = revisionSchema.safeParse({ planId, version });
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    await startRevision(actor, parsed.data);
    revalidatePath(`/planer/${parsed.data.planId}`);
    return { ok: true, message: localized(planPageTexts).messages.revisionStarted };
  });
}

/** "Send til leder for godkjenning": saves the draft as it stands and asks the agency's leader. */
export async function requestSignoffAction(input: unknown): Promise<ActionResult<SavedPlan>> {
  return withActor(async (actor) => {
    const parsed = saveSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const saved = await requestSignoff(actor, parsed.data);
    revalidatePath(`/planer/${parsed.data.planId}`);
    return { ok: true, data: { version: saved.version, savedAt: saved.savedAt.toISOString(), submittedVersion: null } };
  });
}

const signoffSchema = z
  .object({
    planId: z.string().min(1).max(64),
    version: z.number().int().min(0),
    decision: z.enum(["approve", "return"]),
    comment: plainText().trim().max(5_000, { error: () => localized(commonTexts).errors.tooLong }).default(""),
  })
  .refine((v) => v.decision === "approve" || v.comment.length > 0, { path: ["comment"], error: () => localized(commonTexts).errors.signoffCommentRequired });

/** The leader's "Godkjenn for innsending" or "Send tilbake til HR". */
export async function decideSignoffAction(input: unknown): Promise<ActionResult> {
  return withActor(async (actor) => {
    const parsed = signoffSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: localized(commonTexts).errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    await decideSignoff(actor, parsed.data);
    revalidatePath(`/planer/${parsed.data.planId}`);
    revalidatePath("/");
    return { ok: true, message: localized(planPageTexts).messages[parsed.data.decision === "approve" ? "signoffApproved" : "signoffReturned"] };
  });
}
