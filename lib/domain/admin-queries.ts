// The query parameters of the administration's lists (users, the audit log), validated: a bad
// parameter is left out of the query and named with a message for its field, never an error page.
import { ROLES, type Role } from "@/lib/access/grants";
import { adminTexts } from "@/lib/i18n/admin";
import { localized } from "@/lib/i18n/current";
import { AUDIT_ENTITIES, AUDIT_KINDS } from "@/lib/i18n/admin-nb";

/** The administration's texts in the current language, read when a message is needed (never at module load). */
const t = () => localized(adminTexts);

export const USER_STATUSES = ["active", "invited", "deactivated"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
/** The status as written in the URL. */
export const USER_STATUS_PARAM: Record<UserStatus, string> = { active: "aktiv", invited: "invitert", deactivated: "deaktivert" };

export const USER_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 50;

type Params = Record<string, string | string[] | undefined>;
const first = (params: Params, key: string): string | undefined => {
  const v = params[key];
  return (Array.isArray(v) ? v[0] : v) ?? undefined;
};

const CONTROL = /[\u0000-\u001f\u007f]/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface UserListQuery {
  sok: string;
  rolle?: Role;
  virksomhet?: string;
  status?: UserStatus;
  side: number;
}

export type QueryProblems<K extends string> = Partial<Record<K, string>>;

function page(value: string | undefined, problems: Record<string, string>): number {
  if (value === undefined || value === "") return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) {
    problems.side = t().log.badPage;
    return 1;
  }
  return n;
}

/** The user list's filters from the URL. */
export function parseUserListQuery(params: Params): { query: UserListQuery; problems: QueryProblems<"sok" | "rolle" | "virksomhet" | "status" | "side"> } {
  const problems: Record<string, string> = {};
  const query: UserListQuery = { sok: "", side: page(first(params, "side"), problems) };
  const sok = first(params, "sok") ?? "";
  if (CONTROL.test(sok) || sok.length > 100) problems.sok = sok.length > 100 ? t().errors.tooLong(100) : t().errors.badCharacters;
  else query.sok = sok.trim();
  const rolle = first(params, "rolle");
  if (rolle) {
    if ((ROLES as readonly string[]).includes(rolle)) query.rolle = rolle as Role;
    else problems.rolle = t().errors.chooseRole;
  }
  const virksomhet = first(params, "virksomhet");
  if (virksomhet) {
    if (ID.test(virksomhet)) query.virksomhet = virksomhet;
    else problems.virksomhet = t().errors.chooseOrganisation;
  }
  const status = first(params, "status");
  if (status) {
    const s = USER_STATUSES.find((k) => USER_STATUS_PARAM[k] === status);
    if (s) query.status = s;
    else problems.status = t().errors.chooseStatus;
  }
  return { query, problems };
}

/** The URL search string for a user list query, leaving out what is not set. */
export function userListSearch(q: UserListQuery, change: Partial<UserListQuery> = {}): string {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  if (next.sok) params.set("sok", next.sok);
  if (next.rolle) params.set("rolle", next.rolle);
  if (next.virksomhet) params.set("virksomhet", next.virksomhet);
  if (next.status) params.set("status", USER_STATUS_PARAM[next.status]);
  if (next.side > 1) params.set("side", String(next.side));
  const s = params.toString();
  return s ? `?${s}` : "";
}

export interface AuditLogQuery {
  virksomhet?: string;
  bruker?: string;
  /** An entity ("ActionPlan": all its events) or one kind ("ActionPlan.submit"). */
  hendelse?: string;
  /** Calendar dates, YYYY-MM-DD, both included. */
  fra?: string;
  til?: string;
  side: number;
}
export type AuditLogProblems = QueryProblems<"virksomhet" | "bruker" | "hendelse" | "fra" | "til" | "side">;

/** "2026-03-01" or "1.3.2026" → "2026-03-01"; null when it is no date. */
export function parseCalendarDate(input: string): string | null {
  const s = input.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export const isAuditKind = (value: string) => Object.hasOwn(AUDIT_KINDS, value) || Object.hasOwn(AUDIT_ENTITIES, value);

/** The audit log's filters from the URL (whether the organisation and user are within reach is checked by the data layer). */
export function parseAuditLogQuery(params: Params): { query: AuditLogQuery; problems: AuditLogProblems } {
  const problems: Record<string, string> = {};
  const query: AuditLogQuery = { side: page(first(params, "side"), problems) };
  const id = (key: "virksomhet" | "bruker", message: string) => {
    const v = first(params, key);
    if (!v) return;
    if (ID.test(v)) query[key] = v;
    else problems[key] = message;
  };
  id("virksomhet", t().log.badOrganisation);
  id("bruker", t().log.badUser);
  const kind = first(params, "hendelse");
  if (kind) {
    if (isAuditKind(kind)) query.hendelse = kind;
    else problems.hendelse = t().log.badKind;
  }
  for (const key of ["fra", "til"] as const) {
    const v = first(params, key);
    if (!v) continue;
    const date = parseCalendarDate(v);
    if (date) query[key] = date;
    else problems[key] = t().log.badDate;
  }
  if (query.fra && query.til && query.til < query.fra) {
    problems.til = t().log.dateOrder;
    delete query.til;
  }
  return { query, problems };
}

export function auditLogSearch(q: AuditLogQuery, change: Partial<AuditLogQuery> = {}): string {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  for (const key of ["virksomhet", "bruker", "hendelse", "fra", "til"] as const) if (next[key]) params.set(key, next[key]!);
  if (next.side > 1) params.set("side", String(next.side));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Midnight at the start of a calendar date in Norway, as a moment. */
export function startOfNorwegianDay(date: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", hour: "2-digit", hourCycle: "h23" }).formatToParts(guess);
  const offsetHours = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  return new Date(guess.getTime() - offsetHours * 3_600_000);
}

/** The start of the day after, in Norway (the end of a range that includes the date). */
export function startOfNextNorwegianDay(date: string): Date {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return startOfNorwegianDay(next.toISOString().slice(0, 10));
}
