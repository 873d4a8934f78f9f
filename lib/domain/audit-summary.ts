// What an audit event says, in Norwegian, for the audit log page. The log is read outside the
// organisation that made a change (the ministry's administrator, the audit office), so an event's
// stored before/after is never shown as it is: each kind shows only the fields listed here. An
// agency's plan (even a draft's text, if an older event held one), a sector plan's content, review
// comments, letter texts and hiring counts (small numbers stay hidden) are never shown.
import { AUDIT_ENTITIES, AUDIT_KINDS } from "@/lib/i18n/admin-nb";
import { nb } from "@/lib/i18n/nb";
import { sectorPlanText } from "@/lib/i18n/sector-plan-nb";

type Json = unknown;

const obj = (v: Json): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim().slice(0, 200) : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const words = <K extends string>(map: Record<K, string>, v: unknown): string | null => (typeof v === "string" && Object.hasOwn(map, v) ? map[v as K] : null);

/** The event's kind in words: "Handlingsplan sendt inn"; an unknown kind is named by its entity. */
export function auditKindLabel(entity: string, action: string): string {
  return AUDIT_KINDS[`${entity}.${action}`] ?? `${AUDIT_ENTITIES[entity] ?? entity}: ${action}`;
}

const LETTER_FIELDS: Record<string, string> = {
  number: "brevnummer",
  title: "tittel",
  yourRef: "deres ref.",
  ourRef: "vår ref.",
  date: "dato",
  deadline: "frist",
  body: "brevtekst",
  department: "avdeling",
  caseworkerName: "saksbehandler",
  caseworkerPhone: "telefon",
  signatories: "signatarer",
  copyTo: "kopimottakere",
};

function change(label: string, before: string | null, after: string | null): string | null {
  if (before && after && before !== after) return `${label}: ${before} → ${after}`;
  if (!before && after) return `${label}: ${after}`;
  return null;
}

const role = (v: unknown) => words(nb.roles, v);
const address = (v: unknown) => str(v)?.split("\n").join(", ") ?? null;

/** A readable summary of what changed: a few lines, only from the fields each kind is known to hold. */
export function summariseAuditEvent(e: { entity: string; action: string; before: Json; after: Json }): string[] {
  const b = obj(e.before);
  const a = obj(e.after);
  const lines: (string | null)[] = [];
  switch (e.entity) {
    case "ActionPlan": {
      lines.push(change("Status", words(nb.planStatus, b.status), words(nb.planStatus, a.status)));
      const submitted = num(a.submittedVersion);
      if (submitted) lines.push(`Versjon ${submitted} sendt inn`);
      const reviewed = num(a.versionNumber);
      if (reviewed) lines.push(`Gjelder versjon ${reviewed}`);
      if (Array.isArray(a.comments) && a.comments.length) lines.push(`${a.comments.length} ${a.comments.length === 1 ? "kommentar" : "kommentarer"}`);
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
      lines.push(str(src.letterId) ? (str(src.fileName) ? `Fil: ${str(src.fileName)}` : null) : "Vedlegg til handlingsplan");
      lines.push(src.purpose === "ORIGINAL_IMPORT" ? "Originalen planen er importert fra" : null);
      break;
    }
    case "AddendumRound":
      lines.push(str(a.title) ? `Tittel: ${str(a.title)}` : null);
      if (Array.isArray(a.agencies)) lines.push(`${a.agencies.length} virksomheter`);
      if (num(a.letters) !== null) lines.push(`${num(a.letters)} brev`);
      break;
    case "Letter":
      if (e.action === "send") lines.push(str(a.title) ? `Tittel: ${str(a.title)}` : null);
      if (e.action === "update") {
        const fields = Object.keys(a).filter((k) => Object.hasOwn(LETTER_FIELDS, k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
        if (fields.length) lines.push(`Endret: ${fields.map((k) => LETTER_FIELDS[k]).join(", ")}`);
      }
      break;
    case "HiringReport":
      // Only the year: the counts of a small agency are not shown outside it.
      lines.push(num(a.year) ? `År: ${num(a.year)}` : null);
      break;
    case "HiringImport":
      lines.push(num(a.year) ? `År: ${num(a.year)}` : null);
      lines.push(str(a.fileName) ? `Fil: ${str(a.fileName)}` : null);
      if (num(a.created) !== null || num(a.replaced) !== null) lines.push(`${num(a.created) ?? 0} nye, ${num(a.replaced) ?? 0} erstattet`);
      break;
    case "ClosedYear":
      lines.push(num(a.year) ? `År: ${num(a.year)}` : null);
      break;
    case "PoolingConsent": {
      const src = e.action === "revoke" ? b : a;
      if (num(src.fromYear) && num(src.toYear)) lines.push(`Periode: ${num(src.fromYear)}–${num(src.toYear)}`);
      break;
    }
    case "SectorPlan":
      lines.push(num(a.year) ? `År: ${num(a.year)}` : null);
      lines.push(num(a.number) ? `Versjon ${num(a.number)} publisert` : null);
      break;
    case "AnnualReportText":
      // The year only: the text is the agency's own until it sends the annual report.
      lines.push(num(a.year) ? `År: ${num(a.year)}` : null);
      break;
    case "GovernanceMeeting":
      // The meeting's date only: the record's text is read on its own page, by those who may.
      lines.push(str(a.date) && /^\d{4}-\d{2}-\d{2}$/.test(str(a.date)!) ? `Møtedato: ${str(a.date)!.split("-").reverse().map(Number).join(".")}` : null);
      break;
    case "MeasureFollowUp":
      lines.push(change("Status", words(sectorPlanText.followUpStatuses, b.status), words(sectorPlanText.followUpStatuses, a.status)));
      break;
    case "User":
      lines.push(str(a.name) && e.action !== "changeAccess" ? `${str(a.name)}${str(a.email) ? ` (${str(a.email)})` : ""}` : null);
      if (e.action === "changeAccess") {
        lines.push(str(a.name));
        lines.push(change("Rolle", role(b.role), role(a.role)));
        lines.push(change("Virksomhet", str(b.organisation), str(a.organisation)));
      } else if (e.action === "invite") {
        lines.push(role(a.role) ? `Rolle: ${role(a.role)}` : null);
        lines.push(str(a.organisation) ? `Virksomhet: ${str(a.organisation)}` : null);
      }
      if (num(a.sessionsEnded)) lines.push(`${num(a.sessionsEnded)} ${num(a.sessionsEnded) === 1 ? "innlogging" : "innlogginger"} avsluttet`);
      if (num(a.sessions)) lines.push(`${num(a.sessions)} ${num(a.sessions) === 1 ? "innlogging" : "innlogginger"} avsluttet`);
      break;
    case "Organisation":
      if (e.action === "move") {
        lines.push(change("Departement", str(b.ministryName) ?? str(b.ministry), str(a.ministryName) ?? str(a.ministry)));
        if (Array.isArray(a.draftLettersRemoved) && a.draftLettersRemoved.length) lines.push(`${a.draftLettersRemoved.length} brevutkast fra det gamle departementet slettet`);
      } else if (e.action === "audit" || e.action === "unaudit") {
        lines.push(str(a.auditOffice) && str(a.ministry) ? `${str(a.auditOffice)} – ${str(a.ministry)}` : null);
      } else {
        lines.push(change("Navn", str(b.name), str(a.name)));
        lines.push(change("Kortnavn", str(b.shortName), str(a.shortName)));
        lines.push(str(a.orgNumber) ? `Org.nr.: ${str(a.orgNumber)}` : null);
        lines.push(change("Postadresse", address(b.postalAddress), address(a.postalAddress)));
        lines.push(str(a.ministry) ? `Departement: ${str(a.ministry)}` : null);
        lines.push(str(a.fileName) ? `Fra fil: ${str(a.fileName)}` : null);
      }
      break;
  }
  return lines.filter((l): l is string => !!l);
}

/** Who acted, when it was not a person: a job's or a token's name, in words. */
export function jobLabel(label: string): string {
  if (label === "admin-cli") return "Kommandolinjen (npm run admin)";
  return label;
}
