import { z } from "zod";

/**
 * The public page's and its downloads' query (/offentlig?sektor=<org.nr.>&aar=<år>&side=<n>): a
 * sector by its ministry's organisation number, a year, a page of the agency table. Anything
 * malformed is dropped and reported, never an error page: the page says so and shows its default.
 */
// 50 rows: the page of a large sector renders in about the time of the dashboard (25 rows with a trend
// line each, a chart and filters), measured side by side by `npm run bench` (issue 15).
export const PUBLIC_PAGE_SIZE = 50;

const publicQuerySchema = z.object({
  sektor: z.string().trim().regex(/^[0-9A-Za-z-]{1,40}$/).optional(),
  aar: z.coerce.number().int().min(2000).max(2100).optional(),
  side: z.coerce.number().int().min(1).max(100_000).optional(),
});
export type PublicQuery = z.infer<typeof publicQuerySchema>;

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** The query, and whether any part of it was malformed (and so dropped). */
export function readPublicQuery(params: SearchParams): { query: PublicQuery; malformed: boolean } {
  const raw: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [k, v] of entries) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string" && first !== "" && !(k in raw)) raw[k] = first;
  }
  const query: PublicQuery = {};
  let malformed = false;
  for (const key of ["sektor", "aar", "side"] as const) {
    if (raw[key] === undefined) continue;
    const parsed = publicQuerySchema.shape[key].safeParse(raw[key]);
    if (parsed.success && parsed.data !== undefined) (query as Record<string, unknown>)[key] = parsed.data;
    else malformed = true;
  }
  return { query, malformed };
}

/** The URL search string for a query, leaving out what is not set. */
export function publicSearch(q: PublicQuery): string {
  const params = new URLSearchParams();
  if (q.sektor) params.set("sektor", q.sektor);
  if (q.aar) params.set("aar", String(q.aar));
  if (q.side && q.side > 1) params.set("side", String(q.side));
  const s = params.toString();
  return s ? `?${s}` : "";
}
