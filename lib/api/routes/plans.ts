// The agencies' action plans and their submitted versions (issue 14): read as the token's owner
// reads them (lib/data/plans.ts), never a draft's content, and each version as the app's PDF.
import { z } from "zod";
import { defineApiRoute } from "@/lib/api/route";
import { agencyRef, dateTime, idParam, iso, isoOrNull, PDF, versionNumberParam } from "@/lib/api/routes/common";
import { getPlan, getPlanVersion, listPlans } from "@/lib/data/plans";
import { planVersionPdf } from "@/lib/documents/plan-pdf";
import { PLAN_STATUSES } from "@/lib/domain/plan";
import { planContentSchema } from "@/lib/domain/plan-content";

const SCOPES = ["plans:read", "sector:read"] as const satisfies readonly ("plans:read" | "sector:read")[];
const TAGS = ["Action plans"];

const versionSummary = z.object({
  number: z.number().int(),
  submittedAt: dateTime,
  /** When the ministry approved this version; null when it did not. */
  approvedAt: dateTime.nullable(),
});

const planSummary = z.object({
  id: z.string(),
  status: z.enum(PLAN_STATUSES),
  agency: agencyRef,
  round: z.object({ id: z.string(), title: z.string(), year: z.number().int(), deadline: dateTime }),
  /** The last time the agency submitted a version. */
  submittedAt: dateTime.nullable(),
  /** The version the ministry approved last: the plan in force. */
  approvedVersion: z.number().int().nullable(),
  versions: z.array(versionSummary),
});

const versionWithContent = versionSummary.extend({
  /** The plan's six elements as the agency submitted them (the plan form's schema). */
  content: planContentSchema,
});

const planDetail = planSummary.extend({
  /** The newest submitted version, null before the first submission. */
  latestVersion: versionWithContent.nullable(),
  /** The approved version in force, null until one is approved. */
  approvedVersionContent: versionWithContent.nullable(),
});

const planParams = z.object({ planId: idParam });
const versionParams = z.object({ planId: idParam, number: versionNumberParam });

type Version = { number: number; submittedAt: Date; approvedAt: Date | null };
const version = (v: Version) => ({ number: v.number, submittedAt: iso(v.submittedAt), approvedAt: isoOrNull(v.approvedAt) });
const round = (r: { id: string; title: string; year: number; deadline: Date }) => ({ id: r.id, title: r.title, year: r.year, deadline: iso(r.deadline) });

export const listPlansRoute = defineApiRoute({
  operationId: "listPlans",
  method: "GET",
  path: "/plans",
  summary: "The action plans the token may read",
  description: "An agency token: its own agency's plans; a ministry token: the sector's. Only submitted versions are listed, never a draft.",
  tags: TAGS,
  scopes: [...SCOPES],
  permission: "plan.read",
  query: z.object({ roundId: idParam.optional(), agencyId: idParam.optional() }),
  response: z.object({ plans: z.array(planSummary) }),
  handler: async ({ actor, query }) => {
    const plans = await listPlans(actor, { roundId: query.roundId, agencyId: query.agencyId });
    return {
      plans: plans.map((p) => ({
        id: p.id,
        status: p.status,
        agency: p.agency,
        round: round(p.round),
        submittedAt: isoOrNull(p.submittedAt),
        approvedVersion: p.approvedVersion,
        versions: p.versions.map(version),
      })),
    };
  },
});

export const getPlanRoute = defineApiRoute({
  operationId: "getPlan",
  method: "GET",
  path: "/plans/{planId}",
  summary: "One action plan: its status and submitted content",
  description: "The plan's status and the content of its latest submitted version and of its approved version. A draft is never returned.",
  tags: TAGS,
  scopes: [...SCOPES],
  permission: "plan.read",
  params: planParams,
  response: planDetail,
  handler: async ({ actor, params }) => {
    const plan = await getPlan(actor, params.planId);
    const latest = plan.versions.at(-1);
    return {
      id: plan.id,
      status: plan.status,
      agency: plan.agency,
      round: round(plan.round),
      submittedAt: isoOrNull(plan.submittedAt),
      approvedVersion: plan.standing.validVersion,
      versions: plan.versions.map(version),
      latestVersion: plan.latestVersion && latest ? { ...version(latest), content: plan.latestVersion.content } : null,
      approvedVersionContent: plan.validVersion ? { ...version(plan.validVersion), content: plan.validVersion.content } : null,
    };
  },
});

export const listPlanVersionsRoute = defineApiRoute({
  operationId: "listPlanVersions",
  method: "GET",
  path: "/plans/{planId}/versions",
  summary: "An action plan's submitted versions",
  tags: TAGS,
  scopes: [...SCOPES],
  permission: "plan.read",
  params: planParams,
  response: z.object({ versions: z.array(versionSummary) }),
  handler: async ({ actor, params }) => {
    const plan = await getPlan(actor, params.planId);
    return { versions: plan.versions.map(version) };
  },
});

const versionDetail = versionWithContent.extend({
  planId: z.string(),
  /** Whether this is the approved version in force. */
  isApproved: z.boolean(),
});

export const getPlanVersionRoute = defineApiRoute({
  operationId: "getPlanVersion",
  method: "GET",
  path: "/plans/{planId}/versions/{number}",
  summary: "One submitted version of an action plan",
  tags: TAGS,
  scopes: [...SCOPES],
  permission: "plan.read",
  params: versionParams,
  response: versionDetail,
  handler: async ({ actor, params }) => {
    const v = await getPlanVersion(actor, params.planId, params.number);
    return { planId: params.planId, ...version(v), content: v.content, isApproved: v.isValid };
  },
});

export const getPlanVersionPdfRoute = defineApiRoute({
  operationId: "getPlanVersionPdf",
  method: "GET",
  path: "/plans/{planId}/versions/{number}/pdf",
  summary: "One submitted version of an action plan as PDF",
  description: "The same PDF as the app's download.",
  tags: TAGS,
  scopes: [...SCOPES],
  permission: "plan.read",
  params: versionParams,
  response: PDF,
  handler: async ({ actor, params }) => {
    const v = await getPlanVersion(actor, params.planId, params.number);
    return planVersionPdf(v);
  },
});

export const PLAN_ROUTES = [listPlansRoute, getPlanRoute, listPlanVersionsRoute, getPlanVersionRoute, getPlanVersionPdfRoute];
