// Recognising letters sent before Dugnad: the two real 2020 letters (tests/fixtures/seeds/), the
// same texts damaged the way OCR damages them, and the PDF text of a letter the app renders itself.
import { describe, expect, it } from "vitest";
import { parseLetterBody } from "@/lib/domain/letter";
import { applySuggestions, findDate, findDeadline, readReference, recogniseLetter, sameWord, skeleton, type KnownAgency } from "@/lib/domain/letter-import";
import { renderLetterPdf } from "@/lib/documents/letter-pdf";
import { isPdf, pdfTextLines } from "@/lib/documents/pdf-text";
import type { LetterDocumentData } from "@/lib/documents/letter-data";
import { AGENCIES } from "../../prisma/seed-data/organisations";
import { DSS_2020_LETTER, HUSBANKEN_2020_LETTER } from "../fixtures/letters-2020-data";
import { seed } from "../support/document-text";
import { ocrDamage } from "../support/ocr-damage";

const agencies: KnownAgency[] = AGENCIES.map((a) => ({ id: `id-${a.shortName}`, name: a.name, shortName: a.shortName, orgNumber: a.orgNumber, postalAddress: a.postalAddress }));

/** What each seed letter says, field by field. */
const EXPECTED = {
  "tillegg-2020-dss.txt": {
    data: DSS_2020_LETTER,
    agencyId: "id-DSS",
    number: "Tillegg 3",
  },
  "tillegg-2020-husbanken.txt": {
    data: HUSBANKEN_2020_LETTER,
    agencyId: "id-Husbanken",
    number: "Tillegg nr. 8",
  },
} as const;
type SeedFile = keyof typeof EXPECTED;
const SEEDS = Object.keys(EXPECTED) as SeedFile[];

const isoOf = (d: Date) => d.toISOString().slice(0, 10);
/** What a reader of the body sees: its blocks, bold markup aside. */
const blocksOf = (body: string) => parseLetterBody(body.replace(/\*\*/g, ""));

describe("tolerant comparison", () => {
  it("folds æ, ø, å and their misreadings to one skeleton", () => {
    for (const scanned of ["Vaar ref", "Var ref", "Vär ref", "Vår  ref"]) expect(skeleton(scanned)).toBe(skeleton("Vår ref"));
    expect(skeleton("BOD0")).toBe(skeleton("BODØ"));
    expect(skeleton("Tönsberg")).toBe(skeleton("Tønsberg"));
    expect(skeleton("seniorraadgiver")).toBe(skeleton("seniorrådgiver"));
    expect(skeleton("kornmunal")).toBe(skeleton("kommunal"));
    expect(skeleton("ti1delingsbrev")).toBe(skeleton("tildelingsbrev"));
    expect(skeleton("Ti1degangsbrev")).not.toBe(skeleton("tildelingsbrev"));
  });

  it("matches labels with one misreading, not other words", () => {
    expect(sameWord("Dat0", "Dato")).toBe(true);
    expect(sameWord("Med hi1sen", "Med hilsen")).toBe(true);
    expect(sameWord("Tildelingsbrcv", "tildelingsbrev")).toBe(true);
    expect(sameWord("Deres", "Dato")).toBe(false);
  });

  it("reads dates, also with a misspelt month and O for 0", () => {
    expect(findDate("30. oktober 2020")).toMatchObject({ iso: "2020-10-30", repaired: false });
    expect(findDate("12. desernber 2O20")).toMatchObject({ iso: "2020-12-12", repaired: true });
    expect(findDate("12.12.2020")?.iso).toBe("2020-12-12");
    expect(findDate("l. rnars 2021")).toMatchObject({ iso: "2021-03-01", repaired: true });
    expect(findDate("31. juni 2021")).toBeNull();
    expect(findDeadline("Vi ber om planen **innen 1. mars 2021**, og ikke senere.")?.iso).toBe("2021-03-01");
  });

  it("reads references back: stray spaces, O for 0, l for 1", () => {
    expect(readReference("20/56-69")).toEqual({ ref: "20/56-69", repaired: false });
    expect(readReference("2O / 56- 69")).toEqual({ ref: "20/56-69", repaired: true });
    expect(readReference("l9/4649-79")).toEqual({ ref: "19/4649-79", repaired: true });
    expect(readReference("Postboks 1404")).toBeNull();
  });
});

describe.each(SEEDS)("the seed letter %s", (file) => {
  const { data, agencyId, number } = EXPECTED[file];
  const text = seed(file);

  it("is recognised field by field", () => {
    const r = recogniseLetter(text, agencies);
    expect(r).toMatchObject({
      agencyId,
      ourRef: data.ourRef,
      yourRef: "",
      date: isoOf(data.date),
      title: data.title,
      number,
      deadline: "2020-12-01",
      signatories: data.signatories,
      department: data.department,
      caseworkerName: data.caseworker.name,
      caseworkerPhone: data.caseworker.phone,
      copyTo: ["Riksrevisjonen"],
      notes: {},
      suspectWords: [],
    });
    // The body verbatim, without letterhead, address, references, footer and signatures.
    expect(blocksOf(r.body)).toEqual(blocksOf(data.body));
    for (const outside of ["DET KONGELIGE", "Postboks", "Vår ref", "Postadresse", "Saksbehandler", "Med hilsen", data.signatories[0]!.name, "elektronisk signert"]) {
      expect(r.body).not.toContain(outside);
    }
    expect(r.body.startsWith(blocksOf(data.body)[0]!.kind === "heading" ? "1. " : "")).toBe(true);
  });

  it("is recognised after OCR damage, the known names and words spelt right", () => {
    const damaged = ocrDamage(text);
    // The damage is real: the letter's own words are no longer in it.
    expect(damaged).not.toContain("Vår ref");
    expect(damaged).not.toContain(data.ourRef);
    expect(damaged).toMatch(/ti1delingsbrev/);
    const r = recogniseLetter(damaged, agencies);
    expect(r.agencyId).toBe(agencyId);
    // A damaged name is shown as the agency's name, with a note to check it.
    const flat = (s: string) => s.replace(/\s+/g, " ");
    expect(r.notes.agency).toBe(flat(damaged).includes(data.recipient.name) ? undefined : "corrected");
    expect(r.ourRef).toBe(data.ourRef);
    expect(r.notes.ourRef).toBe("repaired");
    expect(r.date).toBe(isoOf(data.date));
    expect(r.deadline).toBe("2020-12-01");
    expect(r.title).toBe(data.title);
    expect(r.notes.title).toBe("corrected");
    expect(r.number).toBe(number);
    expect(r.signatories.map((s) => [s.title, s.byAuthority])).toEqual(data.signatories.map((s) => [s.title, s.byAuthority]));
    // Names are nobody's known words: kept as scanned, and they read as the real names.
    expect(r.signatories.map((s) => skeleton(s.name))).toEqual(data.signatories.map((s) => skeleton(s.name)));
    expect(skeleton(r.department)).toBe(skeleton(data.department));
    // The body is kept as scanned, flagged, with the misread words pointed out.
    expect(r.notes.body).toBe("damaged");
    expect(flat(damaged)).toContain(flat(r.body.split("\n\n")[1]!));
    expect(r.suspectWords.length).toBeGreaterThan(0);
    expect(r.suspectWords.every((w) => w.scanned !== w.suggestion)).toBe(true);
    expect(r.suspectWords.map((w) => w.suggestion)).toEqual(expect.arrayContaining([expect.stringMatching(/[æøå]/)]));
    expect(r.body).not.toContain("Postadresse");
    expect(r.body).not.toContain("hi1sen");
  });
});

describe("damage at its worst", () => {
  it("a scan's text that lost its footer and copy block still gives the fields it has", () => {
    const scan = [
      "Husbanken", "Postboks 1404", "8002 BOD0", "", "Var ref", "2O/ 56-70", "", "Dat0", "12. desernber 2020", "",
      "Til1egg nr. 9 til ti1delingsbrev 2020 til Husbanken –", "Handlingsplan for inkluderingsdugnaden", "",
      "Vi ber orn a fa tilsendt planen innen 1. rnars 2021.", "", "Med hi1sen", "", "Benedikte Endresen etter fullmakt", "avdelingsdirektor",
    ].join("\n");
    const r = recogniseLetter(scan, agencies);
    expect(r).toMatchObject({
      agencyId: "id-Husbanken", ourRef: "20/56-70", date: "2020-12-12", deadline: "2021-03-01", number: "Tillegg nr. 9",
      title: "Tillegg nr. 9 til tildelingsbrev 2020 til Husbanken – Handlingsplan for inkluderingsdugnaden",
      signatories: [{ name: "Benedikte Endresen", title: "avdelingsdirektør", byAuthority: true }],
      body: "Vi ber orn a fa tilsendt planen innen 1. rnars 2021.",
    });
    expect(r.notes).toMatchObject({ date: "corrected", deadline: "corrected", signatories: "corrected", department: "missing", caseworker: "missing" });
  });

  it("references and date typed on one line, label and value side by side", () => {
    const r = recogniseLetter("Husbanken\nPostboks 1404\n8002 BODØ\n\nDeres ref: 2020/77 Vår ref: 20/56-71\nDato: 5. november 2020\n\nTillegg nr. 10 til tildelingsbrev 2020\n\nTekst innen 1.3.2021.", agencies);
    expect(r).toMatchObject({ agencyId: "id-Husbanken", ourRef: "20/56-71", date: "2020-11-05", deadline: "2021-03-01", number: "Tillegg nr. 10" });
  });

  it("a long reference and the date read as one line (the PDF's columns close together)", () => {
    const r = recogniseLetter("Husbanken\n\nDeres ref\nVår ref\nDato\n58/964658-1805 4. november 2020\n\nTillegg nr. 8 til tildelingsbrev 2020\n\nTekst.", agencies);
    expect(r).toMatchObject({ ourRef: "58/964658-1805", yourRef: "", date: "2020-11-04" });
  });

  it("an agency that cannot be told apart is left for the adviser to choose", () => {
    const r = recogniseLetter("Postboks 8106 Dep\n0032 OSLO\n\nVår ref\n20/1-1\n\nTillegg 1 til tildelingsbrev 2020\n\nTekst.", agencies);
    expect(r.agencyId).toBeNull();
    expect(r.notes.agency).toBe("missing");
  });
});

describe("the PDF of a letter the app renders itself", () => {
  const cases: [string, LetterDocumentData, string, string][] = [
    ["DSS", DSS_2020_LETTER, "id-DSS", "Tillegg 3"],
    ["Husbanken", HUSBANKEN_2020_LETTER, "id-Husbanken", "Tillegg nr. 8"],
  ];
  it.each(cases)("%s: its text (pdfjs-dist, lines kept) is recognised field by field", async (_, data, agencyId, number) => {
    const pdf = await renderLetterPdf(data);
    expect(isPdf(pdf)).toBe(true);
    const r = recogniseLetter(await pdfTextLines(pdf), agencies);
    expect(r).toMatchObject({
      agencyId, ourRef: data.ourRef, date: isoOf(data.date), title: data.title, number, deadline: "2020-12-01", signatories: data.signatories,
      department: data.department, caseworkerName: data.caseworker.name, caseworkerPhone: data.caseworker.phone, copyTo: ["Riksrevisjonen"], notes: {},
    });
    // Line breaks differ from the stored body; what a reader sees does not (bold is not text).
    expect(blocksOf(r.body)).toEqual(blocksOf(data.body));
  });

  it("a file that is not a PDF is told by its content", () => {
    expect(isPdf(new TextEncoder().encode("Vår ref 20/56-69"))).toBe(false);
  });
});

describe("the body's suggested words", () => {
  it("are put in for whole words only, the rest left as scanned", () => {
    const words = [{ scanned: "maalet", suggestion: "målet" }, { scanned: "Foreloopige", suggestion: "" }];
    expect(applySuggestions("Vi nar maalet, ikke maaletx. Foreloopige tall.", words)).toBe("Vi nar målet, ikke maaletx. Foreloopige tall.");
  });
});
