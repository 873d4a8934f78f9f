// Norwegian number and date formats: `10,5 %`, `1.12.2020`, `4. november 2020`.
const NBSP = "\u00a0";
const oneDecimal = new Intl.NumberFormat("nb-NO", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });

/** 0.10526 → "10,5 %" (no-break space before the sign); null → "–". */
export function formatShare(value: number | null): string {
  if (value === null) return "–";
  return `${oneDecimal.format(value * 100).replace(/\u2212/g, "-")}${NBSP}%`;
}

export function formatCount(value: number): string {
  return integer.format(value);
}

const MONTHS = [
  "januar", "februar", "mars", "april", "mai", "juni",
  "juli", "august", "september", "oktober", "november", "desember",
];

/** A calendar date (stored as UTC midnight) → "1.12.2020". */
export function formatShortDate(d: Date): string {
  return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
}

/** A calendar date → "4. november 2020". */
export function formatLongDate(d: Date): string {
  return `${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A moment → "23.11.2026 kl. 09.15" in Norwegian time. */
export function formatDateTime(d: Date): string {
  const parts = new Intl.DateTimeFormat("nb-NO", {
    timeZone: "Europe/Oslo", day: "numeric", month: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit",
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
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
