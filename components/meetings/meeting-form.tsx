"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Checkbox } from "@/components/ds/checkbox";
import { Fieldset } from "@/components/ds/fieldset";
import { Button, Heading, Paragraph, ValidationMessage } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { ChoiceSelect } from "@/components/admin/choice-select";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { formatShortDate } from "@/lib/domain/format";
import { meetingSchema, type MeetingFormValues, type MeetingInput } from "@/lib/domain/meeting-schema";
import { MEETING_POINT_STATUSES, MEETING_SIDES, type MeetingSide } from "@/lib/domain/meetings";
import { meetingPageTexts, meetingTexts } from "@/lib/i18n/meetings";

export interface FollowUpRow {
  pointId: string;
  what: string;
  responsible: string;
  side: MeetingSide;
  agreedOn: Date;
  dueOn: Date | null;
}

interface Props {
  initial: MeetingFormValues;
  followUps: FollowUpRow[];
  firstMeasure: { text: string } | null;
  save: (values: MeetingFormValues) => Promise<ActionResult<{ version: number }>>;
  finalise: (values: MeetingFormValues) => Promise<ActionResult<{ version: number }>>;
}

/**
 * The draft record of a governance meeting: date, participants and agreed points as rows added and
 * removed with buttons (focus goes to the new row, or back to the add button; each change is
 * announced), the status of earlier open points, and the sector plan's first measure. "Fastsett
 * referat" saves what the form has and freezes the record.
 */
export function MeetingForm({ initial, followUps, firstMeasure, save, finalise }: Props) {
  const router = useRouter();
  const locale = useLocale();
  const t = useTexts(meetingTexts);
  const p = useTexts(meetingPageTexts).form;
  const a = t.actions;
  const c = t.columns;
  const sideOptions = MEETING_SIDES.map((s) => ({ value: s, label: t.sides[s] }));
  const statusOptions = MEETING_POINT_STATUSES.map((s) => ({ value: s, label: t.pointStatuses[s] }));
  const form = useForm<MeetingFormValues, unknown, MeetingInput>({ resolver: zodResolver(meetingSchema), defaultValues: initial });
  const { register, control, formState } = form;
  const e = formState.errors;
  const participants = useFieldArray({ control, name: "participants" });
  const points = useFieldArray({ control, name: "points" });
  const [announcement, setAnnouncement] = useState("");
  const addParticipant = useRef<HTMLButtonElement>(null);
  const addPoint = useRef<HTMLButtonElement>(null);
  const saving = useActionSubmit(form, save, (data) => {
    if (data) form.setValue("version", data.version);
  });
  const finalising = useActionSubmit(form, finalise, () => router.refresh());
  const pending = saving.pending || finalising.pending;

  return (
    <form onSubmit={saving.onSubmit} noValidate className="flex flex-col gap-8">
      <FormStatusAlert status={saving.status ?? finalising.status} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <Textfield label={p.date} type="date" className="max-w-xs" error={e.date?.message} {...register("date")} />

      <Fieldset>
        <Fieldset.Legend>
          <Heading level={2} data-size="sm">
            {t.headings.participants}
          </Heading>
        </Fieldset.Legend>
        {typeof e.participants?.message === "string" && <ValidationMessage>{e.participants.message}</ValidationMessage>}
        {participants.fields.map((field, i) => (
          <fieldset key={field.id} className="grid items-end gap-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4 sm:grid-cols-[2fr_2fr_1fr_auto]">
            <legend className="sr-only">{p.participant(i + 1)}</legend>
            <Textfield label={p.participantField(c.name, i + 1)} error={e.participants?.[i]?.name?.message} {...register(`participants.${i}.name`)} />
            <Textfield label={p.participantField(c.title, i + 1)} error={e.participants?.[i]?.title?.message} {...register(`participants.${i}.title`)} />
            <ChoiceSelect label={p.participantField(c.side, i + 1)} error={e.participants?.[i]?.side?.message} registration={register(`participants.${i}.side`)} options={sideOptions} />
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                participants.remove(i);
                setAnnouncement(p.participantRemoved(i + 1));
                addParticipant.current?.focus();
              }}
            >
              {a.removeParticipant(i + 1)}
            </Button>
          </fieldset>
        ))}
        <div>
          <Button
            ref={addParticipant}
            type="button"
            variant="secondary"
            onClick={() => {
              participants.append({ name: "", title: "", side: "AGENCY" });
              setAnnouncement(p.participantAdded(participants.fields.length + 1));
            }}
          >
            {a.addParticipant}
          </Button>
        </div>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>
          <Heading level={2} data-size="sm">
            {t.headings.points}
          </Heading>
        </Fieldset.Legend>
        <Fieldset.Description>{p.pointsDescription}</Fieldset.Description>
        {points.fields.map((field, i) => (
          <fieldset key={field.id} className="grid gap-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4 sm:grid-cols-3">
            <legend className="sr-only">{p.point(i + 1)}</legend>
            <Textfield className="sm:col-span-3" label={p.pointField(c.what, i + 1)} multiline rows={2} error={e.points?.[i]?.what?.message} {...register(`points.${i}.what`)} />
            <Textfield label={p.pointField(c.who, i + 1)} error={e.points?.[i]?.responsible?.message} {...register(`points.${i}.responsible`)} />
            <ChoiceSelect label={p.pointField(c.side, i + 1)} error={e.points?.[i]?.side?.message} registration={register(`points.${i}.side`)} options={sideOptions} />
            <Textfield label={p.pointDue(c.due, i + 1)} type="date" error={e.points?.[i]?.dueOn?.message} {...register(`points.${i}.dueOn`)} />
            <div>
              <Button
                type="button"
                variant="tertiary"
                onClick={() => {
                  points.remove(i);
                  setAnnouncement(p.pointRemoved(i + 1));
                  addPoint.current?.focus();
                }}
              >
                {a.removePoint(i + 1)}
              </Button>
            </div>
          </fieldset>
        ))}
        <div>
          <Button
            ref={addPoint}
            type="button"
            variant="secondary"
            onClick={() => {
              points.append({ what: "", responsible: "", side: "AGENCY", dueOn: "" });
              setAnnouncement(p.pointAdded(points.fields.length + 1));
            }}
          >
            {a.addPoint}
          </Button>
        </div>
      </Fieldset>

      <section aria-labelledby="oppfolging" className="flex flex-col gap-4">
        <Heading level={2} data-size="sm" id="oppfolging">
          {t.headings.followUp}
        </Heading>
        {followUps.length === 0 ? (
          <Paragraph>{t.noFollowUp}</Paragraph>
        ) : (
          followUps.map((f, i) => (
            <fieldset key={f.pointId} className="grid gap-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4 sm:grid-cols-[1fr_2fr]">
              <legend className="px-1 font-semibold">{f.what}</legend>
              <p className="sm:col-span-2">
                {c.who}: {f.responsible} ({t.sides[f.side].toLowerCase()}). {c.agreedIn} {formatShortDate(f.agreedOn, locale)}
                {f.dueOn ? p.dueOn(formatShortDate(f.dueOn, locale)) : ""}.
              </p>
              <ChoiceSelect label={`${c.status}: ${f.what}`} error={e.followUps?.[i]?.status?.message} registration={register(`followUps.${i}.status`)} options={statusOptions} />
              <Textfield label={`${c.comment}: ${f.what}`} error={e.followUps?.[i]?.comment?.message} {...register(`followUps.${i}.comment`)} />
            </fieldset>
          ))
        )}
      </section>

      {firstMeasure && (
        <section aria-labelledby="tiltak" className="flex flex-col gap-2">
          <Heading level={2} data-size="sm" id="tiltak">
            {t.headings.firstMeasure}
          </Heading>
          <Checkbox
            label={t.firstMeasureLabel(firstMeasure.text)}
            description={t.firstMeasureDescription}
            error={e.markFirstMeasure?.message}
            {...register("markFirstMeasure")}
          />
        </section>
      )}

      <div className="flex flex-wrap gap-4">
        <Button type="submit" disabled={pending} aria-busy={saving.pending}>
          {a.save}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          aria-busy={finalising.pending}
          onClick={() => {
            if (window.confirm(p.finaliseConfirm)) void finalising.onSubmit();
          }}
        >
          {a.finalise}
        </Button>
      </div>
    </form>
  );
}
