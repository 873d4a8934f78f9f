// Whether PostgreSQL answers (issue 15, "Faults"; docs/decisions/030-database-outage.md). The
// server in front of Next (scripts/serve.ts) asks the watch before every request and, while the
// database is down, answers a short 503 itself instead of letting a page wait for a connection
// and fail with Next's error page. The watch has its own client: while the database is up, it keeps
// one idle connection and sends `select 1` every few seconds (the connection's own error event
// notices a stopped server at once); while it is down, it tries to connect every second, so the
// app serves again within about a second of the database's return.
//
// The app's pool (lib/db.ts) and the job queue report their connection errors through
// `reportDatabaseError`, which makes the watch probe at once. The state lives on globalThis under
// Symbol.for("dugnad.database-watch"): the custom server and Next's bundles load this module
// separately. No "server-only", @/lib/db or @/lib/env here: the custom server loads it outside Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { outageTexts } from "@/lib/i18n/outage";

// ---------------------------------------------------------------------------------------------
// Connection errors

/** PostgreSQL's SQLSTATEs for a server going away or not taking connections (class 08, 57P0x). */
const UNAVAILABLE_SQLSTATE = /^(08\d{3}|57P0[1-4]|53300)$/;
/** Prisma's codes for an unreachable server, a closed connection, a timeout, the pool's timeout. */
const UNAVAILABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Node's socket errors and what the driver adapter makes of them. */
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|terminating connection due to administrator command|the database system is (shutting down|starting up|in recovery mode)|Can't reach database server|connect ECONNREFUSED|Query read timeout/i;

/**
 * Whether an error means the database cannot be reached (rather than a query that is wrong): the
 * error itself, its cause, or the driver adapter's error Prisma carries in `meta`.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown; driverAdapterError?: unknown };
  for (const code of [e.code, e.originalCode]) {
    if (typeof code !== "string") continue;
    if (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_PRISMA.has(code) || UNAVAILABLE_CODES.has(code)) return true;
  }
  if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  const meta = e.meta as { driverAdapterError?: unknown } | undefined;
  return [e.cause, e.driverAdapterError, meta?.driverAdapterError].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

// ---------------------------------------------------------------------------------------------
// Shared state

interface WatchState {
  down: boolean;
  /** When the database was found down (ms since the epoch), or null while up. */
  downSince: number | null;
  /** Asks the running watch (if any) to probe now. */
  probeNow: (() => void) | null;
  listeners: Set<(down: boolean) => void>;
}

const STATE_KEY = Symbol.for("dugnad.database-watch");

function state(): WatchState {
  const g = globalThis as unknown as Record<symbol, WatchState | undefined>;
  g[STATE_KEY] ??= { down: false, downSince: null, probeNow: null, listeners: new Set() };
  return g[STATE_KEY];
}

/** Whether the watch last found the database down (false when no watch runs). */
export function databaseIsDown(): boolean {
  return state().down;
}

/** Called on `true` when the database goes down and `false` when it is back (returns the unsubscribe). */
export function onDatabaseChange(listener: (down: boolean) => void): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}

/**
 * For the app's pool and the job queue: an error from the database. A connection error makes the
 * running watch probe at once (a query error says nothing about the server, and is ignored).
 * Returns whether the error was a connection error.
 */
export function reportDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  state().probeNow?.();
  return true;
}

function setDown(down: boolean): void {
  const s = state();
  if (s.down === down) return;
  s.down = down;
  s.downSince = down ? Date.now() : null;
  for (const listener of s.listeners) {
    try {
      listener(down);
    } catch {
      // A listener's failure is its own.
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The watch

export interface DatabaseWatchOptions {
  connectionString: string;
  /** Between probes while the database answers (the idle connection's error event is faster). */
  upIntervalMs?: number;
  /** Between attempts to connect while it is down. */
  downIntervalMs?: number;
  /** How long a connection or `select 1` may take before the database counts as down. */
  timeoutMs?: number;
}

export interface DatabaseWatch {
  /** Resolves after the first probe. */
  readonly ready: Promise<void>;
  isDown(): boolean;
  /** Probes now (at most one probe runs at a time); resolves with whether the database is down. */
  probe(): Promise<boolean>;
  stop(): Promise<void>;
}

/** pg's own timeouts: connecting (connectionTimeoutMillis) and waiting for an answer (query_timeout). */
function isTimeout(error: unknown): boolean {
  return error instanceof Error && /timeout expired|connection timeout|Query read timeout/i.test(error.message);
}

/** Starts watching the database; one watch per process (a second start stops the first). */
export function startDatabaseWatch(options: DatabaseWatchOptions): DatabaseWatch {
  const upInterval = options.upIntervalMs ?? 2_000;
  const downInterval = options.downIntervalMs ?? 1_000;
  const timeout = options.timeoutMs ?? 1_500;
  let client: pg.Client | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> | null = null;
  let stopped = false;

  const drop = (c: pg.Client | null) => {
    if (!c) return;
    if (client === c) client = null;
    c.end().catch(() => {});
  };

  const connect = async (): Promise<pg.Client> => {
    const c = new pg.Client({
      connectionString: options.connectionString,
      connectionTimeoutMillis: timeout,
      query_timeout: timeout,
      application_name: "dugnad-database-watch",
      keepAlive: true,
    });
    // A stopped server closes the idle connection: down at once, and probing every second.
    c.on("error", () => {
      drop(c);
      if (!stopped) {
        setDown(true);
        schedule(downInterval);
      }
    });
    await c.connect();
    return c;
  };

  const probeOnce = async (attempt = 1): Promise<boolean> => {
    let c = client;
    try {
      if (!c) {
        c = await connect();
        if (stopped) {
          drop(c);
          return state().down;
        }
        client = c;
      }
      await c.query("select 1");
      setDown(false);
    } catch (error) {
      drop(c);
      // A timeout may be this process's own stall rather than the database's: while the event loop
      // is blocked (the server starting, a large render), the timer fires before the answer that
      // came meanwhile is read. One more try before the database counts as down; a refused or
      // closed connection counts at once.
      if (attempt === 1 && isTimeout(error)) return probeOnce(2);
      setDown(true);
    }
    return state().down;
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void probe(), ms);
    timer.unref?.();
  };

  const probe = (): Promise<boolean> => {
    if (stopped) return Promise.resolve(state().down);
    running ??= probeOnce().finally(() => {
      running = null;
      schedule(state().down ? downInterval : upInterval);
    });
    return running;
  };

  const s = state();
  const probeNow = () => void probe();
  s.probeNow = probeNow;
  const ready = probe().then(() => undefined);

  return {
    ready,
    isDown: () => state().down,
    probe,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (state().probeNow === probeNow) state().probeNow = null;
      await running?.catch(() => {});
      const c = client;
      client = null;
      await c?.end().catch(() => {});
      setDown(false);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The 503

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/** Paths served while the database is down: liveness, readiness and metrics answer for themselves, and files need no database. */
export function servedWhileDown(pathname: string): boolean {
  return (
    pathname === "/api/health" ||
    pathname === "/api/ready" ||
    pathname === "/api/metrics" ||
    pathname.startsWith("/_next/static/") ||
    pathname.startsWith("/fonts/") ||
    pathname === "/favicon.ico" ||
    pathname === "/icon.svg" ||
    pathname === "/robots.txt"
  );
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return null; // not valid percent-encoding: no choice made
    }
  }
  return null;
}

/** The language of the 503: the language cookie (a choice made in the app), else Accept-Language. */
export function outageLocale(req: Pick<IncomingMessage, "headers">): Locale {
  const chosen = cookieValue(req.headers.cookie, LOCALE_COOKIE);
  if (chosen === "nb" || chosen === "en") return chosen;
  const accept = req.headers["accept-language"];
  return negotiateLocale(Array.isArray(accept) ? accept.join(",") : accept);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The 503 page: the design's basics inline (no stylesheet to fetch), readable and accessible on its own. */
export function unavailablePage(locale: Locale, nonce: string): string {
  const t = textsIn(outageTexts, locale);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.title)}</title>
<style nonce="${nonce}">
body{margin:0;font-family:Inter,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.125rem;line-height:1.6;color:#1e2b3c;background:#f6f8fa}
header{background:#fff;border-bottom:1px solid #d3dbe3;padding:1rem 1.5rem;font-weight:600;font-size:1.25rem}
main{max-width:40rem;margin:3rem auto;padding:0 1.5rem}
.notice{background:#fff;border-left:.375rem solid #b3551b;border-radius:.25rem;padding:1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.75rem;line-height:1.3;margin:0 0 1rem}
p{margin:0 0 1rem}
a{color:#0062ba;font-weight:500}
a:focus-visible{outline:3px solid #1e2b3c;outline-offset:2px}
</style>
</head>
<body>
<header>Dugnad</header>
<main id="hovedinnhold">
<div class="notice">
<h1>${escapeHtml(t.heading)}</h1>
<p>${escapeHtml(t.body)}</p>
<p>${escapeHtml(t.retryHint)}</p>
<p><a href="">${escapeHtml(t.reload)}</a></p>
</div>
</main>
</body>
</html>
`;
}

/**
 * Answers a request with 503 while the database is down: an HTML page for a page, RFC 9457
 * problem details for the API, and for a server action (header `next-action`) a text/plain 503,
 * which Next's client turns into a rejected action call with this text (the forms and the plan
 * editor catch it: components/ui/action-error.ts).
 */
export function writeUnavailable(req: IncomingMessage, res: ServerResponse): void {
  const locale = outageLocale(req);
  const t = textsIn(outageTexts, locale);
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  const head = req.method === "HEAD";
  res.statusCode = 503;
  res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
  res.setHeader("cache-control", "no-store");
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("content-language", locale);
  let body: string;
  if (req.headers["next-action"]) {
    res.setHeader("content-type", "text/plain");
    body = t.action;
  } else if (pathname.startsWith("/api/")) {
    res.setHeader("content-type", "application/problem+json");
    body = JSON.stringify({ type: "https://dugnad.invalid/problems/unavailable", title: "Service Unavailable", status: 503, detail: t.problemDetail });
  } else {
    const nonce = randomBytes(16).toString("base64");
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-security-policy", `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
    body = unavailablePage(locale, nonce);
  }
  res.setHeader("content-length", Buffer.byteLength(body));
  res.end(head ? undefined : body);
}

/**
 * The guard for the server in front of Next: while the database is down, a request for anything
 * but liveness, readiness, metrics and static files is answered 503 here; otherwise `next()`.
 */
export function databaseGuard(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  if (databaseIsDown() && !servedWhileDown(pathname)) {
    writeUnavailable(req, res);
    return;
  }
  next();
}
