import { z } from "zod";
import { PLAN_STATUSES } from "@/lib/domain/plan";
import { plainText } from "@/lib/domain/text";
import { common } from "@/lib/i18n/common";

/** The dashboard's agency table: sort, filter and page, from the URL (so it works without script). */
export const SORT_KEYS = ["navn", "andel", "nytilsatte", "plan"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZE = 25;

/** The search: a NUL character (which PostgreSQL refuses) is refused with a message on the page. */
const search = plainText(undefined, () => common().errors.nulInSearch).trim().max(100);
export const dashboardQuerySchema = z.object({
  aar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  sorter: z.enum(SORT_KEYS).catch("navn"),
  retning: z.enum(["stigende", "synkende"]).catch("stigende"),
  sok: search.catch(""),
  plan: z.enum([...PLAN_STATUSES, "INGEN"]).optional().catch(undefined),
  side: z.coerce.number().int().min(1).max(100_000).catch(1),
  /** The round whose plan statuses are shown (the newest sent round unless chosen, or when not the viewer's). */
  runde: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

type SearchParams = Record<string, string | string[] | undefined>;

/** Reads the page's search params; anything malformed falls back to the default. */
export function parseDashboardQuery(params: SearchParams): DashboardQuery {
  return readDashboardQuery(params).query;
}

/**
 * The query, and the message to show by the search field when the search was refused rather
 * than merely too long or malformed (then it silently falls back to no search, as before).
 */
export function readDashboardQuery(params: SearchParams): { query: DashboardQuery; errors: { sok?: string } } {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const sok = search.safeParse(first.sok ?? "");
  const refused = !sok.success && sok.error.issues.some((i) => i.message === common().errors.nulInSearch);
  return { query: dashboardQuerySchema.parse(first), errors: refused ? { sok: common().errors.nulInSearch } : {} };
}

/** The URL search string for a query, leaving out defaults. */
export function dashboardSearch(q: DashboardQuery, change: Partial<DashboardQuery> = {}): string {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  if (next.aar) params.set("aar", String(next.aar));
  if (next.sorter !== "navn") params.set("sorter", next.sorter);
  if (next.retning !== "stigende") params.set("retning", next.retning);
  if (next.sok) params.set("sok", next.sok);
  if (next.plan) params.set("plan", next.plan);
  if (next.side > 1) params.set("side", String(next.side));
  if (next.runde) params.set("runde", next.runde);
  const s = params.toString();
  return s ? `?${s}` : "";
}
