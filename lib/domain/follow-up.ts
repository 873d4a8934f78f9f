// An agency's follow-up of the sector plan's measures: a status per measure (not relevant needs a
// reason) and a short comment, and the share of mandatory measures done. Pure: no I/O.
import { z } from "zod";
import { plainText } from "@/lib/domain/text";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { allMeasures } from "@/lib/domain/sector-plan";
import { localized } from "@/lib/i18n/current";
import { sectorPlanTexts } from "@/lib/i18n/sector-plan";

/** The sector plan's texts in the current language, read when a message is needed (never at module load). */
const t = () => localized(sectorPlanTexts);

export const FOLLOW_UP_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_RELEVANT"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const COMMENT_MAX = 500;
export const REASON_MAX = 1_000;

const followUpFields = z.object({
  sectorPlanId: plainText().min(1).max(64),
  measureId: plainText().min(1).max(40),
  /** The follow-up's version the user saw (0: never reported). */
  version: z.number().int().min(0),
  status: z.enum(FOLLOW_UP_STATUSES, { error: () => t().errors.statusRequired }),
  reason: plainText().trim().max(REASON_MAX, { error: () => t().errors.tooLong }).default(""),
  comment: plainText().trim().max(COMMENT_MAX, { error: () => t().errors.commentTooLong }).default(""),
});
const reasonGiven = (v: { status: FollowUpStatus; reason: string }) => v.status !== "NOT_RELEVANT" || v.reason.length > 0;
const reasonRequired = { path: ["reason"], error: () => t().errors.reasonRequired };

/** One report on one measure, as the form sends it (also the server's check). */
export const followUpSchema = followUpFields.refine(reasonGiven, reasonRequired);

/** The same report where the plan and the measure are given by the address (the API's body, issue 14). */
export const followUpReportSchema = followUpFields.omit({ sectorPlanId: true, measureId: true }).refine(reasonGiven, reasonRequired);

export type FollowUpInput = z.infer<typeof followUpSchema>;

/** A reason belongs to "not relevant" only; it is dropped for any other status. */
export function normaliseFollowUp<T extends { status: FollowUpStatus; reason: string }>(input: T): T {
  return input.status === "NOT_RELEVANT" ? input : { ...input, reason: "" };
}

export interface MandatoryShare {
  done: number;
  mandatory: number;
  /** done / mandatory; null when the plan has no mandatory measures. */
  share: number | null;
}

/**
 * Share of the plan's mandatory (skal) measures the agency reports done. Every mandatory measure
 * counts in the denominator, also one reported "not relevant": the ministry decides whether that
 * is acceptable, the share does not hide it.
 */
export function mandatoryDoneShare(plan: SectorPlanContent, statusByMeasure: ReadonlyMap<string, FollowUpStatus>): MandatoryShare {
  const mandatory = allMeasures(plan).filter((x) => x.measure.kind === "MANDATORY");
  const done = mandatory.filter((x) => statusByMeasure.get(x.measure.id) === "DONE").length;
  return { done, mandatory: mandatory.length, share: mandatory.length === 0 ? null : done / mandatory.length };
}

/** A measure nobody has reported on yet counts as not started. */
export function statusOf(statusByMeasure: ReadonlyMap<string, FollowUpStatus>, measureId: string): FollowUpStatus {
  return statusByMeasure.get(measureId) ?? "NOT_STARTED";
}
