// The typed values kept in localStorage until a save succeeds (key `dugnad-plan-<planId>`).
import type { PlanContent } from "@/lib/domain/plan-content";
import { parsePlanContent, stableStringify } from "./content";

export interface LocalDraft {
  /** The server version the values were typed on top of. */
  version: number;
  content: PlanContent;
  /** When the values were last changed (ISO 8601). */
  changedAt: string;
}

export const localDraftKey = (planId: string) => `dugnad-plan-${planId}`;

export function parseLocalDraft(raw: string | null): LocalDraft | null {
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as { version?: unknown; content?: unknown; changedAt?: unknown };
    const content = parsePlanContent(data.content);
    if (!content || typeof data.version !== "number" || typeof data.changedAt !== "string") return null;
    if (Number.isNaN(Date.parse(data.changedAt))) return null;
    return { version: data.version, content, changedAt: data.changedAt };
  } catch {
    return null;
  }
}

/**
 * Whether to offer restoring a local draft: only when it holds something the server does not,
 * and was typed on the server's version or a later one we lost track of ("current"), or on an
 * older one, so that someone saved since ("stale": restoring must go through the conflict view).
 */
export function restoreOffer(local: LocalDraft | null, server: { version: number; content: PlanContent }): "none" | "current" | "stale" {
  if (!local) return "none";
  if (stableStringify(local.content) === stableStringify(server.content)) return "none";
  return local.version >= server.version ? "current" : "stale";
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // Blocked (private mode, policies): the editor works without it.
  }
}

export function readLocalDraft(planId: string): LocalDraft | null {
  try {
    return parseLocalDraft(storage()?.getItem(localDraftKey(planId)) ?? null);
  } catch {
    return null;
  }
}

export function writeLocalDraft(planId: string, draft: LocalDraft): void {
  try {
    storage()?.setItem(localDraftKey(planId), JSON.stringify(draft));
  } catch {
    // Full or blocked: nothing more we can do; the autosave still runs.
  }
}

export function removeLocalDraft(planId: string): void {
  try {
    storage()?.removeItem(localDraftKey(planId));
  } catch {
    // ignore
  }
}

const clockFormat = new Intl.DateTimeFormat("nb-NO", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Oslo" });

/** 14:05 → "14.05" in bokmål, "14:05" in English (Norwegian time, whatever separator the runtime's locale data uses). */
export function formatClock(d: Date, locale: "nb" | "en" = "nb"): string {
  const parts = clockFormat.formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("hour")}${locale === "en" ? ":" : "."}${get("minute")}`;
}
