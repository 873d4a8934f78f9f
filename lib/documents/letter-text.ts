// Pure helpers shared by the PDF and DOCX renderers: what each part of a letter says, in order.
// The renderers only decide how it looks.
import { formatLongDate } from "../domain/format";
import { inlineRuns, parseLetterBody, type LetterBlock } from "../domain/letter";
import type { LetterDocumentData } from "./letter-data";

export { inlineRuns, parseLetterBody, type LetterBlock };

export const CLOSING = "Med hilsen";
export const ELECTRONIC_SIGNATURE_NOTE = "Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer";
export const COPY_LABEL = "Kopi";
export const DOCUMENT_LANGUAGE = "nb-NO";

/** A4 page measures in millimetres that both renderers use. */
export const PAGE_MM = {
  width: 210,
  height: 297,
  margin: { top: 20, left: 25, right: 20, bottom: 20 },
  /** Top of the first page's footer; the body of page 1 stops above it. */
  footerTop: 267,
  /** Widths of the footer's five columns (the last takes the rest). */
  footerColumns: [38, 31, 26, 36, 34],
} as const;

/** "Jan Olav Pettersen (e.f.)" when signing by authority (*etter fullmakt*), else the name. */
export function signatureName(s: LetterDocumentData["signatories"][number]): string {
  return s.byAuthority ? `${s.name} (e.f.)` : s.name;
}

/** The reference block: three columns, label above value. */
export function referenceColumns(d: LetterDocumentData): { label: string; value: string }[] {
  return [
    { label: "Deres ref", value: d.yourRef ?? "" },
    { label: "Vår ref", value: d.ourRef },
    { label: "Dato", value: formatLongDate(d.date) },
  ];
}

export interface FooterLine {
  text: string;
  /** A label ("Postadresse"), printed bold; the others are values. */
  label: boolean;
}

/** The first page's footer, as columns of lines (read column by column, as in the ministry's letters). */
export function footerColumns(d: LetterDocumentData): FooterLine[][] {
  const label = (text: string): FooterLine => ({ text, label: true });
  const value = (text: string): FooterLine => ({ text, label: false });
  return [
    ...ministryFooterColumns(d.ministry),
    [label("Avdeling"), value(d.department)],
    [label("Saksbehandler"), value(d.caseworker.name), value(d.caseworker.phone)],
  ];
}

/** The footer's columns about the ministry itself (the letters' and the meeting minutes' footer). */
export function ministryFooterColumns(m: LetterDocumentData["ministry"]): FooterLine[][] {
  const label = (text: string): FooterLine => ({ text, label: true });
  const value = (text: string): FooterLine => ({ text, label: false });
  return [
    [label("Postadresse"), ...m.postalAddress.map(value), value(m.email)],
    [label("Kontoradresse"), value(m.officeAddress), value(m.website)],
    [label("Telefon*"), value(m.phone), label("Org.nr."), value(m.orgNumber)],
  ];
}

/** A ministry's organisation fields as its documents print them (letterhead, footer). */
export function ministryDocumentFields(m: {
  name: string; letterhead: string | null; postalAddress: string; orgNumber: string; officeAddress: string | null; email: string | null; website: string | null; phone: string | null;
}): LetterDocumentData["ministry"] {
  const lines = (text: string | null | undefined) => (text ?? "").split("\n").map((s) => s.trim()).filter(Boolean);
  return {
    letterhead: m.letterhead ?? `DET KONGELIGE ${m.name.toUpperCase()}`,
    name: m.name,
    postalAddress: lines(m.postalAddress),
    email: m.email ?? "",
    officeAddress: m.officeAddress ?? "",
    website: m.website ?? "",
    phone: m.phone ?? "",
    orgNumber: formatOrgNumber(m.orgNumber),
  };
}

/** "972417858" → "972 417 858" (a nine-digit organisation number as printed). */
export function formatOrgNumber(orgNumber: string): string {
  const digits = orgNumber.replace(/\s/g, "");
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : orgNumber;
}

/** The document's metadata (PDF info dictionary, DOCX core properties). */
export function documentMetadata(d: LetterDocumentData) {
  return { title: d.title, author: d.ministry.name, subject: `${d.ourRef} – ${d.recipient.name}`, language: DOCUMENT_LANGUAGE };
}
