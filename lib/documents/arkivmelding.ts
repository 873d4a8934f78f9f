// The hand-off to the ministry's Noark 5 archive (issue 14): an *arkivmelding* (Arkivverket's
// schema, copied unchanged to docs/standards/arkivmelding/) with one case folder (saksmappe) per
// round, one outgoing record (journalpost, "Utgående dokument") per letter sent and one incoming
// record ("Inngående dokument") per plan version received, each naming its PDF in the package.
// Pure: data in, XML text and the list of document files out; no I/O, no clock.
import { createHash } from "node:crypto";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

export const ARKIVMELDING_NS = "http://www.arkivverket.no/standarder/noark5/arkivmelding";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
/** Our own metadata (the letter's references) inside virksomhetsspesifikkeMetadata. */
export const DUGNAD_NS = "urn:dugnad:arkivmelding:1";
export const ARKIVMELDING_FILE = "arkivmelding.xml";

export interface ArchiveParty {
  name: string;
  /** Postal address as printed on a letter, one line per element; the last "0032 Oslo" line is split. */
  postalAddress?: readonly string[];
  /** The department (avdeling) in the organisation. */
  administrativeUnit?: string;
  /** The caseworker (saksbehandler), on the ministry's side. */
  caseworker?: string;
  /** The contact person (kontaktperson), on the other party's side. */
  contactPerson?: string;
}

export interface ArchiveRecord {
  /** The app's id of the letter or plan version: the record's systemID is derived from it. */
  sourceId: string;
  direction: "outgoing" | "incoming";
  title: string;
  /** When the document was made (a letter's sending, a plan's submission), and by whom. */
  createdAt: Date;
  createdBy: string;
  /** The document's date (a calendar date, UTC midnight). */
  documentDate: Date;
  /** The journal date (a calendar date, UTC midnight): the day it was sent or received in Norway. */
  journalDate: Date;
  sender: ArchiveParty;
  recipient: ArchiveParty;
  /** Our reference ("20/56-69") for a letter; becomes registreringsID and the case's document number. */
  ourRef?: string | null;
  /** The recipient's reference written on the letter ("Deres ref"). */
  yourRef?: string | null;
  /** For a plan: the app id of the letter it answers (a cross-reference when that letter is in the package). */
  answersSourceId?: string | null;
  /** For a plan: the reference of the letter it answers. */
  answersRef?: string | null;
  /** dokumenttype: "Brev", "Handlingsplan". */
  documentType: string;
  /** The PDF in the package (unique within it). */
  fileName: string;
}

export interface ArchiveCase {
  /** The round's id: the case folder's systemID is derived from it. */
  sourceId: string;
  title: string;
  /** The case number ("21/1234") when every letter of the round has the same one, else null. */
  caseNumber: string | null;
  caseDate: Date;
  createdAt: Date;
  createdBy: string;
  administrativeUnit: string;
  responsible: string;
  closed: boolean;
  records: readonly ArchiveRecord[];
}

export interface ArchiveMessage {
  system: string;
  messageId: string;
  createdAt: Date;
  cases: readonly ArchiveCase[];
}

export interface BuiltArkivmelding {
  xml: string;
  /** The document files the XML names, in order (every one once). */
  files: string[];
}

/**
 * A stable GUID for an app id (name-based, SHA-1, as a version 5 UUID): the same letter gets the
 * same systemID in every export, so the archive can recognise a record it already has.
 */
export function stableGuid(kind: string, id: string): string {
  const h = createHash("sha1").update(`dugnad:${kind}:${id}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** xs:date of a calendar date stored as UTC midnight. */
const xsDate = (d: Date) => d.toISOString().slice(0, 10);
/** xs:dateTime in UTC, without milliseconds. */
const xsDateTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** "20/56-69" → 69, the record's number within its case. */
export function documentNumberOf(ourRef: string | null | undefined): number | null {
  const m = /^\s*\d+\/\d+-(\d+)\s*$/.exec(ourRef ?? "");
  return m ? Number(m[1]) : null;
}

/** Adds a child element with text, in the arkivmelding namespace (the text is escaped by the builder). */
function text(parent: XMLBuilder, name: string, value: string | number): XMLBuilder {
  parent.ele(ARKIVMELDING_NS, name).txt(String(value));
  return parent;
}

function party(parent: XMLBuilder, type: "Avsender" | "Mottaker", p: ArchiveParty): void {
  const el = parent.ele(ARKIVMELDING_NS, "korrespondansepart");
  text(el, "korrespondanseparttype", type);
  text(el, "korrespondansepartNavn", p.name);
  const lines = [...(p.postalAddress ?? [])];
  const last = lines.length > 1 ? /^(\d{4})\s+(.+)$/.exec(lines[lines.length - 1]!) : null;
  if (last) lines.pop();
  for (const line of lines) text(el, "postadresse", line);
  if (last) {
    text(el, "postnummer", last[1]!);
    text(el, "poststed", last[2]!);
  }
  if (p.contactPerson) text(el, "kontaktperson", p.contactPerson);
  if (p.administrativeUnit) text(el, "administrativEnhet", p.administrativeUnit);
  if (p.caseworker) text(el, "saksbehandler", p.caseworker);
}

function record(parent: XMLBuilder, c: ArchiveCase, r: ArchiveRecord, inPackage: ReadonlySet<string>): void {
  const el = parent.ele(ARKIVMELDING_NS, "basisregistrering").att(XSI_NS, "xsi:type", "journalpost");
  const outgoing = r.direction === "outgoing";
  // registrering
  text(el, "systemID", stableGuid(outgoing ? "letter" : "plan-version", r.sourceId));
  text(el, "opprettetDato", xsDateTime(r.createdAt));
  text(el, "opprettetAv", r.createdBy);
  if (r.ourRef) text(el, "registreringsID", r.ourRef);
  text(el, "referanseForelderMappe", stableGuid("round", c.sourceId));
  const description = el.ele(ARKIVMELDING_NS, "dokumentbeskrivelse");
  text(description, "systemID", stableGuid(outgoing ? "letter-document" : "plan-version-document", r.sourceId));
  text(description, "dokumenttype", r.documentType);
  text(description, "dokumentstatus", "Dokumentet er ferdigstilt");
  text(description, "tittel", r.title);
  text(description, "opprettetDato", xsDateTime(r.createdAt));
  text(description, "opprettetAv", r.createdBy);
  text(description, "tilknyttetRegistreringSom", "Hoveddokument");
  text(description, "dokumentnummer", 1);
  text(description, "tilknyttetDato", xsDateTime(r.createdAt));
  text(description, "tilknyttetAv", r.createdBy);
  const object = description.ele(ARKIVMELDING_NS, "dokumentobjekt");
  text(object, "versjonsnummer", 1);
  // The app's PDFs are not PDF/A: the archive converts them to its archival format.
  text(object, "variantformat", "Produksjonsformat");
  text(object, "opprettetDato", xsDateTime(r.createdAt));
  text(object, "opprettetAv", r.createdBy);
  text(object, "referanseDokumentfil", r.fileName);
  // basisregistrering
  text(el, "tittel", r.title);
  const refs: [string, string][] = [];
  if (r.ourRef) refs.push(["vaarReferanse", r.ourRef]);
  if (r.yourRef) refs.push(["deresReferanse", r.yourRef]);
  if (r.answersRef) refs.push(["svarPaaReferanse", r.answersRef]);
  if (refs.length) {
    const meta = el.ele(ARKIVMELDING_NS, "virksomhetsspesifikkeMetadata");
    for (const [name, value] of refs) meta.ele(DUGNAD_NS, `dugnad:${name}`).txt(value);
  }
  if (r.answersSourceId && inPackage.has(r.answersSourceId)) {
    const cross = el.ele(ARKIVMELDING_NS, "kryssreferanse");
    text(cross, "referanseTilRegistrering", stableGuid("letter", r.answersSourceId));
  }
  // journalpost
  const number = documentNumberOf(r.ourRef);
  if (number !== null) text(el, "journalpostnummer", number);
  text(el, "journalposttype", outgoing ? "Utgående dokument" : "Inngående dokument");
  text(el, "journalstatus", outgoing ? "Ekspedert" : "Journalført");
  text(el, "journaldato", xsDate(r.journalDate));
  text(el, "dokumentetsDato", xsDate(r.documentDate));
  if (outgoing) text(el, "sendtDato", xsDateTime(r.createdAt));
  else text(el, "mottattDato", xsDateTime(r.createdAt));
  party(el, "Avsender", r.sender);
  party(el, "Mottaker", r.recipient);
}

function caseFolder(parent: XMLBuilder, c: ArchiveCase, inPackage: ReadonlySet<string>): void {
  const el = parent.ele(ARKIVMELDING_NS, "mappe").att(XSI_NS, "xsi:type", "saksmappe");
  // mappe
  text(el, "systemID", stableGuid("round", c.sourceId));
  if (c.caseNumber) text(el, "mappeID", c.caseNumber);
  text(el, "tittel", c.title);
  text(el, "opprettetDato", xsDateTime(c.createdAt));
  text(el, "opprettetAv", c.createdBy);
  for (const r of c.records) record(el, c, r, inPackage);
  // saksmappe: its own elements come after the base type's (the schema extends mappe).
  text(el, "saksdato", xsDate(c.caseDate));
  text(el, "administrativEnhet", c.administrativeUnit);
  text(el, "saksansvarlig", c.responsible);
  text(el, "saksstatus", c.closed ? "Avsluttet" : "Under behandling");
}

/** The arkivmelding.xml of a package, and the document files it names. Refuses a file named twice. */
export function buildArkivmelding(m: ArchiveMessage): BuiltArkivmelding {
  const files = m.cases.flatMap((c) => c.records.map((r) => r.fileName));
  const seen = new Set<string>();
  for (const f of files) {
    if (f === ARKIVMELDING_FILE || seen.has(f)) throw new Error(`Document file name used twice in the package: ${f}`);
    seen.add(f);
  }
  const inPackage = new Set(m.cases.flatMap((c) => c.records.filter((r) => r.direction === "outgoing").map((r) => r.sourceId)));

  const root = create({ version: "1.0", encoding: "UTF-8" })
    .ele(ARKIVMELDING_NS, "arkivmelding")
    .att("xmlns:xsi", XSI_NS)
    .att("xmlns:dugnad", DUGNAD_NS);
  text(root, "system", m.system);
  text(root, "meldingId", m.messageId);
  text(root, "tidspunkt", xsDateTime(m.createdAt));
  text(root, "antallFiler", files.length);
  for (const c of m.cases) caseFolder(root, c, inPackage);
  return { xml: root.end({ prettyPrint: true }), files };
}

/**
 * A file name that is unique in the package: letters and plans keep their download names, and a
 * second use of a name gets " (2)", " (3)" before the extension.
 */
export function uniqueFileName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf(".");
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  let candidate = name;
  for (let i = 2; taken.has(candidate) || candidate === ARKIVMELDING_FILE; i++) candidate = `${base} (${i})${ext}`;
  taken.add(candidate);
  return candidate;
}
