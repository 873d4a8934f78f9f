"use client";

import { useRef, useState } from "react";
import { useController, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Field } from "@/components/ds/field";
import { Fieldset } from "@/components/ds/fieldset";
import { Button, Label, ValidationMessage } from "@/components/ds/primitives";
import { Radio } from "@/components/ds/radio";
import { Select } from "@/components/ds/select";
import { Textfield } from "@/components/ds/textfield";
import {
  CHALLENGE_CATEGORIES,
  GOAL_TERMS,
  MEASURE_STATUSES,
  TRAINEE_DECISIONS,
  type PlanContent,
} from "@/lib/domain/plan-content";
import { useTexts } from "@/components/i18n/locale-provider";
import { commonTexts } from "@/lib/i18n/common";
import { planTexts } from "@/lib/i18n/plan-nb";
import { planEditorTexts } from "@/lib/i18n/plan-editor";
import { newChallenge, newGoal, newMeasure, newResponsibility, parseCount } from "./content";

// The fields of each plan element. They live inside the editor's FormProvider<PlanContent>.

const rowClass = "flex flex-col gap-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4";
const listClass = "flex flex-col gap-4";

/** After removing a row, focus would fall to <body>: put it on the list's "Legg til" button. */
function useFocusAfterRemove() {
  const ref = useRef<HTMLButtonElement>(null);
  return [ref, () => requestAnimationFrame(() => ref.current?.focus())] as const;
}

function RemoveButton({ onClick, what }: { onClick: () => void; what: string }) {
  const t = useTexts(planEditorTexts);
  return (
    <div>
      <Button type="button" variant="tertiary" data-size="sm" onClick={onClick}>
        {t.remove}
        <span className="sr-only"> {what}</span>
      </Button>
    </div>
  );
}

function Empty({ text }: { text: string }) {
  return <p className="text-[var(--ds-color-neutral-text-subtle)]">{text}</p>;
}

/** A list of removable rows ("Ingen … ennå." when empty) with its "Legg til …" buttons. */
function RowList({
  rows,
  empty,
  rowClassName,
  addRef,
  add,
  renderRow,
}: {
  rows: { key: string }[];
  empty: string;
  rowClassName: string;
  addRef: React.Ref<HTMLButtonElement>;
  add: { label: string; onClick: () => void }[];
  renderRow: (index: number, number: number) => React.ReactNode;
}) {
  return (
    <>
      {rows.length === 0 ? (
        <Empty text={empty} />
      ) : (
        <ol className={listClass}>
          {rows.map((row, i) => (
            <li key={row.key} className={rowClassName}>
              {renderRow(i, i + 1)}
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-wrap gap-3">
        {add.map((a, i) => (
          <Button key={a.label} ref={i === 0 ? addRef : undefined} type="button" variant="secondary" onClick={a.onClick}>
            {a.label}
          </Button>
        ))}
      </div>
    </>
  );
}

export function ChallengesFields() {
  const t = useTexts(planEditorTexts);
  const plan = useTexts(planTexts);
  const { register, control, formState, getValues, setValue } = useFormContext<PlanContent>();
  const { fields, append, remove } = useFieldArray({ control, name: "challenges", keyName: "key" });
  const errors = formState.errors.challenges;
  const [addRef, focusAdd] = useFocusAfterRemove();
  const removeRow = (i: number) => {
    // A measure answering the removed challenge answers no particular one any more.
    const removedId = getValues(`challenges.${i}.id`);
    getValues("measures").forEach((m, j) => {
      if (m.challengeId === removedId) setValue(`measures.${j}.challengeId`, "", { shouldDirty: true });
    });
    remove(i);
    focusAdd();
  };
  return (
    <>
      <RowList
        rows={fields}
        empty={t.noChallenges}
        rowClassName={rowClass}
        addRef={addRef}
        add={[
          { label: t.addChallenge, onClick: () => append(newChallenge(), { focusName: `challenges.${fields.length}.category` }) },
        ]}
        renderRow={(i, n) => (
          <>
              <Field>
                <Label>{t.challengeCategory(n)}</Label>
                <Select {...register(`challenges.${i}.category`)}>
                  {CHALLENGE_CATEGORIES.map((c) => (
                    <Select.Option key={c} value={c}>
                      {plan.challengeCategories[c]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Textfield
                label={t.challenge(n)}
                multiline
                rows={3}
                error={errors?.[i]?.challenge?.message}
                {...register(`challenges.${i}.challenge`)}
              />
              <Textfield
                label={t.challengeOpportunities(n)}
                description={t.opportunitiesDescription}
                multiline
                rows={3}
                error={errors?.[i]?.opportunities?.message}
                {...register(`challenges.${i}.opportunities`)}
              />
              <RemoveButton onClick={() => removeRow(i)} what={t.challenge(n).toLowerCase()} />
          </>
        )}
      />
    </>
  );
}

const shorten = (s: string, max = 80) => {
  const clean = s.trim().replace(/\s+/g, " ");
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

export function MeasuresFields() {
  const t = useTexts(planEditorTexts);
  const plan = useTexts(planTexts);
  const { register, control, formState } = useFormContext<PlanContent>();
  const { fields, append, remove } = useFieldArray({ control, name: "measures", keyName: "key" });
  const challenges = useWatch({ control, name: "challenges" }) ?? [];
  const errors = formState.errors.measures;
  const [addRef, focusAdd] = useFocusAfterRemove();
  return (
    <>
      <RowList
        rows={fields}
        empty={t.noMeasures}
        rowClassName={rowClass}
        addRef={addRef}
        add={[
          { label: t.addMeasure, onClick: () => append(newMeasure(), { focusName: `measures.${fields.length}.what` }) },
        ]}
        renderRow={(i, n) => (
          <>
              <Textfield label={t.measure(n)} multiline rows={3} error={errors?.[i]?.what?.message} {...register(`measures.${i}.what`)} />
              <div className="grid gap-4 sm:grid-cols-2">
                <Textfield
                  label={t.measureOwner(n)}
                  description={t.ownerDescription}
                  error={errors?.[i]?.owner?.message}
                  {...register(`measures.${i}.owner`)}
                />
                <Textfield label={t.measureDue(n)} type="date" error={errors?.[i]?.due?.message} {...register(`measures.${i}.due`)} />
              </div>
              <div className="grid gap-4 sm:grid-cols-2">
                <Field>
                  <Label>{t.measureStatus(n)}</Label>
                  <Select {...register(`measures.${i}.status`)}>
                    {MEASURE_STATUSES.map((s) => (
                      <Select.Option key={s} value={s}>
                        {plan.measureStatuses[s]}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
                <Field>
                  <Label>{t.measureChallenge(n)}</Label>
                  <Select {...register(`measures.${i}.challengeId`)}>
                    <Select.Option value="">{t.noParticularChallenge}</Select.Option>
                    {challenges.map((c, j) =>
                      c?.id ? (
                        <Select.Option key={c.id} value={c.id}>
                          {c.challenge?.trim() ? `${j + 1}. ${shorten(c.challenge)}` : t.untitledChallenge(j + 1)}
                        </Select.Option>
                      ) : null,
                    )}
                  </Select>
                </Field>
              </div>
              <RemoveButton
                onClick={() => {
                  remove(i);
                  focusAdd();
                }}
                what={t.measure(n).toLowerCase()}
              />
          </>
        )}
      />
    </>
  );
}

export function GoalsFields() {
  const t = useTexts(planEditorTexts);
  const plan = useTexts(planTexts);
  const { register, control, formState } = useFormContext<PlanContent>();
  const { fields, append, remove } = useFieldArray({ control, name: "goals", keyName: "key" });
  const errors = formState.errors.goals;
  const [addRef, focusAdd] = useFocusAfterRemove();
  return (
    <>
      <RowList
        rows={fields}
        empty={t.noGoals}
        rowClassName={rowClass}
        addRef={addRef}
        add={[
          { label: t.addShortGoal, onClick: () => append(newGoal("SHORT"), { focusName: `goals.${fields.length}.description` }) },
          { label: t.addLongGoal, onClick: () => append(newGoal("LONG"), { focusName: `goals.${fields.length}.description` }) },
        ]}
        renderRow={(i, n) => (
          <>
              <Fieldset>
                <Fieldset.Legend>{t.goalTerm(n)}</Fieldset.Legend>
                <div className="flex flex-wrap gap-x-6">
                  {GOAL_TERMS.map((term) => (
                    <Radio key={term} label={plan.goalTerms[term]} value={term} {...register(`goals.${i}.term`)} />
                  ))}
                </div>
              </Fieldset>
              <Textfield label={t.goal(n)} multiline rows={3} error={errors?.[i]?.description?.message} {...register(`goals.${i}.description`)} />
              <div className="grid gap-4 sm:grid-cols-2">
                <Textfield
                  label={t.goalTarget(n)}
                  description={t.targetDescription}
                  error={errors?.[i]?.target?.message}
                  {...register(`goals.${i}.target`)}
                />
                <Textfield label={t.goalDate(n)} type="date" error={errors?.[i]?.date?.message} {...register(`goals.${i}.date`)} />
              </div>
              <RemoveButton
                onClick={() => {
                  remove(i);
                  focusAdd();
                }}
                what={t.goal(n).toLowerCase()}
              />
          </>
        )}
      />
    </>
  );
}

export function GoalLinkFields() {
  const t = useTexts(planEditorTexts);
  const { register, control, formState, setValue, getValues } = useFormContext<PlanContent>();
  const agencyGoals = useWatch({ control, name: "goalLink.agencyGoals" }) ?? [];
  const errors = formState.errors.goalLink;
  // The row "Legg til mål" adds is focused as its input appears.
  const focusOnMount = useRef<number | null>(null);
  const [addRef, focusAdd] = useFocusAfterRemove();

  // A list of plain strings: useFieldArray needs objects, so the inputs are controlled here.
  const update = (next: string[]) => setValue("goalLink.agencyGoals", next, { shouldDirty: true });
  return (
    <>
      <Textfield label={t.goalLinkText} multiline rows={5} error={errors?.text?.message} {...register("goalLink.text")} />
      <Fieldset>
        <Fieldset.Legend>{t.agencyGoalsLegend}</Fieldset.Legend>
        <Fieldset.Description>{t.agencyGoalsDescription}</Fieldset.Description>
        {agencyGoals.length > 0 && (
          <ol className={listClass}>
            {agencyGoals.map((goal, i) => (
              // Index keys are right here: the inputs are controlled, and rows have no identity.
              <li key={i} className="grid items-end gap-2 sm:grid-cols-[1fr_auto]">
                <Textfield
                  ref={(el) => {
                    if (el && focusOnMount.current === i) {
                      focusOnMount.current = null;
                      el.focus();
                    }
                  }}
                  label={t.agencyGoal(i + 1)}
                  value={goal ?? ""}
                  error={errors?.agencyGoals?.[i]?.message}
                  onChange={(e) => {
                    const next = [...getValues("goalLink.agencyGoals")];
                    next[i] = e.target.value;
                    update(next);
                  }}
                />
                <RemoveButton
                  onClick={() => {
                    update(getValues("goalLink.agencyGoals").filter((_, j) => j !== i));
                    focusAdd();
                  }}
                  what={t.agencyGoal(i + 1).toLowerCase()}
                />
              </li>
            ))}
          </ol>
        )}
        <div>
          <Button
            ref={addRef}
            type="button"
            variant="secondary"
            onClick={() => {
              const next = [...getValues("goalLink.agencyGoals"), ""];
              focusOnMount.current = next.length - 1;
              update(next);
            }}
          >
            {t.addAgencyGoal}
          </Button>
        </div>
      </Fieldset>
    </>
  );
}

export function ResponsibilitiesFields() {
  const t = useTexts(planEditorTexts);
  const { register, control, formState } = useFormContext<PlanContent>();
  const { fields, append, remove } = useFieldArray({ control, name: "responsibilities", keyName: "key" });
  const errors = formState.errors.responsibilities;
  const [addRef, focusAdd] = useFocusAfterRemove();
  return (
    <>
      <RowList
        rows={fields}
        empty={t.noResponsibilities}
        rowClassName={"grid items-end gap-4 sm:grid-cols-[minmax(10rem,1fr)_2fr_auto]"}
        addRef={addRef}
        add={[
          { label: t.addRow, onClick: () => append(newResponsibility(), { focusName: `responsibilities.${fields.length}.who` }) },
        ]}
        renderRow={(i, n) => (
          <>
              <Textfield
                label={t.responsibilityWho(n)}
                placeholder={t.responsibilitySuggestions[i % t.responsibilitySuggestions.length]}
                error={errors?.[i]?.who?.message}
                {...register(`responsibilities.${i}.who`)}
              />
              <Textfield label={t.responsibilityWhat(n)} error={errors?.[i]?.what?.message} {...register(`responsibilities.${i}.what`)} />
              <RemoveButton
                onClick={() => {
                  remove(i);
                  focusAdd();
                }}
                what={t.responsibilityRow(n)}
              />
          </>
        )}
      />
    </>
  );
}

export function TraineeFields() {
  const t = useTexts(planEditorTexts);
  const plan = useTexts(planTexts);
  const { register, control, formState } = useFormContext<PlanContent>();
  const decision = useWatch({ control, name: "trainee.decision" });
  const errors = formState.errors.trainee;
  const reasoningRequired = decision === "NOT_NOW";
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t.traineeDecision}</Fieldset.Legend>
        {TRAINEE_DECISIONS.map((d) => (
          <Radio key={d} label={plan.traineeDecisions[d]} value={d} {...register("trainee.decision")} />
        ))}
        {errors?.decision?.message && <ValidationMessage>{errors.decision.message}</ValidationMessage>}
      </Fieldset>
      <Textfield label={t.traineePositions} error={errors?.positions?.message} {...register("trainee.positions")} />
      <TraineeCountField />
      <Textfield
        label={reasoningRequired ? t.traineeReasoningRequired : t.traineeReasoning}
        description={t.traineeReasoningDescription}
        multiline
        rows={4}
        aria-required={reasoningRequired || undefined}
        error={errors?.reasoning?.message}
        {...register("trainee.reasoning")}
      />
    </>
  );
}

/** A whole number or nothing; what was typed stays visible while it is not a number. */
function TraineeCountField() {
  const t = useTexts(planEditorTexts);
  const common = useTexts(commonTexts);
  const {
    field: { ref, name, value: fieldValue, onBlur, onChange },
    fieldState,
  } = useController<PlanContent, "trainee.count">({ name: "trainee.count" });
  const [text, setText] = useState(fieldValue === null ? "" : String(fieldValue));
  const [shown, setShown] = useState(fieldValue);
  // The value changed from outside (restore, "Bruk den nye versjonen"): show it.
  if (fieldValue !== shown) {
    setShown(fieldValue);
    if (parseCount(text) !== fieldValue) setText(fieldValue === null ? "" : String(fieldValue));
  }
  const parsed = parseCount(text);
  return (
    <Textfield
      ref={ref}
      name={name}
      label={t.traineeCount}
      description={t.traineeCountDescription}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      error={parsed === "invalid" ? common.errors.wholeNumber : fieldState.error?.message}
      onBlur={onBlur}
      onChange={(e) => {
        setText(e.target.value);
        const value = parseCount(e.target.value);
        if (value !== "invalid") onChange(value);
      }}
    />
  );
}
