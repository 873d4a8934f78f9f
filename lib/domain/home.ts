// The home page's rules (issue 12): what each role sees there, the items of what to do next with
// the date each is ordered by, and how far a deadline is. Pure: no I/O and no words (the words are
// in lib/i18n/nb.ts, `nb.home`).
import type { Role } from "@/lib/access/grants";
import { daysUntil } from "@/lib/domain/format";
import { FIRST_REPORTING_YEAR } from "@/lib/domain/reporting-years";

/** Which home a person gets, by role (a leader in an agency sees its own agency, lib/access decides). */
export type HomeKind = "agency" | "adviser" | "leader" | "auditor" | "admin";

export function homeKindOf(role: Role): HomeKind {
  switch (role) {
    case "AGENCY_HR":
      return "agency";
    case "ADVISER":
      return "adviser";
    case "LEADER":
      return "leader";
    case "AUDITOR":
      return "auditor";
    case "ADMIN":
      return "admin";
  }
}

/**
 * One thing to do next. `date` orders the list: a deadline, or since when the thing has waited (a
 * request for changes, a year that ended without figures, a plan submitted for review).
 */
export type HomeItem = { date: Date; href: string } & (
  /** The agency's plan in a sent round, not yet submitted: due on `date`. */
  | { kind: "planDue"; roundTitle: string }
  /** The ministry asked for changes to the agency's plan on `date`. */
  | { kind: "changesRequested"; roundTitle: string }
  /** The agency has not reported `year` (the year ended on `date`). */
  | { kind: "figuresMissing"; year: number }
  /** Measures of the published sector plan with no status from the agency; `date` the earliest due. */
  | { kind: "followUpMissing"; count: number; planTitle: string; hasDue: boolean }
  /** A plan submitted on `date`, waiting for the ministry's review. */
  | { kind: "awaitsReview"; agencyName: string; roundTitle: string }
  /** An agency's plan past its deadline `date`, not submitted. */
  | { kind: "overdue"; agencyName: string; roundTitle: string }
  /** An agency without figures for `year`. */
  | { kind: "agencyFiguresMissing"; agencyName: string; year: number }
  /** An agency's leader: HR asked on `date` for sign-off of the plan before submitting it (issue 13). */
  | { kind: "signoffRequested"; roundTitle: string }
  /** A person invited on `date` who has not signed in yet. */
  | { kind: "invited"; userName: string; email: string }
);
export type HomeItemKind = HomeItem["kind"];

/** Ties on the date: deadlines before waiting work, then by name. */
const KIND_ORDER: readonly HomeItemKind[] = [
  "planDue", "overdue", "changesRequested", "signoffRequested", "awaitsReview", "followUpMissing", "figuresMissing", "agencyFiguresMissing", "invited",
];

const nameOf = (i: HomeItem): string => ("agencyName" in i ? i.agencyName : "userName" in i ? i.userName : "");

/** The items by date, the most urgent (earliest) first; a tie by kind, then by name. */
export function orderItems(items: readonly HomeItem[]): HomeItem[] {
  return [...items].sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      nameOf(a).localeCompare(nameOf(b), "nb"),
  );
}

/** How far a deadline is from today (both calendar dates in Norway). */
export type Due =
  | { kind: "today" }
  | { kind: "inDays"; days: number }
  | { kind: "overdue"; days: number };

export function dueOf(deadline: Date, today: Date): Due {
  const days = daysUntil(deadline, today);
  if (days === 0) return { kind: "today" };
  return days > 0 ? { kind: "inDays", days } : { kind: "overdue", days: -days };
}

/** The last calendar year that has ended (in Norway): the year figures are due for. */
export function lastCompleteYear(today: Date): number {
  return today.getUTCFullYear() - 1;
}

/** 1 January of the year after: the day a year's figures are owed from. */
export function yearEnded(year: number): Date {
  return new Date(Date.UTC(year + 1, 0, 1));
}

/**
 * The years an agency owes figures for: from the first reporting year, or the year it came into
 * being, to the last complete year, without those it has reported. Oldest first.
 */
export function missingYears(reported: readonly number[], today: Date, establishedOn: Date | null): number[] {
  const from = Math.max(FIRST_REPORTING_YEAR, establishedOn?.getUTCFullYear() ?? FIRST_REPORTING_YEAR);
  const have = new Set(reported);
  const out: number[] = [];
  for (let y = from; y <= lastCompleteYear(today); y++) if (!have.has(y)) out.push(y);
  return out;
}

/**
 * The date the sector plan's unreported measures are ordered by: the earliest due date among them,
 * else the day the plan was published (they have been expected since).
 */
export function followUpDate(dues: readonly string[], publishedAt: Date): { date: Date; hasDue: boolean } {
  const dates = dues.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return dates[0] ? { date: new Date(`${dates[0]}T00:00:00Z`), hasDue: true } : { date: publishedAt, hasDue: false };
}

/** Groups of audit events since the last visit, one per kind, the most frequent first. */
export interface ChangeGroup {
  entity: string;
  action: string;
  count: number;
  latest: Date;
}

export function orderChanges(groups: readonly ChangeGroup[]): ChangeGroup[] {
  return [...groups].sort((a, b) => b.latest.getTime() - a.latest.getTime() || b.count - a.count || `${a.entity}.${a.action}`.localeCompare(`${b.entity}.${b.action}`));
}
