/**
 * Notifications (issue 12): what is sent, to whom, and when — pure rules, no texts (the words are
 * in lib/i18n/notifications-nb.ts) and no database. docs/decisions/017-notifications.md.
 */

export const NOTIFICATION_KINDS = [
  "ROUND_SENT",
  "PLAN_DEADLINE",
  "PLAN_SUBMITTED",
  "PLAN_REVIEWED",
  "FIGURES_DUE",
  "SECTOR_PLAN_PUBLISHED",
  "OVERDUE_OVERVIEW",
  "PLAN_SIGNOFF",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const DELIVERY_MODES = ["IMMEDIATE", "DAILY", "OFF"] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** Messages a round requires: the letter itself and its deadline. They go out at once, always. */
export const REQUIRED_KINDS: ReadonlySet<NotificationKind> = new Set(["ROUND_SENT", "PLAN_DEADLINE"]);

/** A round's reminder days before its deadline when the adviser chooses none (`AddendumRound.reminderDays`). */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [14, 3];
/** The most reminders a round can have before its deadline, and the furthest one (days). */
export const MAX_REMINDERS = 5;
export const MAX_REMINDER_DAYS = 60;

/** How a message of this kind reaches a person, given their choice (none: at once). */
export function deliveryMode(kind: NotificationKind, chosen: DeliveryMode | undefined): DeliveryMode {
  if (REQUIRED_KINDS.has(kind)) return "IMMEDIATE";
  return chosen ?? "IMMEDIATE";
}

/**
 * What a notification's texts are made from: names, titles, dates (ISO yyyy-mm-dd) and a message
 * typed by an adviser. Never figures: small counts are sensitive, and e-mail leaves the app.
 */
export type NotificationParams =
  | { kind: "ROUND_SENT"; letterTitle: string; deadline: string; agencyName: string }
  | { kind: "PLAN_DEADLINE"; roundTitle: string; deadline: string; agencyName: string; daysLeft: number }
  | { kind: "PLAN_SUBMITTED"; agencyName: string; roundTitle: string; versionNumber: number; revision?: boolean }
  | { kind: "PLAN_REVIEWED"; agencyName: string; roundTitle: string; outcome: "APPROVED" | "CHANGES_REQUESTED"; message: string | null; revision?: boolean }
  | { kind: "PLAN_SIGNOFF"; agencyName: string; roundTitle: string; outcome: "REQUESTED" | "APPROVED" | "RETURNED"; message: string | null }
  | { kind: "FIGURES_DUE"; agencyName: string; year: number; dueOn: string; daysLeft: number }
  | { kind: "SECTOR_PLAN_PUBLISHED"; title: string; versionNumber: number; agencyName: string }
  | { kind: "OVERDUE_OVERVIEW"; date: string; agencies: { name: string; roundTitle: string; deadline: string }[] };

/** The kinds a person in this role and kind of organisation can receive (what their preferences list). */
export function kindsFor(role: string, organisationKind: string): NotificationKind[] {
  if (organisationKind === "AGENCY") {
    return role === "AGENCY_HR"
      ? ["ROUND_SENT", "PLAN_DEADLINE", "PLAN_REVIEWED", "PLAN_SIGNOFF", "FIGURES_DUE", "SECTOR_PLAN_PUBLISHED"]
      : ["ROUND_SENT", "PLAN_DEADLINE", "PLAN_SIGNOFF", "SECTOR_PLAN_PUBLISHED"];
  }
  if (role === "ADVISER") return ["PLAN_SUBMITTED", "OVERDUE_OVERVIEW"];
  return [];
}

/** Why a person receives a message: the role that makes them a recipient. */
export type RecipientReason = "agencyHr" | "agencyLeader" | "adviser";

/** The idempotency key of one event for one person. */
export function notificationKey(eventKey: string, userId: string): string {
  return `${eventKey}:${userId}`;
}

const DAY_MS = 86_400_000;

/** Whole days from one calendar date (yyyy-mm-dd) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The deadline reminder due on `today` for a plan not yet submitted, as the point it belongs to
 * (its key) and the days left (negative: overdue), or null. Before the deadline: the latest of the
 * round's reminder days that has been reached (14 and 3 by default; after a day without a run, only
 * the latest is sent, never two at once). After it: the next day, then every 7 days while overdue.
 * Each point has its own key, so a run repeated on the same day sends nothing twice.
 */
export function deadlineReminder(today: string, deadline: string, reminderDays: readonly number[]): { point: string; daysLeft: number } | null {
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft > 0) {
    const reached = reminderDays.filter((d) => d > 0 && d >= daysLeft).sort((a, b) => a - b)[0];
    return reached === undefined ? null : { point: `before-${reached}`, daysLeft };
  }
  if (daysLeft === 0) return null; // the deadline is today: the last reminder before it has gone out
  const overdue = -daysLeft;
  // Day 1, 8, 15, …: the latest such day reached (a day without a run is caught up once).
  const point = 1 + 7 * Math.floor((overdue - 1) / 7);
  return { point: `overdue-${point}`, daysLeft };
}

/** The figures reminder due on `today` for a year not reported: 14 days before the due date, and the day after it. */
export function figuresReminder(today: string, dueOn: string): { point: string; daysLeft: number } | null {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft > 14) return null;
  if (daysLeft >= 0) return { point: "before", daysLeft };
  return { point: "overdue", daysLeft };
}
