// What an uploaded file is, decided by its content and never by its name (issue 13): a PDF by its
// header and its trailer, a DOCX as a ZIP archive (read defensively, lib/documents/zip-read.ts)
// with a Word main document. Everything else is refused, whatever the file is called.
import { strFromU8 } from "fflate";
import { readZipEntry, zipDirectory, ZipRefused, type ZipEntry } from "@/lib/documents/zip-read";

export const PDF_MEDIA_TYPE = "application/pdf";
export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export type AttachmentMediaType = typeof PDF_MEDIA_TYPE | typeof DOCX_MEDIA_TYPE;

/** Why a file is refused (lib/i18n/nb.ts words each). */
export type FileRefusal = "empty" | "tooLarge" | "notPdfOrDocx" | "damagedPdf" | "notDocx" | "damagedDocx";

export type FileCheck = { ok: true; mediaType: AttachmentMediaType; extension: "pdf" | "docx" } | { ok: false; reason: FileRefusal };

/** What the parts of a DOCX may declare: far more than any plan, far less than a ZIP bomb. */
export const DOCX_LIMITS = {
  /** [Content_Types].xml and the relationship parts. */
  index: 1024 * 1024,
  /** word/document.xml, styles, numbering: each. */
  part: 32 * 1024 * 1024,
  /** Every entry of the archive together, as declared. */
  total: 64 * 1024 * 1024,
} as const;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(Math.max(0, from), Math.min(bytes.length, to)));

/** A PDF: "%PDF-1.x" at the start, and "startxref" and "%%EOF" in the last kilobyte or so. */
export function looksLikePdf(bytes: Uint8Array): "pdf" | "damaged" | "no" {
  if (!/^%PDF-\d\.\d/.test(ascii(bytes, 0, 8))) return "no";
  const tail = ascii(bytes, bytes.length - 2048, bytes.length);
  return tail.includes("startxref") && tail.includes("%%EOF") ? "pdf" : "damaged";
}

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The archive's entries by name (a name twice is refused: which one would a reader take?). */
export function entriesByName(bytes: Uint8Array): Map<string, ZipEntry> {
  const byName = new Map<string, ZipEntry>();
  for (const entry of zipDirectory(bytes)) {
    const name = entry.name.replace(/^\//, "");
    if (byName.has(name)) throw new ZipRefused(`${name} appears twice`);
    byName.set(name, entry);
  }
  return byName;
}

const WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

/**
 * A Word document: a ZIP archive whose directory declares no more than DOCX_LIMITS, with
 * [Content_Types].xml naming word/document.xml as a Word main document. Throws ZipRefused.
 */
export function checkDocxArchive(bytes: Uint8Array): Map<string, ZipEntry> {
  const byName = entriesByName(bytes);
  const declared = [...byName.values()].reduce((sum, e) => sum + e.size, 0);
  if (declared > DOCX_LIMITS.total) throw new ZipRefused("declares too many bytes");
  const types = byName.get("[Content_Types].xml");
  const document = byName.get("word/document.xml");
  if (!types || !document) throw new ZipRefused("not a Word document");
  if (document.size > DOCX_LIMITS.part) throw new ZipRefused("word/document.xml declares too many bytes");
  const xml = strFromU8(readZipEntry(bytes, types, DOCX_LIMITS.index));
  const main = [...xml.matchAll(/<(?:\w+:)?Override\s[^>]*>/g)].map((m) => m[0]).find((tag) => /PartName="\/word\/document\.xml"/i.test(tag));
  if (!main || !main.includes(WORD_MAIN)) throw new ZipRefused("word/document.xml is not a Word main document");
  return byName;
}

/** What the file is, by its content; `maxBytes` is the size limit (lib/env.ts ATTACHMENT_MAX_BYTES). */
export function checkAttachmentFile(bytes: Uint8Array, maxBytes: number): FileCheck {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > maxBytes) return { ok: false, reason: "tooLarge" };
  const pdf = looksLikePdf(bytes);
  if (pdf === "pdf") return { ok: true, mediaType: PDF_MEDIA_TYPE, extension: "pdf" };
  if (pdf === "damaged") return { ok: false, reason: "damagedPdf" };
  if (!isZip(bytes)) return { ok: false, reason: "notPdfOrDocx" };
  try {
    checkDocxArchive(bytes);
    return { ok: true, mediaType: DOCX_MEDIA_TYPE, extension: "docx" };
  } catch (error) {
    if (!(error instanceof ZipRefused)) throw error;
    return { ok: false, reason: error.message.startsWith("not a Word") || error.message.includes("is not a Word") ? "notDocx" : "damagedDocx" };
  }
}

/**
 * A name safe to show and to send in Content-Disposition: the last path segment, no control or
 * bidirectional-override characters, no characters Windows forbids, at most 120 characters, and
 * the extension the content has (a PDF called "plan.docx" is stored as "plan.docx.pdf").
 */
export function safeFileName(name: string, extension: "pdf" | "docx"): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  let clean = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (!clean.toLowerCase().endsWith(`.${extension}`)) clean = `${clean || "vedlegg"}.${extension}`;
  if (clean.length > 120) clean = `${clean.slice(0, 120 - extension.length - 1).trim()}.${extension}`;
  return clean;
}
