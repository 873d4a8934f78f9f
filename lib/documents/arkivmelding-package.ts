// The archive package (issue 14): arkivmelding.xml and the PDFs it names, in one ZIP.
import { zipSync } from "fflate";
import { ARKIVMELDING_FILE, buildArkivmelding, type ArchiveCase } from "./arkivmelding";
import type { LetterDocumentData } from "./letter-data";
import { renderLetterPdf } from "./letter-pdf";
import { planVersionPdf } from "./plan-pdf";

/** What each document file of the package is rendered from. */
export type ArchiveDocumentSource = { fileName: string } & (
  | { kind: "letter"; letter: LetterDocumentData }
  | { kind: "plan"; plan: Parameters<typeof planVersionPdf>[0] }
);

export interface ArchiveExport {
  cases: ArchiveCase[];
  documents: ArchiveDocumentSource[];
}

export const ARCHIVE_SYSTEM = "Dugnad";

/** The ZIP: arkivmelding.xml first, then every document it names (and no other file). */
export async function buildArchivePackage(data: ArchiveExport, meta: { messageId: string; createdAt: Date }): Promise<Uint8Array> {
  const { xml, files } = buildArkivmelding({ system: ARCHIVE_SYSTEM, messageId: meta.messageId, createdAt: meta.createdAt, cases: data.cases });
  const sources = new Map(data.documents.map((d) => [d.fileName, d]));
  if (sources.size !== files.length || files.some((f) => !sources.has(f))) throw new Error("The package's documents do not match the files its arkivmelding names");
  const entries: Record<string, Uint8Array> = { [ARKIVMELDING_FILE]: new TextEncoder().encode(xml) };
  for (const f of files) {
    const d = sources.get(f)!;
    // PDFs are compressed already: store them.
    entries[f] = d.kind === "letter" ? await renderLetterPdf(d.letter) : (await planVersionPdf(d.plan)).bytes;
  }
  return zipSync(entries, { level: 0 });
}
