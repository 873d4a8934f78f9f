import { z } from "zod";
import { PLAN_STATUSES } from "@/lib/domain/plan";

/** The dashboard's agency table: sort, filter and page, from the URL (so it works without script). */
export const SORT_KEYS = ["navn", "andel", "nytilsatte", "plan"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZE = 25;

const text = z.string().trim().max(100).catch("");
export const dashboardQuerySchema = z.object({
  aar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  sorter: z.enum(SORT_KEYS).catch("navn"),
  retning: z.enum(["stigende", "synkende"]).catch("stigende"),
  sok: text,
  plan: z.enum([...PLAN_STATUSES, "INGEN"]).optional().catch(undefined),
  side: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** Reads the page's search params; anything malformed falls back to the default. */
export function parseDashboardQuery(params: Record<string, string | string[] | undefined>): DashboardQuery {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return dashboardQuerySchema.parse(first);
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
  const s = params.toString();
  return s ? `?${s}` : "";
}
