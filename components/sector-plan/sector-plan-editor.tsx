"use client";

// The adviser's editor for the sector plan: title, introduction, themes in order with their
// measures; save the draft, or publish it as the next version. A save based on an older version is
// refused by the server and what was typed stays in the form. Beside it, the agencies' submitted
// plans per element, with "Bruk som utgangspunkt" to take a measure in.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { FormProvider, useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Heading, ValidationMessage } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { newRowId } from "@/components/plans/editor/content";
import { useTexts } from "@/components/i18n/locale-provider";
import { AgencyPlansPanel, type AgencyPlan } from "@/components/sector-plan/agency-plans-panel";
import { ConflictChoice, type SectorPlanConflict } from "@/components/sector-plan/editor/conflict-choice";
import { focusMoved } from "@/components/sector-plan/editor/reorder";
import { listError, newSectorMeasure, ThemeFields } from "@/components/sector-plan/editor/theme-fields";
import { applyServerErrors } from "@/components/ui/form-errors";
import { FormStatusAlert, type FormStatus } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { sectorPlanContentSchema, type SectorMeasure, type SectorPlanContent } from "@/lib/domain/sector-plan";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";
import { useCallAction } from "@/components/ui/call-action";

/** Saves the draft (or publishes it); a stale save fails with code "conflict" and the newer draft in `data`. */
type SaveSectorPlan = (input: { id: string; version: number; content: SectorPlanContent }) => Promise<ActionResult<{ version: number }>>;

interface Props {
  planId: string;
  version: number;
  content: SectorPlanContent;
  /** The number the next publication gets. */
  nextNumber: number;
  agencyPlans: AgencyPlan[];
  save: SaveSectorPlan;
  publish: SaveSectorPlan;
}

export function SectorPlanEditor({ planId, version: initialVersion, content, nextNumber, agencyPlans, save, publish }: Props) {
  const router = useRouter();
  const t = useTexts(sectorPlanUiTexts).editor;
  const form = useForm<SectorPlanContent>({ resolver: zodResolver(sectorPlanContentSchema) as never, defaultValues: content });
  const { register, control, formState, handleSubmit, setError, reset, getValues } = form;
  const { fields, append, remove, swap } = useFieldArray({ control, name: "themes", keyName: "key" });
  const themes = useWatch({ control, name: "themes" }) ?? [];
  const [version, setVersion] = useState(initialVersion);
  const [status, setStatus] = useState<FormStatus>(null);
  const [announcement, setAnnouncementText] = useState("");
  // A live region does not repeat the same text: vary it invisibly when a message comes twice.
  const setAnnouncement = useCallback((message: string) => setAnnouncementText((prev) => (prev === message ? `${message}\u00a0` : message)), []);
  const [conflict, setConflict] = useState<SectorPlanConflict | null>(null);
  const [pending, startTransition] = useTransition();
  const call = useCallAction();
  const appenders = useRef(new Map<string, (m: SectorMeasure) => void>());
  const registerAppender = useCallback((themeId: string, fn: ((m: SectorMeasure) => void) | null) => {
    if (fn) appenders.current.set(themeId, fn);
    else appenders.current.delete(themeId);
  }, []);

  // Leaving with unsaved changes asks first (a conflict keeps the text in the form, a reload would not).
  const dirty = formState.isDirty;
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const themeTitle = (i: number) => getValues(`themes.${i}.title`) || `${i + 1}`;
  const moveTheme = (i: number, direction: -1 | 1) => {
    const id = fields[i]!.id;
    const title = themeTitle(i);
    swap(i, i + direction);
    setAnnouncement(t.themeMoved(title, i + direction + 1, fields.length));
    focusMoved(id, direction);
  };

  const submit = (mode: "save" | "publish") =>
    handleSubmit((values) => {
      setStatus(null);
      setConflict(null);
      startTransition(async () => {
        const input = { id: planId, version, content: values };
        const result = await call(() => (mode === "publish" ? publish(input) : save(input)));
        if (result.ok && result.data) {
          setVersion(result.data.version);
          reset(values);
          setStatus({ kind: "success", text: result.message ?? t.saved });
          if (mode === "publish") router.push(`/sektorplan/${planId}`);
          return;
        }
        if (!result.ok) {
          applyServerErrors(setError, result.fieldErrors);
          const newer = result.code === "conflict" ? (result.data as SectorPlanConflict | undefined) : undefined;
          if (newer?.content) setConflict(newer);
          else setStatus({ kind: "danger", text: result.message });
        }
      });
    });

  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_24rem]">
      <FormProvider {...form}>
        <form noValidate onSubmit={submit("save")} className="flex min-w-0 flex-col gap-6">
          <div aria-live="polite" className="sr-only">
            {announcement}
          </div>
          <Textfield label={t.title} error={formState.errors.title?.message} {...register("title")} />
          <Textfield
            label={t.introduction}
            description={t.paragraphsHelp}
            multiline
            rows={5}
            error={formState.errors.introduction?.message}
            {...register("introduction")}
          />
          <Heading level={2} data-size="sm">
            {t.themes}
          </Heading>
          {fields.length === 0 && <p>{t.noThemes}</p>}
          {fields.map((field, i) => (
            <ThemeFields
              key={field.key}
              index={i}
              count={fields.length}
              onMove={(d) => moveTheme(i, d)}
              onRemove={() => {
                const title = themeTitle(i);
                remove(i);
                setAnnouncement(t.themeRemoved(title));
                requestAnimationFrame(() => document.getElementById("legg-til-tema")?.focus());
              }}
              announce={setAnnouncement}
              register={registerAppender}
            />
          ))}
          {listError(formState.errors.themes) && <ValidationMessage>{listError(formState.errors.themes)}</ValidationMessage>}
          <div>
            <Button
              type="button"
              variant="secondary"
              id="legg-til-tema"
              onClick={() => append({ id: newRowId(), title: "", description: "", measures: [newSectorMeasure()] }, { focusName: `themes.${fields.length}.title` })}
            >
              {t.addTheme}
            </Button>
          </div>
          <FormStatusAlert status={status} />
          {conflict && (
            <ConflictChoice
              conflict={conflict}
              keepMine={() => {
                setVersion(conflict.version);
                setConflict(null);
                setStatus({ kind: "success", text: t.keptMine });
              }}
              useTheirs={() => {
                setVersion(conflict.version);
                reset(conflict.content);
                setConflict(null);
                setStatus({ kind: "success", text: t.loadedTheirs });
              }}
            />
          )}
          <div className="flex flex-wrap items-center gap-3 border-t border-[var(--ds-color-neutral-border-subtle)] pt-4">
            <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
              {pending ? t.saving : t.saveDraft}
            </Button>
            <Button type="button" disabled={pending} aria-busy={pending} onClick={submit("publish")}>
              {t.publish(nextNumber)}
            </Button>
            {formState.isDirty && <span>{t.unsaved}</span>}
          </div>
        </form>
      </FormProvider>
      <aside className="xl:max-h-[calc(100vh-4rem)] xl:overflow-y-auto xl:sticky xl:top-4" aria-label={t.agencyPlans}>
        <AgencyPlansPanel
          plans={agencyPlans}
          themes={themes.map((th) => ({ id: th.id, title: th.title }))}
          onUse={(themeId, text, from) => {
            appenders.current.get(themeId)?.(newSectorMeasure(text));
            const theme = themes.find((th) => th.id === themeId);
            setAnnouncement(t.measureTaken(from, theme?.title ?? ""));
          }}
        />
      </aside>
    </div>
  );
}
