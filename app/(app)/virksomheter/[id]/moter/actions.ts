"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { createMeeting, finaliseMeeting, reopenMeeting, saveMeeting } from "@/lib/data/meetings";
import { meetingSchema, meetingVersionSchema, newMeetingSchema } from "@/lib/domain/meeting-schema";
import { localized } from "@/lib/i18n/current";
import { meetingTexts } from "@/lib/i18n/meetings";

const texts = () => localized(meetingTexts);

const revalidate = () => {
  revalidatePath("/virksomheter/[id]/moter", "layout");
  revalidatePath("/moter");
};

/** A new draft record of a governance meeting, with the brief as it stands as its basis. */
export const createMeetingAction = defineAction(newMeetingSchema, async (input, actor) => {
  const { id } = await createMeeting(actor, input);
  revalidate();
  return { ok: true, data: { id }, message: texts().actions.saved };
}, "meeting.write");

/** Saves the draft. */
export const saveMeetingAction = defineAction(meetingSchema, async (input, actor) => {
  const { version } = await saveMeeting(actor, input);
  revalidate();
  return { ok: true, data: { version }, message: texts().actions.saved };
}, "meeting.write");

/** Saves the draft as the form has it, then finalises it ("Fastsett referat"). */
export const finaliseMeetingAction = defineAction(meetingSchema, async (input, actor) => {
  // Checked before saving, so that a refusal leaves the draft (and the form's version) as it was.
  const t = texts();
  if (input.participants.length === 0) return { ok: false, message: t.errors.noParticipants, fieldErrors: { participants: [t.errors.noParticipants] } };
  const saved = await saveMeeting(actor, input);
  const { version } = await finaliseMeeting(actor, { meetingId: input.meetingId, version: saved.version });
  revalidate();
  return { ok: true, data: { version }, message: t.actions.finalised };
}, "meeting.write");

/** Reopens the latest finalised record as a draft ("meetingId@version", from a button). */
export const reopenMeetingAction = defineAction(
  z.string().max(100).regex(/^[^@]+@\d+$/).transform((s) => meetingVersionSchema.parse({ meetingId: s.split("@")[0], version: Number(s.split("@")[1]) })),
  async (input, actor) => {
    await reopenMeeting(actor, input);
    revalidate();
    return { ok: true, message: texts().actions.reopened };
  },
  "meeting.write",
);
