// The sector plan as a document, in the seed's structure: the title, the introduction, then each
// theme with its description and its Tiltak. One list of blocks, rendered by the page, the PDF and
// the DOCX alike. Pure: no I/O.
import { formatPlanDate } from "@/lib/domain/plan-text";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { sectorPlanText as t } from "@/lib/i18n/sector-plan-nb";

export type SectorPlanBlock =
  | { kind: "title"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "theme"; text: string; themeId: string }
  | { kind: "measuresHeading"; text: string }
  | { kind: "measure"; text: string; measureId: string; due: string };

/** Paragraphs are separated by an empty line; line breaks inside one are spaces. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0);
}

export function sectorPlanBlocks(c: SectorPlanContent): SectorPlanBlock[] {
  const blocks: SectorPlanBlock[] = [{ kind: "title", text: c.title.trim() }];
  for (const p of paragraphs(c.introduction)) blocks.push({ kind: "paragraph", text: p });
  for (const theme of c.themes) {
    blocks.push({ kind: "theme", text: theme.title.trim(), themeId: theme.id });
    for (const p of paragraphs(theme.description)) blocks.push({ kind: "paragraph", text: p });
    if (theme.measures.length === 0) continue;
    blocks.push({ kind: "measuresHeading", text: t.document.measures });
    for (const m of theme.measures) {
      const due = formatPlanDate(m.due);
      for (const p of paragraphs(m.text)) blocks.push({ kind: "measure", text: p, measureId: m.id, due: "" });
      if (due) blocks.push({ kind: "measure", text: t.document.due(due), measureId: m.id, due });
    }
  }
  return blocks;
}

/** The whole document as plain text (what the fidelity test compares, and a fallback view). */
export function sectorPlanPlainText(c: SectorPlanContent): string {
  return sectorPlanBlocks(c)
    .map((b) => b.text)
    .join("\n\n");
}
