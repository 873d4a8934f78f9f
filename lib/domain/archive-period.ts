// The period of an archive download (/api/arkivmelding?fra=YYYY-MM-DD&til=YYYY-MM-DD): calendar
// days in Norway, both included, at most a year (every PDF of the period is rendered in memory).
import { z } from "zod";

export const MAX_ARCHIVE_PERIOD_DAYS = 366;

const calendarDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s, ctx) => {
    const d = new Date(`${s}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
      ctx.addIssue({ code: "custom", message: "date" });
      return z.NEVER;
    }
    return d;
  });

export const archivePeriodSchema = z.object({ fra: calendarDate, til: calendarDate });

export type ArchivePeriodProblem = "fromFormat" | "toFormat" | "order" | "tooLong";
export interface ArchivePeriod {
  /** The first and the last day, as UTC midnight. */
  from: Date;
  to: Date;
}

/** The period from the query, or what is wrong with it (each problem once). */
export function parseArchivePeriod(query: { fra: string | null; til: string | null }): { ok: true; period: ArchivePeriod } | { ok: false; problems: ArchivePeriodProblem[] } {
  const parsed = archivePeriodSchema.safeParse({ fra: query.fra ?? "", til: query.til ?? "" });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => i.path[0]));
    const problems: ArchivePeriodProblem[] = [];
    if (fields.has("fra")) problems.push("fromFormat");
    if (fields.has("til")) problems.push("toFormat");
    return { ok: false, problems };
  }
  const { fra: from, til: to } = parsed.data;
  if (to < from) return { ok: false, problems: ["order"] };
  if ((to.getTime() - from.getTime()) / 86_400_000 + 1 > MAX_ARCHIVE_PERIOD_DAYS) return { ok: false, problems: ["tooLong"] };
  return { ok: true, period: { from, to } };
}

/** Whether a calendar day (UTC midnight) is within the period. */
export function inPeriod(day: Date, p: ArchivePeriod): boolean {
  return day.getTime() >= p.from.getTime() && day.getTime() <= p.to.getTime();
}
