// What an audit event says, in the reader's language, for the audit log page. The log is read outside the
// organisation that made a change (the ministry's administrator, the audit office), so an event's
// stored before/after is never shown as it is: each kind shows only the fields listed here. An
// agency's plan (even a draft's text, if an older event held one), a sector plan's content, review
// comments, letter texts and hiring counts (small numbers stay hidden) are never shown.
import { auditTexts } from "@/lib/i18n/admin";
import { commonTexts } from "@/lib/i18n/common";
import { currentLocale } from "@/lib/i18n/current";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { sectorPlanTexts } from "@/lib/i18n/sector-plan";

type Json = unknown;

const obj = (v: Json): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim().slice(0, 200) : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const words = <K extends string>(map: Record<K, string>, v: unknown): string | null => (typeof v === "string" && Object.hasOwn(map, v) ? map[v as K] : null);

/** The event's kind in words: "Handlingsplan sendt inn"; an unknown kind is named by its entity. */
export function auditKindLabel(entity: string, action: string, locale: Locale = currentLocale()): string {
  const t = textsIn(auditTexts, locale);
  return t.kinds[`${entity}.${action}`] ?? `${t.entities[entity] ?? entity}: ${action}`;
}

function change(label: string, before: string | null, after: string | null): string | null {
  if (before && after && before !== after) return `${label}: ${before} → ${after}`;
  if (!before && after) return `${label}: ${after}`;
  return null;
}

const address = (v: unknown) => str(v)?.split("\n").join(", ") ?? null;

/** A readable summary of what changed: a few lines, only from the fields each kind is known to hold. */
export function summariseAuditEvent(e: { entity: string; action: string; before: Json; after: Json }, locale: Locale = currentLocale()): string[] {
  const t = textsIn(auditTexts, locale).summary;
  const common = textsIn(commonTexts, locale);
  const role = (v: unknown) => words(common.roles, v);
  const b = obj(e.before);
  const a = obj(e.after);
  const lines: (string | null)[] = [];
  switch (e.entity) {
    case "ActionPlan": {
      lines.push(change(t.status, words(common.planStatus, b.status), words(common.planStatus, a.status)));
      const submitted = num(a.submittedVersion);
      if (submitted) lines.push(t.versionSubmitted(submitted));
      const reviewed = num(a.versionNumber);
      if (reviewed) lines.push(t.concernsVersion(reviewed));
      if (Array.isArray(a.comments) && a.comments.length) lines.push(t.comments(a.comments.length));
      break;
    }
    case "ApiCall":
      // The call as an HTTP client sees it: no figures, the path names the record.
      lines.push(str(a.method) && str(a.path) ? `${str(a.method)} ${str(a.path)} → ${num(a.status) ?? "?"}` : null);
      break;
    case "ApiToken":
      lines.push(str(a.name) ?? str(b.name));
      break;
    case "Attachment": {
      // A letter's attachment by its name; a plan's only by its kind (the draft is the agency's own).
      const src = e.action === "detach" ? b : a;
      lines.push(str(src.letterId) ? (str(src.fileName) ? `${t.file}: ${str(src.fileName)}` : null) : t.planAttachment);
      lines.push(src.purpose === "ORIGINAL_IMPORT" ? t.originalImport : null);
      break;
    }
    case "AddendumRound":
      lines.push(str(a.title) ? `${t.title}: ${str(a.title)}` : null);
      if (Array.isArray(a.agencies)) lines.push(t.agencies(a.agencies.length));
      if (num(a.letters) !== null) lines.push(t.letters(num(a.letters)!));
      break;
    case "Letter":
      if (e.action === "send") lines.push(str(a.title) ? `${t.title}: ${str(a.title)}` : null);
      if (e.action === "update") {
        const fields = Object.keys(a).filter((k) => Object.hasOwn(t.letterFields, k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
        if (fields.length) lines.push(`${t.changed}: ${fields.map((k) => t.letterFields[k]).join(", ")}`);
      }
      break;
    case "HiringReport":
      // Only the year: the counts of a small agency are not shown outside it.
      lines.push(num(a.year) ? `${t.year}: ${num(a.year)}` : null);
      break;
    case "HiringImport":
      lines.push(num(a.year) ? `${t.year}: ${num(a.year)}` : null);
      lines.push(str(a.fileName) ? `${t.file}: ${str(a.fileName)}` : null);
      if (num(a.created) !== null || num(a.replaced) !== null) lines.push(t.importCounts(num(a.created) ?? 0, num(a.replaced) ?? 0));
      break;
    case "ClosedYear":
      lines.push(num(a.year) ? `${t.year}: ${num(a.year)}` : null);
      break;
    case "PoolingConsent": {
      const src = e.action === "revoke" ? b : a;
      if (num(src.fromYear) && num(src.toYear)) lines.push(`${t.period}: ${num(src.fromYear)}–${num(src.toYear)}`);
      break;
    }
    case "SectorPlan":
      lines.push(num(a.year) ? `${t.year}: ${num(a.year)}` : null);
      lines.push(num(a.number) ? t.versionPublished(num(a.number)!) : null);
      break;
    case "AnnualReportText":
      // The year only: the text is the agency's own until it sends the annual report.
      lines.push(num(a.year) ? `${t.year}: ${num(a.year)}` : null);
      break;
    case "GovernanceMeeting":
      // The meeting's date only: the record's text is read on its own page, by those who may.
      lines.push(str(a.date) && /^\d{4}-\d{2}-\d{2}$/.test(str(a.date)!) ? `${t.meetingDate}: ${str(a.date)!.split("-").reverse().map(Number).join(".")}` : null);
      break;
    case "MeasureFollowUp": {
      const followUpStatuses = textsIn(sectorPlanTexts, locale).followUpStatuses;
      lines.push(change(t.status, words(followUpStatuses, b.status), words(followUpStatuses, a.status)));
      break;
    }
    case "User":
      lines.push(str(a.name) && e.action !== "changeAccess" ? `${str(a.name)}${str(a.email) ? ` (${str(a.email)})` : ""}` : null);
      if (e.action === "changeAccess") {
        lines.push(str(a.name));
        lines.push(change(t.role, role(b.role), role(a.role)));
        lines.push(change(t.organisation, str(b.organisation), str(a.organisation)));
      } else if (e.action === "invite") {
        lines.push(role(a.role) ? `${t.role}: ${role(a.role)}` : null);
        lines.push(str(a.organisation) ? `${t.organisation}: ${str(a.organisation)}` : null);
      }
      if (num(a.sessionsEnded)) lines.push(t.sessionsEnded(num(a.sessionsEnded)!));
      if (num(a.sessions)) lines.push(t.sessionsEnded(num(a.sessions)!));
      break;
    case "Organisation":
      if (e.action === "move") {
        lines.push(change(t.ministry, str(b.ministryName) ?? str(b.ministry), str(a.ministryName) ?? str(a.ministry)));
        if (Array.isArray(a.draftLettersRemoved) && a.draftLettersRemoved.length) lines.push(t.draftLettersRemoved(a.draftLettersRemoved.length));
      } else if (e.action === "audit" || e.action === "unaudit") {
        lines.push(str(a.auditOffice) && str(a.ministry) ? `${str(a.auditOffice)} – ${str(a.ministry)}` : null);
      } else {
        lines.push(change(t.name, str(b.name), str(a.name)));
        lines.push(change(t.shortName, str(b.shortName), str(a.shortName)));
        lines.push(str(a.orgNumber) ? `${t.orgNumber}: ${str(a.orgNumber)}` : null);
        lines.push(change(t.postalAddress, address(b.postalAddress), address(a.postalAddress)));
        lines.push(str(a.ministry) ? `${t.ministry}: ${str(a.ministry)}` : null);
        lines.push(str(a.fileName) ? `${t.fromFile}: ${str(a.fileName)}` : null);
      }
      break;
  }
  return lines.filter((l): l is string => !!l);
}

/** Who acted, when it was not a person: a job's or a token's name, in words. */
export function jobLabel(label: string, locale: Locale = currentLocale()): string {
  if (label === "admin-cli") return textsIn(auditTexts, locale).summary.cli;
  return label;
}
