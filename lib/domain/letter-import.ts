// Recognising a letter the ministry sent before Dugnad, from its text: the text of a PDF
// (lib/documents/pdf-text.ts keeps its lines) or the text of a scan, pasted. Pure: no I/O, no UI
// texts (the notes are codes; lib/i18n/letter-import-nb.ts has the words).
//
// Scanned text is damaged: æ, ø and å read as other characters (ø → o, 0, ö; å → a, ä, aa;
// æ → ae, a, œ), "rn" and "m" confused, "l" read as "1" or "I", "0" as "O" in numbers, stray spaces
// in references, lines broken. Words are therefore compared by a *skeleton* that folds those
// confusions to one form (skeleton("Vår ref") === skeleton("Vaar ref") === skeleton("V ar rel")
// is not promised, but one misreading per short word is tolerated through the edit distance).
import { builtInTemplate } from "@/lib/domain/round-template";
import type { Signatory } from "@/lib/domain/letter";

/** The largest PDF the import reads (the server actions' body limit is 3 MB). */
export const MAX_LETTER_PDF_BYTES = 2 * 1024 * 1024;

/** An agency of the ministry, as the recogniser compares it with the letter's address block. */
export interface KnownAgency {
  id: string;
  name: string;
  shortName: string;
  orgNumber: string;
  /** One line per element, as printed in a letter. */
  postalAddress: string;
}

export const IMPORT_FIELDS = [
  "agency", "ourRef", "yourRef", "date", "title", "number", "deadline", "signatories", "body", "department", "caseworker",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/**
 * corrected: the text was damaged, and the field shows the known name or word it matched, spelt
 * right; repaired: characters of a number were read back (O → 0, l → 1, stray spaces);
 * missing: nothing recognised; damaged: the text is kept as scanned and has misreadings to correct.
 */
export type ImportNote = "corrected" | "repaired" | "missing" | "damaged";

export interface SuspectWord {
  /** As scanned. */
  scanned: string;
  /** The word it probably is. */
  suggestion: string;
}

export interface RecognisedLetter {
  agencyId: string | null;
  ourRef: string;
  yourRef: string;
  /** ISO date (yyyy-mm-dd) or "". */
  date: string;
  title: string;
  /** "Tillegg nr. 8", "Tillegg 3" or "". */
  number: string;
  /** ISO date or "". */
  deadline: string;
  signatories: Signatory[];
  /** Verbatim as scanned, without letterhead, address block, reference block, footer and signatures. */
  body: string;
  department: string;
  caseworkerName: string;
  caseworkerPhone: string;
  copyTo: string[];
  notes: Partial<Record<ImportField, ImportNote>>;
  /** Words of the body that look misread, with the word they probably are (at most 20). */
  suspectWords: SuspectWord[];
}

/** What step 1 of the import gives the review form. */
export interface Recognition {
  recognised: RecognisedLetter;
  /** "pdf: <file name>" or "text". */
  importedFrom: string;
}

/**
 * The body with the suggested words put in for the misread ones (whole words only; the adviser
 * asks for it and reads the result). Words without a suggestion are left as they are.
 */
export function applySuggestions(body: string, words: readonly SuspectWord[]): string {
  const fixes = new Map(words.filter((w) => w.suggestion).map((w) => [w.scanned, w.suggestion]));
  if (fixes.size === 0) return body;
  return body.replace(/[\p{L}\d|]+/gu, (word) => fixes.get(word) ?? word);
}

// ---------------------------------------------------------------------------------------------
// Tolerant comparison

/**
 * Folds a word or a line to a skeleton where the usual misreadings coincide: lower case, æ/œ/ae →
 * a, ø/ö → o, å/ä/aa → a, a digit 0 or 1 between letters → o or l, rn → m, i → l (an "I" read for
 * "l"), anything but letters and digits dropped, doubled letters single.
 */
export function skeleton(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æœ]/g, "ae")
    .replace(/[øö]/g, "o")
    .replace(/[åä]/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/(?<=[a-z])0|0(?=[a-z])/g, "o")
    .replace(/(?<=[a-z])[1|]|[1|](?=[a-z])/g, "l")
    .replace(/rn/g, "m")
    .replace(/i/g, "l")
    .replace(/ae/g, "a")
    .replace(/[^a-z0-9]/g, "")
    .replace(/([a-z])\1+/g, "$1");
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The smallest edit distance between `pattern` and any substring of `text` (Sellers). */
function substringDistance(pattern: string, text: string): number {
  if (!pattern) return 0;
  let prev = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const row = [i];
    for (let j = 1; j <= text.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return Math.min(...prev);
}

/** How many misreadings a word of this skeleton length may carry and still match. */
const tolerance = (length: number) => (length < 4 ? 0 : length < 9 ? 1 : 2);

/** Whether a scanned text is the given word or label, allowing its misreadings. */
export function sameWord(scanned: string, known: string): boolean {
  const a = skeleton(scanned);
  const b = skeleton(known);
  return a.length > 0 && editDistance(a, b) <= tolerance(b.length);
}

// ---------------------------------------------------------------------------------------------
// Numbers and dates

const MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

/** In tokens holding a digit, letters that are misread digits become digits (O → 0, l/I → 1, S → 5). */
function repairDigits(text: string): string {
  return text.replace(/\S+/g, (token) =>
    /\d/.test(token) || /^[lI|]\.$/.test(token) ? token.replace(/[Oo]/g, "0").replace(/[lI|]/g, "1") : token,
  );
}

const iso = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
    : null;
};

/** The month a scanned word names, if any (one misreading tolerated). */
function monthOf(word: string): number | null {
  const s = skeleton(word);
  const exact = MONTHS.findIndex((m) => skeleton(m) === s);
  if (exact >= 0) return exact + 1;
  const close = MONTHS.map((m, i) => ({ i, d: editDistance(s, skeleton(m)) })).filter((x) => x.d <= tolerance(skeleton(MONTHS[x.i]!).length));
  return close.length === 1 ? close[0]!.i + 1 : null;
}

export interface FoundDate {
  iso: string;
  /** The text had to be read back (a misspelt month, O for 0). */
  repaired: boolean;
  /** Where the date ends in the text searched. */
  end: number;
}

/** The first date in a text: "30. oktober 2020", "1.12.2020", "12. desernber 2O20". */
export function findDate(text: string): FoundDate | null {
  const fixed = repairDigits(text);
  const pattern = /(\d{1,2})\s?\.\s?(?:(\d{1,2})\s?\.\s?|(\p{L}[\p{L}\d|]{2,11})\s+)(\d{4})/gu;
  for (let m = pattern.exec(fixed); m; m = pattern.exec(fixed)) {
    const month = m[2] ? Number(m[2]) : monthOf(m[3]!);
    if (!month) continue;
    const value = iso(Number(m[4]), month, Number(m[1]));
    if (!value) continue;
    const raw = text.slice(m.index, m.index + m[0].length);
    const repaired = raw !== m[0] || (m[3] !== undefined && m[3].toLowerCase() !== MONTHS[month - 1]);
    return { iso: value, repaired, end: m.index + m[0].length };
  }
  return null;
}

/** A case reference ("20/56-69"), read back from a scan: stray spaces, O for 0, l for 1. */
export function readReference(text: string): { ref: string; repaired: boolean } | null {
  const squashed = repairDigits(text.trim()).replace(/[Oo]/g, "0").replace(/[lI|]/g, "1").replace(/\s+/g, "");
  if (!/^\d{2,4}\/\d{1,6}(-\d{1,4})?$/.test(squashed)) return null;
  return { ref: squashed, repaired: squashed !== text.trim() };
}


/** "Deres ref: 2020/77 Vår ref: 20/56-71" → one piece per label (a label is found only as spelt, give or take æøå). */
function splitAtLabels(line: string): string[] {
  const labels = [LABELS.yourRef, LABELS.ourRef, LABELS.date].map(skeleton);
  const words = line.trim().split(/\s+/);
  const pieces: string[][] = [[]];
  words.forEach((word, i) => {
    const one = skeleton(word);
    const two = skeleton(`${word} ${words[i + 1] ?? ""}`);
    if (i > 0 && (labels.includes(two) || (one === labels[2] && /^dato:?$/i.test(word)))) pieces.push([]);
    pieces[pieces.length - 1]!.push(word);
  });
  return pieces.map((p) => p.join(" ")).filter(Boolean);
}

/** A reference at the start of a line, and what follows it ("20/56-69 4. november 2020"). */
function referenceAtStart(text: string): { ref: string; repaired: boolean; rest: string } | null {
  const words = text.trim().split(/\s+/);
  for (let k = Math.min(words.length, 4); k >= 1; k--) {
    const found = readReference(words.slice(0, k).join(" "));
    if (found) return { ...found, rest: words.slice(k).join(" ") };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Lines and labels

const LABELS = {
  yourRef: "Deres ref",
  ourRef: "Vår ref",
  date: "Dato",
  closing: "Med hilsen",
  closingAlt: "Vennlig hilsen",
  postalAddress: "Postadresse",
  officeAddress: "Kontoradresse",
  phone: "Telefon",
  orgNumber: "Org.nr.",
  department: "Avdeling",
  caseworker: "Saksbehandler",
  copy: "Kopi",
  signedNote: "Dokumentet er elektronisk signert",
} as const;
type Label = keyof typeof LABELS;

/** The label a line starts with, and what follows it on the line. */
function labelOf(line: string, labels: readonly Label[]): { label: Label; rest: string } | null {
  const words = line.trim().split(/\s+/);
  for (const label of labels) {
    const target = skeleton(LABELS[label]);
    // A label is read in up to three more words than it has (stray spaces split words).
    // The closest reading wins; on a tie the fewest words (so "Dato 5. mai" keeps its "5.").
    const most = Math.min(words.length, LABELS[label].split(" ").length + 3);
    let best: { k: number; d: number } | null = null;
    for (let k = 1; k <= most; k++) {
      const s = skeleton(words.slice(0, k).join(" "));
      const d = editDistance(s, target);
      if (s.length > 0 && d <= tolerance(target.length) && (!best || d < best.d)) best = { k, d };
    }
    if (best) return { label, rest: words.slice(best.k).join(" ") };
  }
  return null;
}

const isBlank = (line: string | undefined) => line === undefined || line.trim() === "";
const isPhone = (line: string) => /^\+?[\d ]{8,15}$/.test(repairDigits(line.trim()));

/** The paragraph (lines up to a blank line) starting at `start`: [start, end). */
function blockEnd(lines: string[], start: number): number {
  let end = start;
  while (end < lines.length && !isBlank(lines[end])) end++;
  return end;
}

/** Joins broken lines: "Handlings-" + "plan" → "Handlingsplan"; "sikkerhets-" + "og" keeps the hyphen. */
export function joinLines(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .reduce((text, line) => {
      if (!text) return line;
      if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line) && !/^(og|eller)\b/.test(line)) return text.slice(0, -1) + line;
      return `${text} ${line}`;
    }, "");
}

interface Footer {
  start: number;
  end: number;
  department: string;
  caseworkerName: string;
  caseworkerPhone: string;
}

/** The ministry's footer ("Postadresse … Saksbehandler <name> <phone>"), wherever page 1 ended. */
function findFooter(lines: string[]): Footer | null {
  const start = lines.findIndex((l) => labelOf(l, ["postalAddress"])?.rest === "");
  if (start < 0) return null;
  let i = start + 1;
  let department = "";
  let caseworkerName = "";
  let caseworkerPhone = "";
  let end = blockEnd(lines, start);
  for (; i < lines.length; i++) {
    const found = labelOf(lines[i]!, ["department", "caseworker"]);
    if (found?.label === "department") {
      const parts: string[] = [found.rest];
      while (i + 1 < lines.length && !isBlank(lines[i + 1]) && !labelOf(lines[i + 1]!, ["caseworker"])) parts.push(lines[++i]!);
      department = joinLines(parts);
    } else if (found?.label === "caseworker") {
      const parts: string[] = [found.rest];
      while (i + 1 < lines.length && !isBlank(lines[i + 1]) && !isPhone(lines[i + 1]!)) parts.push(lines[++i]!);
      caseworkerName = joinLines(parts);
      if (i + 1 < lines.length && isPhone(lines[i + 1]!)) caseworkerPhone = repairDigits(lines[++i]!.trim());
      end = i + 1;
      break;
    }
  }
  return { start, end: Math.max(end, start + 1), department, caseworkerName, caseworkerPhone };
}

// ---------------------------------------------------------------------------------------------
// Words known to be spelt right: to correct a title and to point at misread words in a body

const TITLE_WORDS = ["Tillegg", "til", "tildelingsbrev", "Tildelingsbrev", "Handlingsplan", "handlingsplan", "for", "inkluderingsdugnaden"];
const SIGNATORY_TITLES = [
  "ekspedisjonssjef", "avdelingsdirektør", "underdirektør", "fagdirektør", "seniorrådgiver", "rådgiver", "spesialrådgiver",
  "førstekonsulent", "seniorkonsulent", "departementsråd", "statssekretær", "statsråd", "direktør", "kommunikasjonsdirektør",
];
const LETTER_WORDS = `${builtInTemplate(2020, null)} ${SIGNATORY_TITLES.join(" ")} Foreløpige inneværende måloppnåelse målgruppen målet også`
  .split(/[^\p{L}-]+/u)
  .filter(Boolean);
/** Words without æ, ø or å that fold like one with them ("for" and "før", "var" and "vår"): never suspect. */
const PLAIN_SKELETONS = new Set([...LETTER_WORDS.filter((w) => !/[æøåÆØÅ]/.test(w)), "var", "bor", "gar", "lar", "sa"].map(skeleton));
/**
 * Words with æ, ø or å that the ministry's letters use: a scanned word that folds to one of them
 * but is spelt otherwise was misread. Short words (på, nå, må) are left out: too easily real words.
 */
const BODY_WORDS: readonly string[] = [
  ...new Set(LETTER_WORDS.filter((w) => /[æøåÆØÅ]/.test(w) && skeleton(w).length >= 4 && !PLAIN_SKELETONS.has(skeleton(w)))),
];

const capitalised = (word: string, like: string) => (/^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word);

/** A word replaced by the known word it folds to (its punctuation kept); null when none. */
function knownWord(token: string, vocabulary: readonly string[]): string | null {
  const m = /^([^\p{L}\d]*)([\p{L}\d|.-]*?)([^\p{L}\d]*)$/u.exec(token);
  if (!m || !m[2] || !/\p{L}/u.test(m[2])) return null;
  const s = skeleton(m[2]);
  const exact = vocabulary.find((w) => w === m[2]);
  if (exact) return null;
  const hit = vocabulary.find((w) => skeleton(w) === s && w.toLowerCase() !== m[2]!.toLowerCase());
  if (!hit) return null;
  return `${m[1]}${capitalised(hit, m[2])}${m[3]}`;
}

/** Replaces misread known words in a line of text; says whether anything changed. */
function repairWords(text: string, vocabulary: readonly string[]): { text: string; changed: boolean } {
  let changed = false;
  const repaired = text.replace(/\S+/g, (token) => {
    const hit = knownWord(token, vocabulary);
    if (hit === null) return token;
    changed = true;
    return hit;
  });
  return { text: repaired, changed };
}

/** Misread words in a body: each scanned form once, with the word it probably is. */
function suspectWordsIn(body: string): SuspectWord[] {
  const found = new Map<string, string>();
  for (const token of body.split(/\s+/)) {
    const word = token.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "");
    if (!word || found.has(word)) continue;
    const hit = knownWord(word, BODY_WORDS);
    const odd = /[öäœ]|\p{L}[01]\p{L}|\p{L}[01]$/u.test(word);
    if (hit) found.set(word, hit);
    else if (odd) found.set(word, "");
    if (found.size >= 20) break;
  }
  return [...found].map(([scanned, suggestion]) => ({ scanned, suggestion }));
}

// ---------------------------------------------------------------------------------------------
// The agency

function recogniseAgency(head: string, title: string, agencies: readonly KnownAgency[]): { id: string | null; corrected: boolean } {
  const headSkeleton = skeleton(head);
  const flat = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  const headFlat = flat(head);
  const digits = head.replace(/\s+/g, "");
  const words = new Set(`${head} ${title}`.split(/[\s,.;:()–-]+/).filter(Boolean).map(skeleton));
  const scored = agencies.map((a) => {
    const name = skeleton(a.name);
    const distance = headSkeleton.includes(name) ? 0 : substringDistance(name, headSkeleton);
    let score = 0;
    let corrected = false;
    if (distance <= Math.floor(name.length * 0.15)) {
      score += 100 - 10 * distance;
      corrected = !headFlat.includes(flat(a.name));
    }
    if (a.orgNumber && digits.includes(a.orgNumber)) score += 90;
    if (words.has(skeleton(a.shortName))) score += 30;
    for (const line of a.postalAddress.split("\n")) if (line.trim() && headSkeleton.includes(skeleton(line))) score += 10;
    return { id: a.id, score, corrected };
  });
  scored.sort((x, y) => y.score - x.score);
  const [best, second] = scored;
  if (!best || best.score < 30 || (second && second.score === best.score)) return { id: null, corrected: false };
  return { id: best.id, corrected: best.corrected };
}

// ---------------------------------------------------------------------------------------------
// The whole letter

/** Normalises the text's line breaks and spaces (NBSP, tabs); the words are left as they are. */
function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").replace(/[\u00a0\u202f\t]/g, " ").split("\n").map((l) => l.replace(/\s+$/, ""));
}

/** Is this paragraph the letter's title ("Tillegg nr. 8 til tildelingsbrev …", "Tildelingsbrev 2020 Tillegg 3 …")? */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/);
  return words.some((w) => sameWord(w, "tildelingsbrev")) || sameWord(words[0] ?? "", "Tillegg");
}

/** Signatories from the lines after "Med hilsen": a name (with "(e.f.)" or "etter fullmakt"), then a title. */
function readSignatories(lines: string[]): { signatories: Signatory[]; corrected: boolean } {
  const filled = lines.map((l) => l.trim()).filter(Boolean);
  const signatories: Signatory[] = [];
  let corrected = false;
  for (let i = 0; i < filled.length; i += 2) {
    let name = filled[i]!;
    let byAuthority = false;
    const ef = /\s*\(?\s*e\s?\.\s?f\s?\.?\s*\)?\s*$/i.exec(name);
    if (ef && ef.index > 0) {
      name = name.slice(0, ef.index);
      byAuthority = true;
    }
    const fullmakt = /\s*,?\s*\(?\s*(\S+)\s+fu[l1I|]{2}ma[kc]t\s*\)?\s*$/i.exec(name);
    if (fullmakt && sameWord(fullmakt[1]!, "etter")) {
      name = name.slice(0, fullmakt.index);
      byAuthority = true;
    }
    const scannedTitle = filled[i + 1] ?? "";
    const repaired = repairWords(scannedTitle, SIGNATORY_TITLES);
    if (repaired.changed) corrected = true;
    signatories.push({ name: name.trim(), title: repaired.text, byAuthority });
  }
  return { signatories, corrected };
}

/** Joins a list item's continuation lines to the item ("- identifisere …" broken over two lines). */
function joinListContinuations(body: string): string {
  const out: string[] = [];
  for (const line of body.split("\n")) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.startsWith("- ") && line.trim() !== "" && !line.startsWith("- ")) out[out.length - 1] = `${prev} ${line.trim()}`;
    else out.push(line);
  }
  return out.join("\n");
}

/**
 * Recognises a letter's fields in its text. Whatever is not found is left empty with the note
 * "missing"; a value read from damaged text carries a note, so the adviser checks it before saving.
 */
export function recogniseLetter(text: string, agencies: readonly KnownAgency[]): RecognisedLetter {
  const lines = linesOf(text);
  const notes: RecognisedLetter["notes"] = {};
  const footer = findFooter(lines);
  const inFooter = (i: number) => footer !== null && i >= footer.start && i < footer.end;

  // The title: the first paragraph that reads like one; the head (letterhead, address, references) is above it.
  let titleStart = -1;
  let titleEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i]) || inFooter(i)) continue;
    const end = blockEnd(lines, i);
    if (looksLikeTitle(joinLines(lines.slice(i, end))) && !labelOf(lines[i]!, ["closing", "closingAlt"])) {
      titleStart = i;
      titleEnd = end;
      break;
    }
    i = end - 1;
  }

  // The reference block: labels and values in reading order.
  const headEnd = titleStart >= 0 ? titleStart : Math.min(lines.length, 30);
  let ourRef = "";
  let yourRef = "";
  let date: FoundDate | null = null;
  let lastHeadValue = -1;
  const pending: ("yourRef" | "ourRef")[] = [];
  let previousWasYourRefLabel = false;
  const headLines: string[] = [];
  const headSegments: { i: number; line: string }[] = [];
  for (let i = 0; i < headEnd; i++) {
    if (!inFooter(i) && !isBlank(lines[i])) for (const line of splitAtLabels(lines[i]!)) headSegments.push({ i, line });
  }
  for (const { i, line } of headSegments) {
    const found = labelOf(line, ["yourRef", "ourRef", "date"]);
    const value = found ? found.rest : line;
    if (found?.label === "yourRef" || found?.label === "ourRef") pending.push(found.label);
    if (found && !value) {
      previousWasYourRefLabel = found.label === "yourRef";
      lastHeadValue = i;
      continue;
    }
    // A reference, perhaps followed by the date (columns set close together read as one line).
    const ref = referenceAtStart(value);
    if (ref) {
      // A reference goes to the label it follows; after "Deres ref Vår ref Dato" in a row, to Vår ref.
      const label = previousWasYourRefLabel || (found?.label === "yourRef") ? "yourRef" : pending.includes("ourRef") || pending.length === 0 ? "ourRef" : "yourRef";
      if (label === "ourRef" && !ourRef) {
        ourRef = ref.ref;
        if (ref.repaired) notes.ourRef = "repaired";
      } else if (label === "yourRef" && !yourRef) {
        yourRef = ref.ref;
        if (ref.repaired) notes.yourRef = "repaired";
      } else if (!ourRef) ourRef = ref.ref;
      lastHeadValue = i;
    }
    const rest = ref ? ref.rest : value;
    const d = rest ? findDate(rest) : null;
    if (d && (found?.label === "date" || !date) && rest.length - d.end < 3) {
      date = d;
      lastHeadValue = i;
    } else if (!found && !ref) headLines.push(line);
    previousWasYourRefLabel = false;
  }

  const head = headLines.join("\n");
  // The title: lines joined, known words spelt right.
  let title = "";
  if (titleStart >= 0) {
    const { text: repaired, changed } = repairWords(joinLines(lines.slice(titleStart, titleEnd)), [...TITLE_WORDS, ...agencies.map((a) => a.shortName)]);
    title = repaired;
    if (changed) notes.title = "corrected";
  } else notes.title = "missing";
  const number = /\bTillegg\s*(nr\s?\.?\s*)?(\d{1,3})\b/i.exec(repairDigits(title));
  const agency = recogniseAgency(head, title, agencies);
  if (!agency.id) notes.agency = "missing";
  else if (agency.corrected) notes.agency = "corrected";

  // The closing and what follows it: signatories, then the signature note and the copy list.
  const bodyStart = titleStart >= 0 ? titleEnd : lastHeadValue + 1;
  let closing = -1;
  for (let i = bodyStart; i < lines.length; i++) if (!inFooter(i) && labelOf(lines[i]!, ["closing", "closingAlt"])?.rest === "") { closing = i; break; }
  const tail = closing >= 0 ? closing + 1 : lines.length;
  let signatureEnd = lines.length;
  let copyStart = -1;
  for (let i = tail; i < lines.length; i++) {
    if (inFooter(i)) { signatureEnd = Math.min(signatureEnd, i); continue; }
    const found = labelOf(lines[i]!, ["signedNote", "copy"]);
    if (found?.label === "signedNote") signatureEnd = Math.min(signatureEnd, i);
    if (found?.label === "copy" && found.rest === "") { signatureEnd = Math.min(signatureEnd, i); copyStart = i + 1; break; }
  }
  const { signatories, corrected } = closing >= 0 ? readSignatories(lines.slice(tail, signatureEnd).filter((_, k) => !inFooter(tail + k))) : { signatories: [], corrected: false };
  if (signatories.length === 0) notes.signatories = "missing";
  else if (corrected) notes.signatories = "corrected";
  const copyTo = copyStart >= 0 ? lines.slice(copyStart).filter((l, k) => !isBlank(l) && !inFooter(copyStart + k)).map((l) => l.trim()) : [];

  // The body: verbatim between the title and the closing, the footer taken out.
  const bodyLines: string[] = [];
  for (let i = bodyStart; i < (closing >= 0 ? closing : lines.length); i++) {
    if (footer && i === footer.start) {
      // Page 1 ended mid-paragraph: the footer stood between its two halves.
      const before = bodyLines.filter((l) => !isBlank(l)).at(-1) ?? "";
      if (/[.:!?–-]$/.test(before.trim()) || /^\d+\.\s/.test(before.trim())) bodyLines.push("");
      i = footer.end - 1;
      continue;
    }
    bodyLines.push(lines[i]!);
  }
  const body = joinListContinuations(bodyLines.join("\n")).replace(/\n{3,}/g, "\n\n").trim();
  const suspectWords = suspectWordsIn(body);
  if (!body) notes.body = "missing";
  else if (suspectWords.length > 0) notes.body = "damaged";

  const deadline = findDeadline(body);
  if (!deadline) notes.deadline = "missing";
  else if (deadline.repaired) notes.deadline = "corrected";
  if (!date) notes.date = "missing";
  else if (date.repaired) notes.date = "corrected";
  if (!ourRef) notes.ourRef = "missing";
  if (!number) notes.number = "missing";
  if (!footer?.department) notes.department = "missing";
  if (!footer?.caseworkerName) notes.caseworker = "missing";

  return {
    agencyId: agency.id,
    ourRef,
    yourRef,
    date: date?.iso ?? "",
    title,
    number: number ? (number[1] ? `Tillegg nr. ${number[2]}` : `Tillegg ${number[2]}`) : "",
    deadline: deadline?.iso ?? "",
    signatories,
    body,
    department: footer?.department ?? "",
    caseworkerName: footer?.caseworkerName ?? "",
    caseworkerPhone: footer?.caseworkerPhone ?? "",
    copyTo,
    notes,
    suspectWords,
  };
}

/** The deadline the body asks for: the date after "innen" ("… handlingsplan innen 1. mars 2021"). */
export function findDeadline(body: string): FoundDate | null {
  const words = body.replace(/\*\*/g, "").split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!sameWord(words[i]!, "innen") && !sameWord(words[i]!, "frist")) continue;
    const found = findDate(words.slice(i + 1, i + 5).join(" "));
    if (found) return found;
  }
  return null;
}
