import pg from "pg";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";

/**
 * A response cache for the dashboard, the page leaders reload most, kept per user and URL and
 * used by proxy.ts for full page loads only (client navigations fetch the page's data as usual).
 * An entry is served only while its stamp is unchanged: the user's role, organisation and name,
 * and the version of every sector (bumped by every audited change, lib/data/audit.ts). The stamp
 * is one small query per request, so a change shows at once on any instance; on a miss the page
 * is rendered as always, through the app itself, with every access check of the page.
 */
export const CACHED_PATHS = new Set(["/dashbord"]);
/** Sent on the inner request that renders a missed page, so it is not served from the cache. */
export const BYPASS_HEADER = "x-dugnad-page-cache";
const MAX_ENTRIES = 500;
const KEPT_HEADERS = ["content-type", "link", "vary", "content-language"];

interface Entry {
  stamp: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

const entries = new Map<string, Entry>();
const rendering = new Map<string, Promise<Response>>();
let pool: pg.Pool | undefined;

/**
 * Whether this request is a full page load of a cached page. The proxy never sees the headers and
 * the `_rsc` parameter of the router's data requests (Next strips them), so a page load is told by
 * what it asks for: HTML, as a document.
 */
export function isCacheable(request: NextRequest): boolean {
  const h = request.headers;
  const dest = h.get("sec-fetch-dest");
  return (
    request.method === "GET" &&
    CACHED_PATHS.has(request.nextUrl.pathname) &&
    !h.get(BYPASS_HEADER) &&
    (h.get("accept") ?? "").includes("text/html") &&
    (dest === null || dest === "document")
  );
}

/** The user's stamp, or null when the user is gone (then nothing is served from the cache). */
async function stampOf(userId: string): Promise<string | null> {
  pool ??= new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
  const { rows } = await pool.query<{ stamp: string }>(
    `select u.role || '|' || u."organisationId" || '|' || u.name || '|' ||
            coalesce((select string_agg("ministryId" || ':' || version, ',' order by "ministryId") from "SectorVersion"), '') as stamp
     from "User" u where u.id = $1`,
    [userId],
  );
  return rows[0]?.stamp ?? null;
}

function toResponse(entry: Entry): Response {
  const headers = new Headers(entry.headers);
  headers.set("cache-control", "private, no-store");
  headers.set("x-dugnad-page-cache", "hit");
  return new Response(entry.body, { status: 200, headers });
}

/** Renders the page through the app (with the user's own cookie) and keeps it if it is a plain 200 page. */
async function render(request: NextRequest, key: string, stamp: string): Promise<Response> {
  const origin = env.PORT ? `http://127.0.0.1:${env.PORT}` : request.nextUrl.origin;
  const headers = new Headers();
  for (const name of ["cookie", "accept", "accept-language", "user-agent", "x-forwarded-proto", "x-forwarded-host"]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set(BYPASS_HEADER, "render");
  const response = await fetch(`${origin}${request.nextUrl.pathname}${request.nextUrl.search}`, { headers, redirect: "manual", cache: "no-store" });
  const body = await response.arrayBuffer();
  const kept: [string, string][] = KEPT_HEADERS.flatMap((name) => {
    const value = response.headers.get(name);
    return value ? [[name, value] as [string, string]] : [];
  });
  const html = response.headers.get("content-type")?.startsWith("text/html");
  if (response.status === 200 && html && !response.headers.has("set-cookie")) {
    entries.set(key, { stamp, headers: kept, body });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  const out = new Headers(kept);
  response.headers.forEach((value, name) => {
    if (name === "location" || name === "set-cookie") out.append(name, value);
  });
  out.set("cache-control", "private, no-store");
  return new Response(body, { status: response.status, headers: out });
}

/** The page for a signed-in user: from the cache while the stamp holds, else rendered (once at a time per key). */
export async function cachedPage(request: NextRequest, userId: string): Promise<Response | null> {
  const stamp = await stampOf(userId);
  if (!stamp) return null;
  const key = `${userId}\u0000${request.nextUrl.pathname}${request.nextUrl.search}`;
  const hit = entries.get(key);
  if (hit && hit.stamp === stamp) return toResponse(hit);
  // Read the stamp before rendering: a change committed meanwhile makes the next request render again.
  const flightKey = `${key}\u0000${stamp}`;
  let inFlight = rendering.get(flightKey);
  if (!inFlight) {
    inFlight = render(request, key, stamp).finally(() => rendering.delete(flightKey));
    rendering.set(flightKey, inFlight);
    return inFlight;
  }
  const shared = await inFlight;
  // Another request rendered it: serve what it stored (its response body is already consumed).
  const stored = entries.get(key);
  void shared;
  return stored && stored.stamp === stamp ? toResponse(stored) : null;
}
