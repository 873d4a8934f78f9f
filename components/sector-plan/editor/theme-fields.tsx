"use client";

// One theme of the sector plan in the editor: its heading, its text and its measures (each
// skal/bør, optionally with a due date), with buttons to reorder and remove. Lives inside the
// editor's FormProvider<SectorPlanContent>.
import { useEffect } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Fieldset } from "@/components/ds/fieldset";
import { Button, Heading, ValidationMessage } from "@/components/ds/primitives";
import { Radio } from "@/components/ds/radio";
import { Textfield } from "@/components/ds/textfield";
import { useTexts } from "@/components/i18n/locale-provider";
import { newRowId } from "@/components/plans/editor/content";
import { MEASURE_KINDS, type SectorMeasure, type SectorPlanContent } from "@/lib/domain/sector-plan";
import { sectorPlanTexts, sectorPlanUiTexts } from "@/lib/i18n/sector-plan";
import { focusMoved, MoveButtons } from "./reorder";

export const newSectorMeasure = (text = ""): SectorMeasure => ({ id: newRowId(), text, kind: "MANDATORY", due: "" });

type Appender = (measure: SectorMeasure) => void;

interface Props {
  index: number;
  count: number;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  announce: (message: string) => void;
  /** Lets the agencies' panel add a measure to this theme. */
  register: (themeId: string, append: Appender | null) => void;
}

/** The error of a list itself ("Temaet må ha minst ett tiltak."), set by the server on the array. */
export function listError(error: unknown): string | undefined {
  const e = error as { message?: string; root?: { message?: string } } | undefined;
  return e?.message ?? e?.root?.message;
}

export function ThemeFields({ index, count, onMove, onRemove, announce, register: registerAppender }: Props) {
  const { register, control, formState, getValues } = useFormContext<SectorPlanContent>();
  const t = useTexts(sectorPlanTexts);
  const u = useTexts(sectorPlanUiTexts).editor;
  const { fields, append, remove, swap } = useFieldArray({ control, name: `themes.${index}.measures`, keyName: "key" });
  const themeId = useWatch({ control, name: `themes.${index}.id` });
  const title = useWatch({ control, name: `themes.${index}.title` }) || `${index + 1}`;
  const errors = formState.errors.themes?.[index];
  const n = index + 1;

  useEffect(() => {
    registerAppender(themeId, (m) => append(m));
    return () => registerAppender(themeId, null);
  }, [themeId, append, registerAppender]);

  const moveMeasure = (j: number, direction: -1 | 1) => {
    const measureId = fields[j]!.id;
    const start = (getValues(`themes.${index}.measures.${j}.text`) ?? "").trim().split(/\s+/).slice(0, 6).join(" ");
    swap(j, j + direction);
    announce(u.measureMoved(start, j + direction + 1, fields.length, title));
    focusMoved(measureId, direction);
  };

  return (
    <section aria-labelledby={`tema-${themeId}`} className="flex flex-col gap-4 rounded border border-[var(--ds-color-neutral-border-default)] p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level={3} data-size="xs" id={`tema-${themeId}`}>
          {u.theme(n, title)}
        </Heading>
        <MoveButtons itemId={themeId} index={index} count={count} what={u.themeWhat(title)} onMove={onMove} />
      </div>
      <Textfield label={u.themeHeading(n)} error={errors?.title?.message} {...register(`themes.${index}.title`)} />
      <Textfield
        label={u.themeText(n)}
        description={u.themeTextHelp}
        multiline
        rows={3}
        error={errors?.description?.message}
        {...register(`themes.${index}.description`)}
      />
      <Heading level={4} data-size="2xs">
        {t.document.measures}
      </Heading>
      {fields.length === 0 ? (
        <p>{u.noMeasures}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {fields.map((field, j) => {
            const label = `${n}.${j + 1}`;
            const e = errors?.measures?.[j];
            return (
              <li key={field.key} className="flex flex-col gap-3 rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
                <Textfield label={u.measure(label)} multiline rows={3} error={e?.text?.message} {...register(`themes.${index}.measures.${j}.text`)} />
                <Fieldset data-size="sm">
                  <Fieldset.Legend>{u.measureKind(label)}</Fieldset.Legend>
                  <div className="flex flex-wrap gap-4">
                    {MEASURE_KINDS.map((k) => (
                      <Radio key={k} label={t.measureKindsLong[k]} value={k} {...register(`themes.${index}.measures.${j}.kind`)} />
                    ))}
                  </div>
                </Fieldset>
                <Textfield
                  label={u.measureDue(label)}
                  type="date"
                  className="max-w-60"
                  error={e?.due?.message}
                  {...register(`themes.${index}.measures.${j}.due`)}
                />
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <MoveButtons itemId={field.id} index={j} count={fields.length} what={u.measureWhat(label)} onMove={(d) => moveMeasure(j, d)} />
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => {
                      remove(j);
                      announce(u.measureRemoved(label));
                      // The button is gone with its measure: go on from the theme's "Legg til tiltak".
                      requestAnimationFrame(() => document.getElementById(`legg-til-tiltak-${themeId}`)?.focus());
                    }}
                  >
                    {u.remove}
                    <span className="sr-only">{u.removeMeasure(label)}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {listError(errors?.measures) && <ValidationMessage>{listError(errors?.measures)}</ValidationMessage>}
      <div className="flex flex-wrap justify-between gap-3">
        <Button type="button" variant="secondary" id={`legg-til-tiltak-${themeId}`} onClick={() => append(newSectorMeasure())}>
          {u.addMeasure}
          <span className="sr-only">{u.addMeasureIn(title)}</span>
        </Button>
        <Button type="button" variant="tertiary" onClick={onRemove}>
          {u.removeTheme}
          <span className="sr-only"> {title}</span>
        </Button>
      </div>
    </section>
  );
}
