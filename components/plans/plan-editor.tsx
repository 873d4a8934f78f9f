"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useEffectEvent, useRef, useState, type ReactNode, type Ref } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { ErrorSummary } from "@/components/ds/error-summary";
import { Alert, Button, Paragraph } from "@/components/ds/primitives";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { PlanComments } from "@/components/plans/plan-comments";
import { applyServerErrors } from "@/components/ui/form-errors";
import type { ActionResult } from "@/lib/auth/action";
import { formatDateTime } from "@/lib/domain/format";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import { planCompleteness, type PlanContent, type PlanElementKey } from "@/lib/domain/plan-content";
import { commonTexts } from "@/lib/i18n/common";
import { planTexts } from "@/lib/i18n/plan-nb";
import { planEditorTexts } from "@/lib/i18n/plan-editor";
import { ConflictPanel } from "./editor/conflict-panel";
import { parsePlanContent, splitFieldErrors, stableStringify } from "./editor/content";
import { ElementSection, sectionId } from "./editor/element-section";
import {
  ChallengesFields,
  GoalLinkFields,
  GoalsFields,
  MeasuresFields,
  ResponsibilitiesFields,
  TraineeFields,
} from "./editor/fields";
import {
  formatClock,
  readLocalDraft,
  removeLocalDraft,
  restoreOffer,
  writeLocalDraft,
  type LocalDraft,
} from "./editor/local-draft";
import { createSaveQueue, RETRY, type SaveQueue } from "./editor/save-queue";

export interface PlanEditorComment {
  id: string;
  body: string;
  authorName: string;
  createdAt: string;
  versionNumber: number;
}

/** What a save or a submit sends: the version the values were typed on, and the values. */
export interface PlanSaveInput {
  planId: string;
  version: number;
  content: PlanContent;
}

/** What a successful save or submit returns. */
export interface SavedPlan {
  version: number;
  savedAt: string;
}

export type PlanSaveAction = (input: PlanSaveInput) => Promise<ActionResult<SavedPlan>>;

export interface PlanEditorProps {
  planId: string;
  /** The draft's version (optimistic locking: every save sends it; a stale one is refused). */
  version: number;
  content: PlanContent;
  /** The ministry's comments by element key, plus "general" for the plan as a whole. */
  commentsByElement: Record<string, PlanEditorComment[]>;
  /** Autosave and "Lagre utkast". A stale save fails with code "conflict" and the newer draft in `data`. */
  saveDraft: PlanSaveAction;
  /** Submitting: the problems come back per element in fieldErrors. */
  submitPlan: PlanSaveAction;
  /**
   * The main button's words and what it says when done, when it does something other than submit
   * (issue 13: "Send til leder for godkjenning" where the round asks for the leader's sign-off).
   */
  submitLabel?: string;
  submittedText?: string;
}

const AUTOSAVE_DELAY_MS = 1_500;

type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "retrying" }
  | { kind: "saved"; at: Date }
  | { kind: "upToDate" }
  | { kind: "conflict" }
  | { kind: "submitting" }
  | { kind: "submitted" }
  | { kind: "error"; lead: string; message: string; reload?: boolean };

interface Conflict {
  /** The other person's version and content. */
  version: number;
  content: PlanContent;
  /** The version the user's own values were typed on (kept in localStorage until they choose). */
  mineBase: number;
  restored?: boolean;
}

type SaveResult = ActionResult<SavedPlan>;

const FIELDS: Record<PlanElementKey, () => ReactNode> = {
  challenges: () => <ChallengesFields />,
  measures: () => <MeasuresFields />,
  goals: () => <GoalsFields />,
  goalLink: () => <GoalLinkFields />,
  responsibilities: () => <ResponsibilitiesFields />,
  traineeAssessment: () => <TraineeFields />,
};

/**
 * The agency's editor for its action plan: one section per element with a live completeness
 * indicator and the ministry's comments; autosave (debounced, one save at a time, a local copy
 * until saved); conflicts shown, never overwritten silently; and submitting.
 */
export function PlanEditor({ planId, version, content, commentsByElement, saveDraft, submitPlan, submitLabel, submittedText }: PlanEditorProps) {
  const router = useRouter();
  const locale = useLocale();
  const t = useTexts(planEditorTexts);
  const plan = useTexts(planTexts);
  const common = useTexts(commonTexts);
  const form = useForm<PlanContent>({ defaultValues: content });
  const { control, getValues, reset, setError, clearErrors, watch } = form;
  const values = useWatch({ control }) as PlanContent;
  const problems = planCompleteness(values);

  const versionRef = useRef(version);
  const savedRef = useRef({ content, json: stableStringify(content) });
  const queueRef = useRef<SaveQueue<PlanContent> | null>(null);
  const lastSaveOk = useRef(true);
  const topRef = useRef<HTMLDivElement>(null);
  const conflictPanelRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLElement>(null);

  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [conflict, setConflictState] = useState<Conflict | null>(null);
  const conflictRef = useRef<Conflict | null>(null);
  const setConflict = (c: Conflict | null) => {
    conflictRef.current = c;
    setConflictState(c);
  };
  const [offer, setOfferState] = useState<{ draft: LocalDraft; kind: "current" | "stale" } | null>(null);
  const offerRef = useRef<typeof offer>(null);
  const setOffer = (o: typeof offer) => {
    offerRef.current = o;
    setOfferState(o);
  };
  const [summary, setSummary] = useState<{ element: PlanElementKey; message: string }[] | null>(null);
  const [elementErrors, setElementErrors] = useState<Partial<Record<PlanElementKey, string[]>>>({});
  const [submitting, setSubmittingState] = useState(false);
  const submittingRef = useRef(false);
  const setSubmitting = (v: boolean) => {
    submittingRef.current = v;
    setSubmittingState(v);
  };

  /** The form's values, detached from the form's own object. */
  const snapshot = useCallback((): PlanContent => structuredClone(getValues()), [getValues]);
  const isDirty = useCallback(() => stableStringify(getValues()) !== savedRef.current.json, [getValues]);

  const keepLocalCopy = (current: PlanContent) => {
    if (offerRef.current) return; // Never overwrite an older local copy the user has not decided on.
    if (stableStringify(current) === savedRef.current.json) {
      removeLocalDraft(planId);
      return;
    }
    writeLocalDraft(planId, {
      version: conflictRef.current?.mineBase ?? versionRef.current,
      content: current,
      changedAt: new Date().toISOString(),
    });
  };

  const onSaved = (data: SavedPlan, saved: PlanContent) => {
    versionRef.current = data.version;
    savedRef.current = { content: saved, json: stableStringify(saved) };
    lastSaveOk.current = true;
    clearErrors();
    keepLocalCopy(snapshot());
  };

  /** A failed save or submit: a conflict stops autosaving until the user chooses. */
  const onFailed = (result: Extract<SaveResult, { ok: false }>, lead: string = t.saveFailed) => {
    lastSaveOk.current = false;
    if (result.code === "conflict") {
      queueRef.current?.pause();
      const data = result.data as { version?: unknown; content?: unknown } | undefined;
      const theirs = parsePlanContent(data?.content);
      if (theirs && typeof data?.version === "number") {
        setConflict({ version: data.version, content: theirs, mineBase: versionRef.current });
        setStatus({ kind: "conflict" });
      } else {
        // E.g. the plan was submitted meanwhile: nothing to save to; the local copy stays.
        setStatus({ kind: "error", lead, message: result.message, reload: true });
      }
      return;
    }
    const { elements, fields } = splitFieldErrors(result.fieldErrors);
    applyServerErrors(setError, fields);
    setElementErrors(elements);
    setStatus({ kind: "error", lead, message: result.message });
  };

  const runSave = async (toSave: PlanContent) => {
    // While retrying, the message stays (not "Lagrer …" every few seconds for a screen reader).
    setStatus((s) => (s.kind === "retrying" ? s : { kind: "saving" }));
    let result: SaveResult;
    try {
      result = await saveDraft({ planId, version: versionRef.current, content: toSave });
    } catch {
      // No answer (no network, or the server's 503 while the database is down).
      result = { ok: false, message: t.networkError, code: "unavailable" };
    }
    if (!result.ok && result.code === "unavailable") {
      // Not saved, and not refused: the queue tries again with backoff; the text stays in the
      // form and in the local copy meanwhile.
      lastSaveOk.current = false;
      setStatus({ kind: "retrying" });
      return RETRY;
    }
    if (!result.ok && result.code === "conflict" && isOwnSave(result.data, toSave)) {
      // An earlier attempt was saved but its answer was lost: the "newer" version is this very
      // content, so it is saved (the version check refused a second save).
      const data = result.data as { version: number };
      onSaved({ version: data.version, savedAt: new Date().toISOString() }, toSave);
      setStatus({ kind: "saved", at: new Date() });
      return;
    }
    if (result.ok && result.data) {
      onSaved(result.data, toSave);
      setStatus({ kind: "saved", at: new Date(result.data.savedAt) });
    } else if (result.ok) {
      onFailed({ ok: false, message: common.errors.unexpected });
    } else {
      onFailed(result);
    }
  };
  const runSaveRef = useRef(runSave);

  /** Every change: keep a local copy, and save after a pause in typing (unless in conflict). */
  const onChange = () => {
    const current = snapshot();
    keepLocalCopy(current);
    if (stableStringify(current) === savedRef.current.json) {
      queueRef.current?.cancel();
      return;
    }
    if (!conflictRef.current) queueRef.current?.schedule(current);
  };
  const onChangeRef = useRef(onChange);
  // The queue and the watcher are set up once; they call the latest closures through these refs.
  useEffect(() => {
    runSaveRef.current = runSave;
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    const queue = createSaveQueue<PlanContent>({ delayMs: AUTOSAVE_DELAY_MS, save: (v) => runSaveRef.current(v) });
    queueRef.current = queue;
    // eslint-disable-next-line react-hooks/incompatible-library -- watch(callback) only subscribes, here in an effect; no value of it is rendered, so nothing memoized could go stale.
    const subscription = watch(() => onChangeRef.current());
    return () => {
      subscription.unsubscribe();
      queue.dispose();
      queueRef.current = null;
    };
  }, [watch]);

  // Values typed earlier and never saved: offer to restore them. Only on mount (per plan): the
  // version and content props change later with the editor's own saves, and must not ask again.
  const offerLocalDraft = useEffectEvent((id: string) => {
    const local = readLocalDraft(id);
    const kind = restoreOffer(local, { version, content });
    if (local && kind !== "none") setOffer({ draft: local, kind });
    else if (local) removeLocalDraft(id);
  });
  useEffect(() => {
    offerLocalDraft(planId);
  }, [planId]);

  // Leaving with unsaved changes.
  const beforeUnloadText = t.beforeUnload;
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty() && !queueRef.current?.saving) return;
      event.preventDefault();
      event.returnValue = beforeUnloadText;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isDirty, beforeUnloadText]);

  const focusSoon = (el: () => HTMLElement | null) => requestAnimationFrame(() => el()?.focus());

  const saveNow = async () => {
    if (submittingRef.current) return;
    if (conflictRef.current) {
      conflictPanelRef.current?.focus();
      return;
    }
    const queue = queueRef.current;
    if (!queue) return;
    if (!isDirty()) {
      await queue.idle();
      if (!isDirty() && lastSaveOk.current) setStatus((s) => (s.kind === "saved" ? { ...s } : { kind: "upToDate" }));
      return;
    }
    queue.resume();
    queue.schedule(snapshot());
    await queue.flush();
  };

  const restore = () => {
    const o = offerRef.current;
    if (!o) return;
    setOffer(null);
    if (o.draft.version >= versionRef.current) {
      reset(structuredClone(o.draft.content)); // Notifies the watcher: kept locally and autosaved.
      onChange();
      focusSoon(() => topRef.current);
    } else {
      // Typed on an older version than the one saved now: let the user choose, as on a conflict.
      queueRef.current?.cancel();
      queueRef.current?.pause();
      setConflict({ version: versionRef.current, content: savedRef.current.content, mineBase: o.draft.version, restored: true });
      setStatus({ kind: "conflict" });
      reset(structuredClone(o.draft.content));
      keepLocalCopy(snapshot());
      focusSoon(() => conflictPanelRef.current);
    }
  };

  const discard = () => {
    setOffer(null);
    removeLocalDraft(planId);
    keepLocalCopy(snapshot());
    focusSoon(() => topRef.current);
  };

  const useTheirs = () => {
    const c = conflictRef.current;
    if (!c) return;
    versionRef.current = c.version;
    savedRef.current = { content: c.content, json: stableStringify(c.content) };
    setConflict(null);
    queueRef.current?.cancel();
    queueRef.current?.resume();
    reset(structuredClone(c.content));
    removeLocalDraft(planId);
    lastSaveOk.current = true;
    setStatus({ kind: "upToDate" });
    focusSoon(() => topRef.current);
  };

  const keepMine = async () => {
    const c = conflictRef.current;
    if (!c) return;
    versionRef.current = c.version;
    setConflict(null);
    keepLocalCopy(snapshot());
    focusSoon(() => topRef.current);
    const queue = queueRef.current;
    if (!queue) return;
    queue.resume();
    queue.schedule(snapshot());
    await queue.flush();
  };

  const showSummary = (list: { element: PlanElementKey; message: string }[]) => {
    setSummary(list);
    // The summary focuses itself when it appears; when it was already there, focus it again.
    focusSoon(() => summaryRef.current);
  };

  const submit = async () => {
    if (submittingRef.current) return;
    setElementErrors({});
    const incomplete = planCompleteness(snapshot());
    const list = PLAN_ELEMENTS.flatMap((element) => incomplete[element].map((code) => ({ element, message: plan.problems[code] })));
    if (list.length > 0) {
      showSummary(list);
      return;
    }
    setSummary(null);
    if (conflictRef.current) {
      conflictPanelRef.current?.focus();
      return;
    }
    const queue = queueRef.current;
    if (!queue) return;
    setSubmitting(true);
    try {
      // Save what is pending first (and wait for a save already running), so a conflict shows as one.
      await queue.idle();
      if (isDirty() && !conflictRef.current) {
        queue.resume();
        queue.schedule(snapshot());
        await queue.flush();
        if (!lastSaveOk.current) return;
      }
      if (conflictRef.current) return;
      queue.pause();
      setStatus({ kind: "submitting" });
      const toSubmit = snapshot();
      let result: SaveResult;
      try {
        result = await submitPlan({ planId, version: versionRef.current, content: toSubmit });
      } catch {
        result = { ok: false, message: t.networkError };
      }
      if (result.ok && result.data) {
        onSaved(result.data, toSubmit);
        removeLocalDraft(planId);
        setStatus({ kind: "submitted" });
        router.refresh();
        return;
      }
      if (result.ok) {
        onFailed({ ok: false, message: common.errors.unexpected }, t.submitFailed);
      } else {
        onFailed(result, t.submitFailed);
        if (result.code !== "conflict") queue.resume();
        const { elements } = splitFieldErrors(result.fieldErrors);
        const serverList = PLAN_ELEMENTS.flatMap((element) => (elements[element] ?? []).map((message) => ({ element, message })));
        if (serverList.length > 0) showSummary(serverList);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const general = commentsByElement.general ?? [];
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => e.preventDefault()} className="flex flex-col gap-6" aria-label={t.formLabel}>
        {offer && (
          <Alert data-color="info">
            <Paragraph className="mb-2">
              {t.restoreText(formatDateTime(new Date(offer.draft.changedAt), locale))}
              {offer.kind === "stale" && ` ${t.restoreStale}`}
            </Paragraph>
            <div className="flex flex-wrap gap-3">
              <Button type="button" variant="primary" onClick={restore}>
                {t.restore}
              </Button>
              <Button type="button" variant="secondary" onClick={discard}>
                {t.discard}
              </Button>
            </div>
          </Alert>
        )}

        <div ref={topRef} tabIndex={-1} className="flex flex-wrap items-center gap-4">
          <Button type="button" variant="secondary" onClick={() => void saveNow()}>
            {t.saveNow}
          </Button>
          <div role="status" className="min-h-6 flex-1">
            <StatusText status={status} submittedText={submittedText ?? t.submitted} onRetry={() => void saveNow()} onReload={() => router.refresh()} />
          </div>
        </div>

        {conflict && (
          <ConflictPanel
            ref={conflictPanelRef}
            mine={values}
            theirs={conflict.content}
            intro={conflict.restored ? t.restoreConflictText : t.conflictText}
            busy={submitting}
            onUseTheirs={useTheirs}
            onKeepMine={() => void keepMine()}
          />
        )}

        {summary && summary.length > 0 && (
          <ErrorSummary ref={summaryRef as Ref<never>}>
            <ErrorSummary.Heading>{t.summaryHeading}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {summary.map(({ element, message }) => (
                <ErrorSummary.Item key={`${element}-${message}`}>
                  <ErrorSummary.Link href={`#${sectionId(element)}`}>
                    {plan.elements[element]}: {message}
                  </ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}

        <PlanComments comments={general} label={t.generalComments} />

        {/* Locked while submitting: nothing typed then could be lost to the submitted snapshot. */}
        <fieldset disabled={submitting} className="m-0 flex min-w-0 flex-col gap-8 border-0 p-0">
        {PLAN_ELEMENTS.map((element) => {
          const clientMessages: string[] = problems[element].map((p) => plan.problems[p]);
          return (
            <ElementSection
              key={element}
              element={element}
              problems={problems[element]}
              serverErrors={elementErrors[element]?.filter((m) => !clientMessages.includes(m))}
              comments={commentsByElement[element] ?? []}
            >
              {FIELDS[element]()}
            </ElementSection>
          );
        })}
        </fieldset>

        <div className="flex flex-wrap gap-3 border-t border-[var(--ds-color-neutral-border-subtle)] pt-6">
          <Button type="button" variant="primary" onClick={() => void submit()} aria-disabled={submitting || undefined}>
            {submitLabel ?? t.submit}
          </Button>
          <Button type="button" variant="secondary" onClick={() => void saveNow()}>
            {t.saveNow}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

/** Whether a conflict's newer version holds exactly the content being saved. */
function isOwnSave(data: unknown, toSave: PlanContent): boolean {
  const d = data as { version?: unknown; content?: unknown } | undefined;
  const theirs = parsePlanContent(d?.content);
  return typeof d?.version === "number" && theirs !== null && stableStringify(theirs) === stableStringify(toSave);
}

function StatusText({ status, submittedText, onRetry, onReload }: { status: SaveStatus; submittedText: string; onRetry: () => void; onReload: () => void }) {
  const t = useTexts(planEditorTexts);
  const locale = useLocale();
  switch (status.kind) {
    case "idle":
      return null;
    case "saving":
      return <span>{t.saving}</span>;
    case "retrying":
      return (
        <span>
          {t.saveRetrying} {t.saveRetryingDetail} {t.localCopyKept}
        </span>
      );
    case "saved":
      return <span>{t.savedAt(formatClock(status.at, locale))}</span>;
    case "upToDate":
      return <span>{t.allSaved}</span>;
    case "conflict":
      return <span>{t.conflictTitle}. {t.localCopyKept}</span>;
    case "submitting":
      return <span>{t.submitting}</span>;
    case "submitted":
      return <span>{submittedText}</span>;
    case "error":
      return (
        <Alert data-color="danger">
          <Paragraph className="mb-2">
            {status.lead} {status.message} {t.localCopyKept}
          </Paragraph>
          {status.reload ? (
            <Button type="button" variant="secondary" onClick={onReload}>
              {t.reload}
            </Button>
          ) : (
            <Button type="button" variant="secondary" onClick={onRetry}>
              {t.retry}
            </Button>
          )}
        </Alert>
      );
  }
}
