import { z } from "zod";
import { DEMO_PASSWORD } from "@/lib/domain/demo";
import { plainText } from "@/lib/domain/text";
import { common } from "@/lib/i18n/common";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import { FIRST_REPORTING_YEAR } from "@/lib/domain/reporting-years";
import { DEFAULT_REMINDER_DAYS, DELIVERY_MODES, MAX_REMINDER_DAYS, MAX_REMINDERS, NOTIFICATION_KINDS } from "@/lib/domain/notifications";

// One schema per form, used by the client resolver and by the server action.

const MAX_TEXT = 20_000;
const MAX_COUNT = 100_000;
export { FIRST_REPORTING_YEAR };

/** A whole number ≥ 0 typed into a form field ("" is missing, "2,5" is not whole). */
const count = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
  z
    .number({ error: (issue) => (issue.input === undefined ? common().errors.required : common().errors.wholeNumber) })
    .int({ error: () => common().errors.wholeNumber })
    .min(0, { error: () => common().errors.notNegative })
    .max(MAX_COUNT, { error: () => common().errors.tooLarge }),
);

function pairIsValid(value: unknown, total: string, target: string): boolean {
  const v = value as Record<string, unknown>;
  return count.safeParse(v[total]).success && count.safeParse(v[target]).success;
}

/** A record's version as a form sends it: "" or nothing for a record that did not exist. */
const optionalVersion = z.preprocess(
  (v) => (v === "" || v === undefined ? null : typeof v === "string" ? Number(v) : v),
  z.number().int().min(0).nullable(),
);

/** The year's counts, the reason for a revision and the version: the hiring form's fields but the year. */
const hiringCountFields = {
  permanentTotal: count,
  permanentTarget: count,
  temporaryTotal: count,
  temporaryTarget: count,
  /** Trainees who started in the year: one number, all in the target group (no "of whom"). */
  traineeTotal: count,
  /** Why the figures change; required when a year already reported is revised (checked on save). */
  reason: plainText().trim().max(500, { error: () => common().errors.tooLong }).default(""),
  /** The version of the year's report the user started from; null for a year not reported yet. */
  version: optionalVersion,
};

type PairCounts = { permanentTotal: number; permanentTarget: number; temporaryTotal: number; temporaryTarget: number };

/** "Of whom in the target group" is at most the total, per kind of position. */
function withPairChecks<S extends z.ZodType<PairCounts>>(schema: S): S {
  return schema
    // Checked even when other fields have errors, so the user sees every problem at once.
    .refine((v) => v.permanentTarget <= v.permanentTotal, {
      path: ["permanentTarget"],
      error: () => common().errors.targetExceedsTotal,
      when: (p) => pairIsValid(p.value, "permanentTotal", "permanentTarget"),
    })
    .refine((v) => v.temporaryTarget <= v.temporaryTotal, {
      path: ["temporaryTarget"],
      error: () => common().errors.targetExceedsTotal,
      when: (p) => pairIsValid(p.value, "temporaryTotal", "temporaryTarget"),
    });
}

/** A reporting year as a form or a URL gives it: from the first reporting year up to this year. */
export function reportingYearSchema(currentYear: number) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z
      .number({ error: () => common().errors.required })
      .int({ error: () => common().errors.wholeNumber })
      .min(FIRST_REPORTING_YEAR, { error: () => common().errors.yearTooEarly })
      .max(currentYear, { error: () => common().errors.futureYear }),
  );
}

export function hiringReportSchema(currentYear: number) {
  return withPairChecks(z.object({ year: reportingYearSchema(currentYear), ...hiringCountFields }));
}

/**
 * The hiring form without the year, for the API's PUT of one year's figures (the year is in the
 * path): the same fields, messages and checks as the form (issue 14).
 */
export const hiringFiguresSchema = withPairChecks(z.object(hiringCountFields));
export type HiringFiguresInput = z.infer<typeof hiringFiguresSchema>;
export type HiringReportInput = z.infer<ReturnType<typeof hiringReportSchema>>;

const element = plainText().max(MAX_TEXT, { error: () => common().errors.tooLong }).default("");

export const planDraftSchema = z.object({
  planId: plainText().min(1),
  version: z.coerce.number().int().min(0),
  challenges: element,
  measures: element,
  goals: element,
  goalLink: element,
  responsibilities: element,
  traineeAssessment: element,
});
export type PlanDraftInput = z.infer<typeof planDraftSchema>;

/** Submitting needs every element; the message names the element. */
export const planSubmitSchema = planDraftSchema.superRefine((v, ctx) => {
  for (const key of PLAN_ELEMENTS) {
    if (!v[key].trim()) {
      ctx.addIssue({ code: "custom", path: [key], message: common().errors.missingElement(common().planElements[key]) });
    }
  }
});

export const isoDate = plainText({ error: () => common().errors.required })
  .trim()
  .min(1, { error: () => common().errors.required })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => common().errors.invalidDate })
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()), { error: () => common().errors.invalidDate });

export const text = (max: number) =>
  plainText({ error: () => common().errors.required }).trim().min(1, { error: () => common().errors.required }).max(max, { error: () => common().errors.tooLong });

export const signatorySchema = z.object({
  name: text(120),
  title: text(120),
  byAuthority: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});

/** Fields every letter has; set once for a round and overridable per letter. */
const letterFields = {
  date: isoDate,
  deadline: isoDate,
  body: text(MAX_TEXT),
  department: text(120),
  caseworkerName: text(120),
  caseworkerPhone: plainText()
    .trim()
    .regex(/^\+?[\d ]{8,15}$/, { error: () => common().errors.phoneFormat }),
  signatories: z.array(signatorySchema).min(1, { error: () => common().errors.signatoryRequired }).max(4),
  copyTo: z.preprocess(
    (v) => (typeof v === "string" ? v.split("\n") : v),
    z.array(plainText().trim()).transform((list) => list.filter(Boolean)),
  ),
};

const deadlineAfterDate = {
  error: () => common().errors.deadlineBeforeDate,
  path: ["deadline"],
  // Checked even when other fields have errors (the dates are parsed by then).
  when: (p: { value: unknown }) => {
    const v = p.value as Record<string, unknown>;
    return v.date instanceof Date && v.deadline instanceof Date && !Number.isNaN(v.date.getTime() + v.deadline.getTime());
  },
};

/**
 * The round's reminders before the deadline as typed, "14, 3": whole days 1–60, at most 5; stored
 * distinct, furthest first. Left out (a caller other than the form): the default, 14 and 3.
 */
export const reminderDaysField = z.preprocess(
  (v) => (v === undefined ? DEFAULT_REMINDER_DAYS.join(", ") : v),
  plainText({ error: () => common().errors.reminderDaysFormat })
    .trim()
    .transform((typed, ctx) => {
      const parts = typed.split(",").map((p) => p.trim());
      if (parts.some((p) => !/^\d{1,3}$/.test(p))) {
        ctx.addIssue({ code: "custom", message: common().errors.reminderDaysFormat });
        return z.NEVER;
      }
      const days = [...new Set(parts.map(Number))].sort((a, b) => b - a);
      if (days.some((d) => d < 1 || d > MAX_REMINDER_DAYS)) {
        ctx.addIssue({ code: "custom", message: common().errors.reminderDaysRange });
        return z.NEVER;
      }
      if (days.length > MAX_REMINDERS) {
        ctx.addIssue({ code: "custom", message: common().errors.reminderDaysTooMany });
        return z.NEVER;
      }
      return days;
    }),
);

export const roundSchema = z
  .object({
    title: text(200),
    caseNumber: plainText()
      .trim()
      .min(1, { error: () => common().errors.required })
      .regex(/^\d{2}\/\d{1,6}$/, { error: () => common().errors.caseNumberFormat }),
    ...letterFields,
    agencyIds: z.preprocess(
      (v) => (v === undefined || v === false ? [] : Array.isArray(v) ? v : [v]),
      z.array(plainText().min(1).max(64)).min(1, { error: () => common().errors.chooseAgency }).max(500),
    ),
    reminderDays: reminderDaysField,
    /** The earlier round this one continues (issue 13); checked against the ministry on the server. */
    previousRoundId: plainText()
      .trim()
      .max(64)
      .optional()
      .transform((t) => t || null),
    /** "Ber om revidert handlingsplan": each plan starts from the agency's latest approved version. */
    asksForRevision: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
    /** "Leder må godkjenne planen før innsending" (issue 13). */
    requiresLeaderApproval: z.boolean().default(false),
  })
  .refine((v) => v.deadline.getTime() > v.date.getTime(), deadlineAfterDate);

export const letterSchema = z
  .object({
    letterId: plainText().min(1),
    /** The draft's version the user started from (concurrent edits never overwrite each other). */
    version: z.coerce.number().int().min(0),
    number: text(60),
    title: plainText()
      .trim()
      .max(300, { error: () => common().errors.tooLong })
      .transform((t) => t || null),
    yourRef: plainText()
      .trim()
      .max(60, { error: () => common().errors.tooLong })
      .transform((t) => t || null),
    ourRef: plainText()
      .trim()
      .min(1, { error: () => common().errors.required })
      .regex(/^\d{2}\/\d{1,6}-\d{1,4}$/, { error: () => common().errors.ourRefFormat }),
    ...letterFields,
  })
  .refine((v) => v.deadline.getTime() > v.date.getTime(), deadlineAfterDate);
export type LetterInput = z.infer<typeof letterSchema>;

export type RoundInput = z.infer<typeof roundSchema>;

export const loginSchema = z.object({
  email: plainText().trim().toLowerCase().email({ error: () => common().login.wrongCredentials }),
  password: plainText().min(1, { error: () => common().login.wrongCredentials }),
});

const reportingYear = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
  z.number({ error: () => common().errors.required }).int({ error: () => common().errors.wholeNumber }).min(FIRST_REPORTING_YEAR, { error: () => common().errors.yearTooEarly }).max(2100),
);

/** A small agency asks to report several of its years as one period (at most 5 years). */
export const poolingRequestSchema = z
  .object({
    fromYear: reportingYear,
    toYear: reportingYear,
    reason: plainText().trim().max(500, { error: () => common().errors.tooLong }).default(""),
  })
  .refine((v) => v.toYear > v.fromYear, { path: ["toYear"], error: () => common().errors.poolingOrder })
  .refine((v) => v.toYear - v.fromYear < 5, { path: ["toYear"], error: () => common().errors.poolingTooLong });
export type PoolingRequestInput = z.infer<typeof poolingRequestSchema>;

/** The date by which the ministry's agencies report a year's figures (the figures' reminders follow it). */
export const reportingDeadlineSchema = z
  .object({ year: reportingYear, dueOn: isoDate })
  .refine((v) => v.dueOn.getUTCFullYear() > v.year, {
    path: ["dueOn"],
    error: (issue) => common().errors.dueBeforeYearEnds((issue.input as { year: number }).year),
    when: (p) => {
      const v = p.value as Record<string, unknown>;
      return typeof v.year === "number" && v.dueOn instanceof Date && !Number.isNaN(v.dueOn.getTime());
    },
  });
export type ReportingDeadlineInput = z.infer<typeof reportingDeadlineSchema>;

/** A record's id in a path (/varsler/<id>): anything else is not found. */
export const recordIdSchema = plainText().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** One's e-mail choice per kind of notification (kinds one cannot choose for are ignored when saved). */
export const notificationPreferencesSchema = z.partialRecord(
  z.enum(NOTIFICATION_KINDS),
  z.enum(DELIVERY_MODES, { error: () => common().errors.chooseDeliveryMode }),
);
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;

/** The ministry's decision on a request. */
export const poolingDecisionSchema = z.object({
  consentId: plainText().min(1).max(64),
  decision: z.enum(["approve", "refuse"]),
  note: plainText().trim().max(500, { error: () => common().errors.tooLong }).default(""),
});
export type PoolingDecisionInput = z.infer<typeof poolingDecisionSchema>;

/**
 * A password a person sets through a one-time link: long rather than complex (NSM's and NIST's
 * advice), not the e-mail address, not the demo password.
 */
export function setPasswordSchema(email: string) {
  const local = email.split("@")[0]!.toLowerCase();
  return z
    .object({
      password: z
        .string()
        .min(12, { error: () => common().setPassword.tooShort })
        .max(256, { error: () => common().setPassword.tooLong })
        .refine((p) => !p.includes("\u0000"), { error: () => common().errors.nulCharacter })
        .refine((p) => p.toLowerCase() !== DEMO_PASSWORD, { error: () => common().setPassword.demoPassword })
        .refine((p) => !(local.length >= 4 && p.toLowerCase().includes(local)) && !p.toLowerCase().includes(email.toLowerCase()), { error: () => common().setPassword.containsEmail })
        .refine((p) => new Set(p).size > 1, { error: () => common().setPassword.oneCharacter }),
      repeat: z.string(),
    })
    .refine((v) => v.password === v.repeat, { path: ["repeat"], error: () => common().setPassword.repeatDiffers });
}
