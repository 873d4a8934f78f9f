import "server-only";
import { zipSync } from "fflate";
import mammoth from "mammoth";
import { checkDocxArchive, DOCX_LIMITS } from "@/lib/documents/attachment-file";
import { readZipEntry } from "@/lib/documents/zip-read";

/** The parts mammoth reads for the text, headings and lists of a Word document. */
const PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml"];

/**
 * A Word document as mammoth's HTML (headings h1–h6, paragraphs, lists, tables; images left out).
 * Only the parts needed are inflated, each within DOCX_LIMITS and checked against the archive's
 * directory first (a ZIP bomb is refused before anything is inflated), and handed to mammoth as a
 * new archive that holds nothing else. Throws ZipRefused for an archive that is not a Word document.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const byName = checkDocxArchive(bytes);
  const files: Record<string, Uint8Array> = {};
  for (const name of PARTS) {
    const entry = byName.get(name);
    if (entry) files[name] = readZipEntry(bytes, entry, name.endsWith(".rels") || name.startsWith("[") ? DOCX_LIMITS.index : DOCX_LIMITS.part);
  }
  const minimal = zipSync(files, { level: 0 });
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(minimal) }, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })) });
  return result.value;
}
