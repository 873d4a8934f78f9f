"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Checkbox, Fieldset, Heading, Paragraph, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { ChoiceSelect } from "@/components/admin/choice-select";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { formatShortDate } from "@/lib/domain/format";
import { meetingSchema, type MeetingFormValues, type MeetingInput } from "@/lib/domain/meeting-schema";
import { MEETING_POINT_STATUSES, MEETING_SIDES, type MeetingSide } from "@/lib/domain/meetings";
import { meetingText as t } from "@/lib/i18n/meetings-nb";

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

const a = t.actions;
const c = t.columns;

const SIDE_OPTIONS = MEETING_SIDES.map((s) => ({ value: s, label: t.sides[s] }));
const STATUS_OPTIONS = MEETING_POINT_STATUSES.map((s) => ({ value: s, label: t.pointStatuses[s] }));

/**
 * The draft record of a governance meeting: date, participants and agreed points as rows added and
 * removed with buttons (focus goes to the new row, or back to the add button; each change is
 * announced), the status of earlier open points, and the sector plan's first measure. "Fastsett
 * referat" saves what the form has and freezes the record.
 */
export function MeetingForm({ initial, followUps, firstMeasure, save, finalise }: Props) {
  const router = useRouter();
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
      <Textfield label="Møtedato" type="date" className="max-w-xs" error={e.date?.message} {...register("date")} />

      <Fieldset>
        <Fieldset.Legend>
          <Heading level={2} data-size="sm">
            {t.headings.participants}
          </Heading>
        </Fieldset.Legend>
        {typeof e.participants?.message === "string" && <ValidationMessage>{e.participants.message}</ValidationMessage>}
        {participants.fields.map((field, i) => (
          <fieldset key={field.id} className="grid items-end gap-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4 sm:grid-cols-[2fr_2fr_1fr_auto]">
            <legend className="sr-only">Deltaker {i + 1}</legend>
            <Textfield label={`${c.name}, deltaker ${i + 1}`} error={e.participants?.[i]?.name?.message} {...register(`participants.${i}.name`)} />
            <Textfield label={`${c.title}, deltaker ${i + 1}`} error={e.participants?.[i]?.title?.message} {...register(`participants.${i}.title`)} />
            <ChoiceSelect label={`${c.side}, deltaker ${i + 1}`} error={e.participants?.[i]?.side?.message} registration={register(`participants.${i}.side`)} options={SIDE_OPTIONS} />
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                participants.remove(i);
                setAnnouncement(`Deltaker ${i + 1} er fjernet.`);
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
              setAnnouncement(`Deltaker ${participants.fields.length + 1} er lagt til.`);
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
        <Fieldset.Description>Hva som er avtalt, hvem som er ansvarlig (departementet eller virksomheten) og eventuelt en frist.</Fieldset.Description>
        {points.fields.map((field, i) => (
          <fieldset key={field.id} className="grid gap-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4 sm:grid-cols-3">
            <legend className="sr-only">Punkt {i + 1}</legend>
            <Textfield className="sm:col-span-3" label={`${c.what}, punkt ${i + 1}`} multiline rows={2} error={e.points?.[i]?.what?.message} {...register(`points.${i}.what`)} />
            <Textfield label={`${c.who}, punkt ${i + 1}`} error={e.points?.[i]?.responsible?.message} {...register(`points.${i}.responsible`)} />
            <ChoiceSelect label={`${c.side}, punkt ${i + 1}`} error={e.points?.[i]?.side?.message} registration={register(`points.${i}.side`)} options={SIDE_OPTIONS} />
            <Textfield label={`${c.due}, punkt ${i + 1} (valgfri)`} type="date" error={e.points?.[i]?.dueOn?.message} {...register(`points.${i}.dueOn`)} />
            <div>
              <Button
                type="button"
                variant="tertiary"
                onClick={() => {
                  points.remove(i);
                  setAnnouncement(`Punkt ${i + 1} er fjernet.`);
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
              setAnnouncement(`Punkt ${points.fields.length + 1} er lagt til.`);
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
                {c.who}: {f.responsible} ({t.sides[f.side].toLowerCase()}). {c.agreedIn} {formatShortDate(f.agreedOn)}
                {f.dueOn ? `, frist ${formatShortDate(f.dueOn)}` : ""}.
              </p>
              <ChoiceSelect label={`${c.status}: ${f.what}`} error={e.followUps?.[i]?.status?.message} registration={register(`followUps.${i}.status`)} options={STATUS_OPTIONS} />
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
            if (window.confirm("Når referatet er fastsatt, kan det ikke endres uten å gjenåpnes, og virksomheten kan lese det. Fastsette nå?")) void finalising.onSubmit();
          }}
        >
          {a.finalise}
        </Button>
      </div>
    </form>
  );
}
