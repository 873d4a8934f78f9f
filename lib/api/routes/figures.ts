import "server-only";
import { z } from "zod";
import { defineApiRoute } from "@/lib/api/route";
import { notFound } from "@/lib/data/errors";
import { getAgencyFigures, saveAgencyFigures } from "@/lib/data/hiring";
import { todayInNorway } from "@/lib/domain/format";
import { FIRST_REPORTING_YEAR, hiringFiguresSchema } from "@/lib/domain/schemas";
import { common } from "@/lib/i18n/common";

const count = z.int().min(0);

/** One reported year, exactly as the agency and its ministry see it. */
export const figureYearSchema = z.object({
  year: z.int(),
  permanentTotal: count.meta({ description: "New hires in permanent positions." }),
  permanentTarget: count.meta({ description: "Of whom in the target group (disabilities or a gap in the CV)." }),
  temporaryTotal: count.meta({ description: "New hires in temporary positions (trainees not included)." }),
  temporaryTarget: count.meta({ description: "Of whom in the target group." }),
  traineeTotal: count.meta({ description: "Trainees of the state trainee programme who started in the year: all in the target group." }),
  total: count.meta({ description: "All new hires: permanent + temporary + trainees." }),
  target: count.meta({ description: "New hires in the target group: permanentTarget + temporaryTarget + traineeTotal." }),
  share: z.number().min(0).max(1).nullable().meta({ description: "target / total; null under 5 new hires (such a year is not for publication)." }),
  belowThreshold: z.boolean().meta({ description: "Fewer than 5 new hires: reported without a share, never published." }),
  version: z.int().min(0).meta({ description: "Send it back with a PUT of the year: a stale version is refused with 409." }),
  closed: z.boolean().meta({ description: "The ministry has closed the year: it can no longer be changed." }),
  updatedAt: z.iso.datetime({ offset: true }),
});

export const agencyFiguresSchema = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  years: z.array(figureYearSchema),
});

export const agencyYearSchema = figureYearSchema.extend({ agencyId: z.string(), agencyName: z.string() });

const agencyParams = z.object({ agencyId: z.string().min(1).max(100) });

/** The year in the path: a whole number from the first reporting year (the future is refused on save). */
const yearParam = z.preprocess(
  (v) => (typeof v === "string" && /^\d{1,4}$/.test(v) ? Number(v) : v),
  z.int({ error: () => common().errors.wholeNumber }).min(FIRST_REPORTING_YEAR, { error: () => common().errors.yearTooEarly }).max(9999, { error: () => common().errors.futureYear }),
);
const agencyYearParams = agencyParams.extend({ year: yearParam });

const FIGURES_SCOPES = ["figures:read", "figures:write", "sector:read"] as const;

async function oneYear(actor: Parameters<typeof getAgencyFigures>[0], agencyId: string, year: number) {
  const figures = await getAgencyFigures(actor, agencyId);
  const found = figures.years.find((y) => y.year === year);
  if (!found) throw notFound();
  return { agencyId: figures.agencyId, agencyName: figures.agencyName, ...found };
}

export const listAgencyFigures = defineApiRoute({
  operationId: "listAgencyFigures",
  method: "GET",
  path: "/agencies/{agencyId}/figures",
  summary: "An agency's hiring figures, every reported year",
  description:
    "The counts of new hires per year, exactly: for the agency's own HR (its own agency only) and the ministry of its sector. Another agency is 404.",
  tags: ["Hiring figures"],
  scopes: FIGURES_SCOPES,
  permission: "hiring.read",
  params: agencyParams,
  response: agencyFiguresSchema,
  handler: async ({ actor, params }) => getAgencyFigures(actor, params.agencyId),
});

export const getAgencyYearFigures = defineApiRoute({
  operationId: "getAgencyYearFigures",
  method: "GET",
  path: "/agencies/{agencyId}/figures/{year}",
  summary: "An agency's hiring figures for one year",
  description: "One reported year with its version (to send back with a PUT). A year not reported is 404.",
  tags: ["Hiring figures"],
  scopes: FIGURES_SCOPES,
  permission: "hiring.read",
  params: agencyYearParams,
  response: agencyYearSchema,
  handler: async ({ actor, params }) => oneYear(actor, params.agencyId, params.year),
});

export const putAgencyYearFigures = defineApiRoute({
  operationId: "putAgencyYearFigures",
  method: "PUT",
  path: "/agencies/{agencyId}/figures/{year}",
  summary: "Report or revise the agency's hiring figures for one year",
  description:
    "The hiring form's fields and checks. `version` is the version read (null for a year not reported yet): a stale version is refused with 409 and the values saved since. Revising a reported year needs a `reason`. A year the ministry has closed, a future year, or a year before the agency came into being is 422. Only the agency's own HR, for its own agency.",
  tags: ["Hiring figures"],
  scopes: ["figures:write"],
  permission: "hiring.write",
  params: agencyYearParams,
  body: hiringFiguresSchema,
  response: agencyYearSchema,
  conflicts: true,
  handler: async ({ actor, params, body }) => {
    await saveAgencyFigures(actor, params.agencyId, params.year, body, todayInNorway().getUTCFullYear());
    return oneYear(actor, params.agencyId, params.year);
  },
});
