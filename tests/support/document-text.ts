// Text of generated documents, and the similarity measure of the fidelity tests (unit and e2e).
import { readFileSync } from "node:fs";
import path from "node:path";
import { SequenceMatcher } from "difflib";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export const seed = (name: string) => readFileSync(path.join(import.meta.dirname, "..", "fixtures", "seeds", name), "utf8");
/** Collapses all runs of white space (line breaks too) to one space. */
export const normalise = (s: string) => s.replace(/\s+/g, " ").trim();
/** Python's difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() on characters. */
export const ratio = (a: string, b: string) => new SequenceMatcher(null, a, b, false).ratio();

export interface PdfText { text: string; items: { str: string; fontName: string }[]; pages: number; info: Record<string, unknown> }

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = "";
  const items: PdfText["items"] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!("str" in item)) continue;
      text += item.str + (item.hasEOL ? "\n" : "");
      items.push({ str: item.str, fontName: item.fontName });
    }
    text += "\n";
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { text, items, pages: pdf.numPages, info: info as Record<string, unknown> };
}

/** One file of a zip (a DOCX) as text. */
export function zipEntry(zip: Uint8Array, name: string): string {
  const files = unzipSync(zip, { filter: (f) => f.name === name });
  const file = files[name];
  if (!file) throw new Error(`${name} not in the zip`);
  return strFromU8(file);
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

export async function docxHtml(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}
