// The ministry's sector plan and the agencies' follow-up of its measures (issue 14): the published
// plan for every token of the sector, the follow-up as its owner reads it (an agency its own, the
// ministry every agency's), and the agency's own report on a measure with the version check
// (lib/data/follow-ups.ts reportFollowUp, the form's schema). A draft plan is never returned.
import { z } from "zod";
import { defineApiRoute } from "@/lib/api/route";
import { agencyRef, dateTime, idParam, iso, isoOrNull } from "@/lib/api/routes/common";
import { getFollowUpMatrix, reportFollowUp } from "@/lib/data/follow-ups";
import { notFound } from "@/lib/data/errors";
import { getSectorPlan, latestPublishedPlanId, listSectorPlans } from "@/lib/data/sector-plans";
import { FOLLOW_UP_STATUSES, followUpReportSchema } from "@/lib/domain/follow-up";
import { allMeasures, sectorPlanContentSchema } from "@/lib/domain/sector-plan";
import type { Actor } from "@/lib/access";

const TAGS = ["Sector plan"];
const READ_SCOPES: ("plans:read" | "followup:write" | "sector:read")[] = ["plans:read", "followup:write", "sector:read"];

const planSummary = z.object({
  id: z.string(),
  year: z.number().int(),
  /** The latest published version's number. */
  latestVersion: z.number().int(),
  publishedAt: dateTime,
});

export const listSectorPlansRoute = defineApiRoute({
  operationId: "listSectorPlans",
  method: "GET",
  path: "/sector-plans",
  summary: "The sector's published sector plans",
  description: "One plan per year, newest first; only published plans.",
  tags: TAGS,
  scopes: READ_SCOPES,
  permission: "sectorplan.read",
  response: z.object({ sectorPlans: z.array(planSummary) }),
  handler: async ({ actor }) => {
    const plans = await listSectorPlans(actor);
    return {
      sectorPlans: plans.flatMap((p) => (p.latestNumber !== null && p.publishedAt ? [{ id: p.id, year: p.year, latestVersion: p.latestNumber, publishedAt: iso(p.publishedAt) }] : [])),
    };
  },
});

const planDetail = planSummary.extend({
  ministryName: z.string(),
  /** The latest published version: themes and measures (the editor's schema). */
  content: sectorPlanContentSchema,
  versions: z.array(z.object({ number: z.number().int(), publishedAt: dateTime })),
  /** The plan this one was made from, and next year's plan once published. */
  previousId: z.string().nullable(),
  nextId: z.string().nullable(),
});

async function publishedPlan(actor: Actor, id: string) {
  const plan = await getSectorPlan(actor, id);
  // The ministry's own unpublished draft is its working document, not the sector plan.
  if (!plan.latest) throw notFound();
  return {
    id: plan.id,
    year: plan.year,
    latestVersion: plan.latest.number,
    publishedAt: iso(plan.latest.publishedAt),
    ministryName: plan.ministryName,
    content: plan.latest.content,
    versions: plan.versions.map((v) => ({ number: v.number, publishedAt: iso(v.publishedAt) })),
    previousId: plan.previous?.id ?? null,
    nextId: plan.next?.published ? plan.next.id : null,
  };
}

export const getCurrentSectorPlanRoute = defineApiRoute({
  operationId: "getCurrentSectorPlan",
  method: "GET",
  path: "/sector-plans/current",
  summary: "The current sector plan",
  description: "The newest published plan of the token's sector: the one agencies follow up.",
  tags: TAGS,
  scopes: READ_SCOPES,
  permission: "sectorplan.read",
  response: planDetail,
  handler: async ({ actor }) => {
    const id = await latestPublishedPlanId(actor);
    if (!id) throw notFound();
    return publishedPlan(actor, id);
  },
});

const planParams = z.object({ sectorPlanId: idParam });

export const getSectorPlanRoute = defineApiRoute({
  operationId: "getSectorPlan",
  method: "GET",
  path: "/sector-plans/{sectorPlanId}",
  summary: "One sector plan: its latest published version",
  tags: TAGS,
  scopes: READ_SCOPES,
  permission: "sectorplan.read",
  params: planParams,
  response: planDetail,
  handler: async ({ actor, params }) => publishedPlan(actor, params.sectorPlanId),
});

const followUpCell = z.object({
  measureId: z.string(),
  /** The measure's number in the plan: "1", "2.1". */
  number: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  reason: z.string(),
  comment: z.string(),
  /** Send this back with a report (0: never reported). */
  version: z.number().int(),
  updatedAt: dateTime.nullable(),
  /** The measure's follow-up has ended (removed from the plan, or continued in next year's plan): no more reports here. */
  ended: z.boolean(),
});

export const listFollowUpsRoute = defineApiRoute({
  operationId: "listFollowUps",
  method: "GET",
  path: "/sector-plans/{sectorPlanId}/follow-ups",
  summary: "The agencies' follow-up of the sector plan's measures",
  description: "An agency token: its own agency's status per measure; a ministry token: every agency of the sector (optionally one).",
  tags: TAGS,
  scopes: READ_SCOPES,
  permission: "followup.read",
  params: planParams,
  query: z.object({ agencyId: idParam.optional() }),
  response: z.object({
    sectorPlan: z.object({ id: z.string(), year: z.number().int(), version: z.number().int(), nextId: z.string().nullable() }),
    agencies: z.array(z.object({
      agency: agencyRef,
      /** Mandatory (skal) measures done, of all mandatory measures; share null without any. */
      mandatoryDone: z.object({ done: z.number().int(), mandatory: z.number().int(), share: z.number().nullable() }),
      measures: z.array(followUpCell),
    })),
  }),
  handler: async ({ actor, params, query }) => {
    const m = await getFollowUpMatrix(actor, params.sectorPlanId);
    const measures = allMeasures(m.plan.content);
    return {
      sectorPlan: { id: m.plan.id, year: m.plan.year, version: m.plan.versionNumber, nextId: m.plan.successor?.id ?? null },
      agencies: m.agencies
        .filter((a) => !query.agencyId || a.id === query.agencyId)
        .map((a) => ({
          agency: { id: a.id, name: a.name, shortName: a.shortName },
          mandatoryDone: a.share,
          measures: measures.map(({ measure, number }) => {
            const cell = a.cells.get(measure.id);
            return {
              measureId: measure.id,
              number,
              status: cell?.status ?? "NOT_STARTED",
              reason: cell?.reason ?? "",
              comment: cell?.comment ?? "",
              version: cell?.version ?? 0,
              updatedAt: isoOrNull(cell?.updatedAt ?? null),
              ended: m.plan.ends.has(measure.id),
            };
          }),
        })),
    };
  },
});

export const putFollowUpRoute = defineApiRoute({
  operationId: "putFollowUp",
  method: "PUT",
  path: "/sector-plans/{sectorPlanId}/measures/{measureId}/follow-up",
  summary: "The agency's own status and comment on one measure",
  description:
    "The agency's report on one measure of the latest published version, as the follow-up form sends it. `version` is the follow-up's version as read (0 when never reported): a report based on an older state is refused with 409 and the current state, never overwritten.",
  tags: TAGS,
  scopes: ["followup:write"],
  permission: "followup.write",
  conflicts: true,
  params: z.object({ sectorPlanId: idParam, measureId: idParam }),
  body: followUpReportSchema,
  response: z.object({ measureId: z.string(), status: z.enum(FOLLOW_UP_STATUSES), reason: z.string(), comment: z.string(), version: z.number().int() }),
  handler: async ({ actor, params, body }) => {
    const { version } = await reportFollowUp(actor, { ...body, sectorPlanId: params.sectorPlanId, measureId: params.measureId });
    return { measureId: params.measureId, status: body.status, reason: body.status === "NOT_RELEVANT" ? body.reason : "", comment: body.comment, version };
  },
});

export const SECTOR_PLAN_ROUTES = [listSectorPlansRoute, getCurrentSectorPlanRoute, getSectorPlanRoute, listFollowUpsRoute, putFollowUpRoute];
