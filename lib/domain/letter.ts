/** The placeholder in a round's text that each letter replaces with the agency's name. */
export const AGENCY_PLACEHOLDER = "{virksomhet}";

export function fillTemplate(body: string, agencyName: string): string {
  return body.split(AGENCY_PLACEHOLDER).join(agencyName);
}

export type LetterBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] };

/**
 * Parses a letter body: blocks separated by blank lines; "1. Innledning" is a section heading;
 * lines starting with "- " form a list. Inline **bold** is kept for the renderer.
 */
export function parseLetterBody(body: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const chunk of body.replace(/\r\n/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.every((l) => l.startsWith("- "))) {
      blocks.push({ kind: "list", items: lines.map((l) => l.slice(2).trim()) });
    } else if (lines.length === 1 && /^\d+\.\s+\S/.test(lines[0]!) && lines[0]!.length < 80) {
      blocks.push({ kind: "heading", text: lines[0]! });
    } else {
      blocks.push({ kind: "paragraph", text: lines.join(" ") });
    }
  }
  return blocks;
}

/** Splits text into plain and **bold** runs. */
export function inlineRuns(text: string): { text: string; bold: boolean }[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith("**") && part.endsWith("**") ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false }));
}

export interface Signatory {
  name: string;
  title: string;
  /** Signs by authority (*etter fullmakt*): printed as "(e.f.)" after the name. */
  byAuthority: boolean;
}

/** The letter's title from the round's template: {nummer}, {år} and {virksomhet} filled in. */
export function titleFromTemplate(template: string, number: string, year: number, agencyName: string): string {
  return template
    .split("{nummer}").join(number || "Tillegg")
    .split("{år}").join(String(year))
    .split(AGENCY_PLACEHOLDER).join(agencyName);
}

/** The next free document number in a case: "20/56-69" → "20/56-70" (skipping taken ones). */
export function nextOurRef(ourRef: string, taken: ReadonlySet<string>): string {
  const match = /^(.*-)(\d+)$/.exec(ourRef);
  const prefix = match ? match[1]! : `${ourRef}-`;
  let n = match ? Number(match[2]) + 1 : 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
