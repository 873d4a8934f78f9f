// Number and date formats. Norwegian (the default, and always in documents): `10,5 %`, `1.12.2020`,
// `4. november 2020`, `23.11.2026 kl. 09.15`. English (the interface in English, issue 14):
// `10.5 %`, `1 Dec 2020`, `4 November 2020`, `23 Nov 2026, 09:15`.
import { GOAL_PERCENT } from "@/lib/domain/reporting-years";
import type { Locale } from "@/lib/i18n/locale";

const NBSP = "\u00a0";
const oneDecimal = {
  nb: new Intl.NumberFormat("nb-NO", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const integer = {
  nb: new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
};

/**
 * A share `part / whole` in tenths of a percent, rounded half up, but never so that it reads as
 * the goal met when it is not: 2/19 → 105 (10,5 %), 497/10 000 → 49 (4,9 %, not 5,0 %). Whole
 * numbers only: the rounding is exact. Null when `whole` is 0.
 */
export function shareTenths(part: number, whole: number, goalPercent: number = GOAL_PERCENT): number | null {
  if (whole <= 0) return null;
  const rounded = Math.floor((2000 * part + whole) / (2 * whole));
  const goalTenths = goalPercent * 10;
  const reached = part * 100 >= goalPercent * whole;
  return !reached && rounded >= goalTenths ? goalTenths - 1 : rounded;
}

/**
 * The one format of a share: 2 of 19 → "10,5 %" (no-break space before the sign), "–" when there
 * is nothing to divide by. A share just under the goal never shows as the goal (4,97 % → "4,9 %").
 */
export function formatShare(part: number, whole: number, goalPercent: number = GOAL_PERCENT, locale: Locale = "nb"): string {
  const tenths = shareTenths(part, whole, goalPercent);
  return tenths === null ? "–" : formatTenths(tenths, locale);
}

/** 105 → "10,5 %" (English "10.5 %"). */
export function formatTenths(tenths: number, locale: Locale = "nb"): string {
  return `${oneDecimal[locale].format(tenths / 10).replace(/\u2212/g, "-")}${NBSP}%`;
}

/** 1234 → "1 234" (English "1,234"). */
export function formatCount(value: number, locale: Locale = "nb"): string {
  return integer[locale].format(value);
}

const MONTHS = [
  "januar", "februar", "mars", "april", "mai", "juni",
  "juli", "august", "september", "oktober", "november", "desember",
];

const MONTHS_EN = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const monthAbbreviation = (month: number) => MONTHS_EN[month]!.slice(0, 3);

/** A calendar date (stored as UTC midnight) → "1.12.2020" (English "1 Dec 2020"). */
export function formatShortDate(d: Date, locale: Locale = "nb"): string {
  if (locale === "en") return `${d.getUTCDate()} ${monthAbbreviation(d.getUTCMonth())} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
}

/** A calendar date → "4. november 2020" (English "4 November 2020"). */
export function formatLongDate(d: Date, locale: Locale = "nb"): string {
  if (locale === "en") return `${d.getUTCDate()} ${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const osloParts = new Intl.DateTimeFormat("nb-NO", {
  timeZone: "Europe/Oslo", day: "numeric", month: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit",
});

/** A moment → "23.11.2026 kl. 09.15" in Norwegian time (English "23 Nov 2026, 09:15", still Norwegian time). */
export function formatDateTime(d: Date, locale: Locale = "nb"): string {
  const parts = osloParts.formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  if (locale === "en") {
    return `${get("day")} ${monthAbbreviation(Number(get("month")) - 1)} ${get("year")}, ${get("hour")}:${get("minute")}`;
  }
  return `${get("day")}.${get("month")}.${get("year")} kl. ${get("hour")}.${get("minute")}`;
}

/** Days from `today` to `deadline` (calendar days; negative when past). */
export function daysUntil(deadline: Date, today: Date): number {
  const a = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const b = Date.UTC(deadline.getUTCFullYear(), deadline.getUTCMonth(), deadline.getUTCDate());
  return Math.round((b - a) / 86_400_000);
}

/** Today's calendar date in Norway, as UTC midnight (the form dates are stored in). */
export function todayInNorway(now: Date = new Date()): Date {
  const s = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(now);
  return new Date(`${s}T00:00:00Z`);
}
