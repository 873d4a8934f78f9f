// A plan written in Word, split into the plan's elements by its headings (issue 13). Pure: it
// takes the HTML mammoth makes of the DOCX (lib/documents/docx-read.ts) and returns each element's
// text, the text it could not place, and warnings as codes (lib/i18n/nb.ts words them). Nothing
// is dropped: text before the first heading and under headings it does not know is "unplaced".
//
// The text of an element is what the review step shows in one field: paragraphs separated by a
// blank line, list items as lines starting with "- ". `contentFromImport` turns the (corrected)
// texts into the editor's structured content: one paragraph or list item, one row.
import { planContentSchema, type PlanContent, type PlanElementKey } from "@/lib/domain/plan-content";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";

export type ImportBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string; bold: boolean }
  | { kind: "item"; text: string };

export type ImportWarning =
  | { code: "noHeadings" }
  | { code: "missing"; element: PlanElementKey }
  | { code: "empty"; element: PlanElementKey }
  | { code: "duplicate"; element: PlanElementKey }
  | { code: "unknownHeading"; heading: string };

export interface PlanImportDraft {
  elements: Record<PlanElementKey, string>;
  /** Text before the first heading and under unknown headings, with those headings. */
  unplaced: string;
  warnings: ImportWarning[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Inline HTML → one line of text (control characters and NUL removed). */
function inlineText(raw: string): string {
  const text = decodeEntities(raw.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, ""));
  return text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
}

/** The whole paragraph is bold (a heading written as bold text rather than with a heading style). */
const isAllBold = (raw: string) => /^\s*<strong>[\s\S]*<\/strong>\s*$/i.test(raw) && raw.replace(/<strong>[\s\S]*?<\/strong>/gi, "").replace(/<[^>]*>/g, "").trim() === "";

/**
 * mammoth's HTML as a flat list of headings, paragraphs and list items (nested lists flattened,
 * table cells read as paragraphs). mammoth writes a small, regular subset of HTML, which is all
 * this reads.
 */
export function htmlBlocks(html: string): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  let open: { tag: string; raw: string } | null = null;
  const flush = () => {
    if (!open) return;
    const text = inlineText(open.raw);
    if (text) {
      if (open.tag.startsWith("h")) blocks.push({ kind: "heading", level: Number(open.tag[1]), text });
      else if (open.tag === "li") blocks.push({ kind: "item", text });
      else blocks.push({ kind: "paragraph", text, bold: isAllBold(open.raw) });
    }
    open = null;
  };
  const token = /<(\/?)(h[1-6]|p|li|ul|ol|table|tr|td|th)\b[^>]*>/gi;
  let at = 0;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    if (open) open.raw += html.slice(at, m.index);
    at = m.index + m[0].length;
    const closing = m[1] === "/";
    const tag = m[2]!.toLowerCase();
    if (tag === "h1" || tag === "h2" || tag === "h3" || tag === "h4" || tag === "h5" || tag === "h6" || tag === "p" || tag === "li") {
      if (closing) {
        if (open?.tag === tag) flush();
      } else {
        // A paragraph inside a list item or cell continues it; anything else starts a new block.
        if (tag === "p" && open?.tag === "li") continue;
        flush();
        open = { tag, raw: "" };
      }
    } else {
      // A nested list, a table row or cell ends the block before it.
      flush();
    }
  }
  if (open) {
    open.raw += html.slice(at);
    flush();
  }
  return blocks;
}

/** Lower case, numbering ("1.", "2)", "3.2", "a)", "Kapittel 4") and punctuation removed. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u00a0/g, " ")
    .replace(/^\s*(kapittel|del|punkt)\s+/, "")
    .replace(/^\s*(\d+([.)]\d+)*|[a-z]|[ivx]+)[.):]\s+/, "")
    .replace(/^\s*\d+\s+/, "")
    .replace(/\d+\s*%/g, " prosent ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Headings as written without a heading style: only these exact phrases (after normalising). */
const EXACT: Record<PlanElementKey, string[]> = {
  challenges: ["utfordringer og muligheter", "utfordringer", "muligheter og utfordringer", "utfordringer og muligheter i rekrutteringen"],
  measures: ["tiltak", "planlagte tiltak", "våre tiltak", "tiltak og aktiviteter"],
  goals: ["mål", "målsettinger", "målsetting", "inkluderingsmål", "mål for inkluderingsarbeidet", "kortsiktige og langsiktige mål", "mål på kort og lang sikt"],
  goalLink: [
    "kobling til virksomhetens mål og tjenesteproduksjon",
    "kobling til virksomhetens mål",
    "kobling til målet",
    "sammenheng med 5 prosent målet",
    "kobling til målet sammenheng med 5 prosent målet",
  ],
  responsibilities: ["ansvar", "ansvarsfordeling", "roller og ansvar", "ansvar og roller", "ansvarsfordeling og roller"],
  traineeAssessment: ["traineeprogrammet", "vurdering av traineeprogrammet", "traineeprogrammet i staten", "trainee"],
};

/**
 * The element a heading names, tolerant of case, numbering, punctuation and the usual synonyms;
 * null for a heading that names none. `strict`: only the exact phrases (for a plain paragraph).
 */
export function matchHeading(text: string, strict = false): PlanElementKey | null {
  const h = normaliseHeading(text);
  if (!h) return null;
  for (const key of PLAN_ELEMENTS) if (EXACT[key].includes(h)) return key;
  if (strict) return null;
  const words = h.split(" ");
  // Headings are short; a sentence that mentions "mål" is not a heading.
  if (words.length > 12) return null;
  const has = (w: RegExp) => words.some((x) => w.test(x));
  if (has(/^trainee/)) return "traineeAssessment";
  if (has(/^(kobling|koblingen|sammenheng|sammenhengen|tjenesteproduksjon)$/)) return "goalLink";
  if (has(/^(utfordring|utfordringer|utfordringene)$/)) return "challenges";
  if (has(/^(ansvar|ansvaret|ansvarsfordeling|ansvarsfordelingen|roller)$/)) return "responsibilities";
  if (has(/^(tiltak|tiltakene|tiltaksplan|aktiviteter)$/)) return "measures";
  if (has(/^(mål|målene|målsetting|målsettinger|målsettingene|inkluderingsmål|delmål|hovedmål)$/)) return "goals";
  return null;
}

/** How a block reads in an element's text. */
const blockText = (b: ImportBlock) => (b.kind === "item" ? `- ${b.text}` : b.text);

/** Joins blocks: list items on consecutive lines, everything else separated by a blank line. */
function joinBlocks(blocks: ImportBlock[]): string {
  let out = "";
  blocks.forEach((b, i) => {
    if (i > 0) out += b.kind === "item" && blocks[i - 1]!.kind === "item" ? "\n" : "\n\n";
    out += blockText(b);
  });
  return out;
}

/** Splits the document's blocks into the plan's elements by its headings. */
export function splitPlanBlocks(blocks: ImportBlock[]): PlanImportDraft {
  const byElement = new Map<PlanElementKey, ImportBlock[]>();
  const unplaced: ImportBlock[] = [];
  const warnings: ImportWarning[] = [];
  let current: { element: PlanElementKey; level: number } | null = null;
  let headingsFound = 0;

  for (const block of blocks) {
    const styled = block.kind === "heading" || (block.kind === "paragraph" && block.bold && block.text.length <= 120);
    const plainHeading = block.kind === "paragraph" && !styled && block.text.length <= 80 ? matchHeading(block.text, true) : null;
    const element = styled ? matchHeading(block.text) : plainHeading;
    // A bold paragraph or a heading style; a bold line that names no element is ordinary text
    // unless it is a real heading.
    const isHeading = block.kind === "heading" || element !== null;
    if (!isHeading) {
      if (current) byElement.get(current.element)!.push(block);
      else unplaced.push(block);
      continue;
    }
    headingsFound++;
    const level = block.kind === "heading" ? block.level : 7;
    if (element === null) {
      // A sub-heading under an element stays in it; any other unknown heading starts unplaced text.
      if (current && level > current.level) {
        byElement.get(current.element)!.push({ kind: "paragraph", text: block.text, bold: true });
        continue;
      }
      current = null;
      warnings.push({ code: "unknownHeading", heading: block.text });
      unplaced.push({ kind: "paragraph", text: block.text, bold: true });
      continue;
    }
    if (current && current.element === element && level > current.level) {
      // "Kortsiktige mål" under "Mål": a sub-heading of the same element, kept as a line.
      byElement.get(element)!.push({ kind: "paragraph", text: block.text, bold: true });
      continue;
    }
    if (byElement.has(element)) {
      if (!warnings.some((w) => w.code === "duplicate" && w.element === element)) warnings.push({ code: "duplicate", element });
    } else byElement.set(element, []);
    current = { element, level };
  }

  const elements = Object.fromEntries(PLAN_ELEMENTS.map((k) => [k, joinBlocks(byElement.get(k) ?? [])])) as Record<PlanElementKey, string>;
  if (headingsFound === 0 || byElement.size === 0) warnings.unshift({ code: "noHeadings" });
  for (const key of PLAN_ELEMENTS) {
    if (!byElement.has(key)) warnings.push({ code: "missing", element: key });
    else if (!elements[key]) warnings.push({ code: "empty", element: key });
  }
  return { elements, unplaced: joinBlocks(unplaced), warnings };
}

/** mammoth's HTML → the elements, the unplaced text and the warnings. */
export function splitPlanHtml(html: string): PlanImportDraft {
  return splitPlanBlocks(htmlBlocks(html));
}

/** An element's text as rows: each list item ("- ", "• ", "* ") and each paragraph is one. */
export function textRows(text: string): string[] {
  const rows: string[] = [];
  let paragraph: string[] = [];
  const end = () => {
    if (paragraph.length) rows.push(paragraph.join(" ").trim());
    paragraph = [];
  };
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const item = /^\s*(?:[-•*–]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      end();
      if (item[1]!.trim()) rows.push(item[1]!.trim());
    } else if (!line.trim()) end();
    else paragraph.push(line.trim());
  }
  end();
  return rows.filter(Boolean);
}

/** "Toppleder: forankring i ledergruppen" → who and what; otherwise all of it is "what". */
function splitWho(row: string): { who: string; what: string } {
  const m = /^([^:–]{1,60})\s*[:–]\s+(.+)$/.exec(row);
  return m ? { who: m[1]!.trim(), what: m[2]!.trim() } : { who: "", what: row };
}

const LONG_TERM = /lang\s*sikt|langsiktig/i;
const SHORT_TERM = /kort\s*sikt|kortsiktig/i;
/** A line that only says which term follows ("Kortsiktige mål:", "Mål på lang sikt"). */
const termHeading = (row: string) => row.split(/\s+/).length <= 5 && (LONG_TERM.test(row) || SHORT_TERM.test(row)) && !/[.!?]$/.test(row);

/**
 * The reviewed texts as the plan editor's content. Ids are made from the element and the row's
 * place ("imp-m3"); a challenge's category and a trainee decision are for HR to choose in the editor.
 * Returns the content unvalidated: the caller parses it with planContentSchema (field limits).
 */
export function contentFromImport(texts: Record<PlanElementKey, string>): PlanContent {
  const goals: PlanContent["goals"] = [];
  let term: "SHORT" | "LONG" = "SHORT";
  textRows(texts.goals).forEach((row, i) => {
    if (termHeading(row)) {
      term = LONG_TERM.test(row) ? "LONG" : "SHORT";
      return;
    }
    goals.push({ id: `imp-g${i + 1}`, term: LONG_TERM.test(row) ? "LONG" : SHORT_TERM.test(row) ? "SHORT" : term, description: row, target: "", date: "" });
  });
  return {
    challenges: textRows(texts.challenges).map((row, i) => ({ id: `imp-c${i + 1}`, category: "RECRUITMENT_PRACTICE", challenge: row, opportunities: "" })),
    measures: textRows(texts.measures).map((row, i) => ({ id: `imp-m${i + 1}`, what: row, owner: "", due: "", status: "NOT_STARTED", challengeId: "" })),
    goals,
    goalLink: { text: texts.goalLink.trim(), agencyGoals: [] },
    responsibilities: textRows(texts.responsibilities).map((row, i) => ({ id: `imp-r${i + 1}`, ...splitWho(row) })),
    trainee: { decision: null, positions: "", count: null, reasoning: texts.traineeAssessment.trim() },
  };
}

/** The element a content path belongs to ("measures.3.what" → measures; "trainee.reasoning" → traineeAssessment). */
export function elementOfPath(path: readonly PropertyKey[]): PlanElementKey | null {
  const head = String(path[0] ?? "");
  if (head === "trainee") return "traineeAssessment";
  return (PLAN_ELEMENTS as readonly string[]).includes(head) ? (head as PlanElementKey) : null;
}

/** The content, validated; or the problems per element (codes: "tooLong", "tooMany", "invalid"). */
export function validateImportedContent(texts: Record<PlanElementKey, string>):
  | { ok: true; content: PlanContent }
  | { ok: false; problems: Partial<Record<PlanElementKey, "tooLong" | "tooMany" | "invalid">> } {
  const parsed = planContentSchema.safeParse(contentFromImport(texts));
  if (parsed.success) return { ok: true, content: parsed.data };
  const problems: Partial<Record<PlanElementKey, "tooLong" | "tooMany" | "invalid">> = {};
  for (const issue of parsed.error.issues) {
    const element = elementOfPath(issue.path) ?? "challenges";
    problems[element] ??= issue.code === "too_big" ? (issue.origin === "array" ? "tooMany" : "tooLong") : "invalid";
  }
  return { ok: false, problems };
}
