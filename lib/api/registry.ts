import "server-only";
import type { AnyApiRoute } from "@/lib/api/route";
import { getAgencyYearFigures, listAgencyFigures, putAgencyYearFigures } from "@/lib/api/routes/figures";
import { listOrganisations } from "@/lib/api/routes/organisations";
import { PLAN_ROUTES } from "@/lib/api/routes/plans";
import { LETTER_ROUTES, ROUND_ROUTES } from "@/lib/api/routes/rounds";
import { SECTOR_PLAN_ROUTES } from "@/lib/api/routes/sector-plan";
import { getTokenInfo } from "@/lib/api/routes/token";

/**
 * Every route of the API, one flat list, grouped by the file that defines them
 * (lib/api/routes/<area>.ts): the OpenAPI document and the contract test are built from it, so a
 * route not listed here is neither documented nor tested.
 */
export const API_ROUTES: readonly AnyApiRoute[] = [
  // lib/api/routes/token.ts
  getTokenInfo,
  // lib/api/routes/organisations.ts
  listOrganisations,
  // lib/api/routes/figures.ts
  listAgencyFigures,
  getAgencyYearFigures,
  putAgencyYearFigures,
  // lib/api/routes/plans.ts
  ...PLAN_ROUTES,
  // lib/api/routes/rounds.ts
  ...ROUND_ROUTES,
  ...LETTER_ROUTES,
  // lib/api/routes/sector-plan.ts
  ...SECTOR_PLAN_ROUTES,
];
