// The governance meeting's forms, checked on the client (react-hook-form) and again on the server.
import { z } from "zod";
import { MEETING_POINT_STATUSES, MEETING_SIDES } from "@/lib/domain/meetings";
import { plainText } from "@/lib/domain/text";
import { localized } from "@/lib/i18n/current";
import { meetingTexts } from "@/lib/i18n/meetings";

type MeetingErrors = (typeof meetingTexts.nb)["errors"];
type Message = () => string;
/** A message read when its check fails: in the language of the request (or the page). */
const e = (key: { [K in keyof MeetingErrors]: MeetingErrors[K] extends string ? K : never }[keyof MeetingErrors]): Message =>
  () => localized(meetingTexts).errors[key];
/** "2021-03-12", a real calendar date (not 2021-02-30). */
function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const isoDate = plainText({ error: e("dateRequired") })
  .trim()
  .min(1, { error: e("dateRequired") })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: e("invalidDate") })
  .refine(isIsoDate, { error: e("invalidDate") });
/** An optional date: "" for none. */
const optionalDate = plainText()
  .trim()
  .refine((s) => s === "" || isIsoDate(s), { error: e("invalidDate") });
const text = (max: number, required?: Message) => {
  const base = plainText().trim().max(max, { error: e("tooLong") });
  return required ? base.min(1, { error: required }) : base;
};
const side = z.enum(MEETING_SIDES, { error: e("sideRequired") });

export const participantSchema = z.object({ name: text(200, e("nameRequired")), title: text(200), side });
export const pointSchema = z.object({ what: text(2_000, e("whatRequired")), responsible: text(200, e("whoRequired")), side, dueOn: optionalDate });
export const pointUpdateSchema = z.object({
  pointId: plainText().min(1).max(64),
  status: z.enum(MEETING_POINT_STATUSES, { error: e("statusRequired") }),
  comment: text(1_000),
});

export const newMeetingSchema = z.object({ agencyId: plainText().min(1).max(64), date: isoDate });
export type NewMeetingInput = z.output<typeof newMeetingSchema>;

export const meetingSchema = z.object({
  meetingId: plainText().min(1).max(64),
  version: z.number().int().min(0),
  date: isoDate,
  participants: z.array(participantSchema).max(60, { error: e("tooMany") }),
  points: z.array(pointSchema).max(100, { error: e("tooMany") }),
  followUps: z.array(pointUpdateSchema).max(300, { error: e("tooMany") }),
  markFirstMeasure: z.boolean(),
});
export type MeetingInput = z.output<typeof meetingSchema>;
export type MeetingFormValues = z.input<typeof meetingSchema>;

export const meetingVersionSchema = z.object({ meetingId: plainText().min(1).max(64), version: z.number().int().min(0) });
export type MeetingVersionInput = z.output<typeof meetingVersionSchema>;

/** A form's date ("2021-03-12") as the stored calendar date. */
export const calendarDate = (s: string) => new Date(`${s}T00:00:00Z`);
