// The arkivmelding builder (issue 14): what the archive reads, in the schema's order, escaped.
import { describe, expect, it } from "vitest";
import {
  ARKIVMELDING_FILE, buildArkivmelding, documentNumberOf, stableGuid, uniqueFileName, type ArchiveCase, type ArchiveMessage, type ArchiveRecord,
} from "@/lib/documents/arkivmelding";
import { archivePeriodSchema, parseArchivePeriod } from "@/lib/domain/archive-period";
import { all, childElements, childText, parseXml } from "../support/arkivmelding";

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const letter: ArchiveRecord = {
  sourceId: "letter-1",
  direction: "outgoing",
  title: "Tillegg nr. 8 til tildelingsbrev 2020 til Husbanken – plan & <oppfølging>",
  createdAt: at("2020-11-04T07:55:00Z"),
  createdBy: "Gunn Dianne Rydning",
  documentDate: day("2020-11-04"),
  journalDate: day("2020-11-04"),
  sender: { name: "Kommunal- og moderniseringsdepartementet", administrativeUnit: "Statsforvaltningsavdelingen", caseworker: "Gunn Dianne Rydning" },
  recipient: { name: "Husbanken", postalAddress: ["Postboks 1404", "8002 Bodø"] },
  ourRef: "20/56-69",
  yourRef: "2020/123",
  documentType: "Brev",
  fileName: "Husbanken 20-56-69.pdf",
};
const plan: ArchiveRecord = {
  sourceId: "version-1",
  direction: "incoming",
  title: "Handlingsplan for inkluderingsdugnaden – Husbanken – versjon 1",
  createdAt: at("2020-11-30T23:15:00Z"),
  createdBy: "Åse Øyen",
  documentDate: day("2020-12-01"),
  journalDate: day("2020-12-01"),
  sender: { name: "Husbanken", contactPerson: "Åse Øyen" },
  recipient: { name: "Kommunal- og moderniseringsdepartementet" },
  answersSourceId: "letter-1",
  answersRef: "20/56-69",
  documentType: "Handlingsplan",
  fileName: "Handlingsplan Husbanken 2020 versjon 1.pdf",
};
const round: ArchiveCase = {
  sourceId: "round-1",
  title: "Tillegg til tildelingsbrev 2020 – R&D <test> æøå ÆØÅ",
  caseNumber: "20/56",
  caseDate: day("2020-10-20"),
  createdAt: at("2020-10-20T08:00:00Z"),
  createdBy: "Gunn Dianne Rydning",
  administrativeUnit: "Statsforvaltningsavdelingen",
  responsible: "Gunn Dianne Rydning",
  closed: false,
  records: [letter, plan],
};
const message: ArchiveMessage = { system: "Dugnad", messageId: "melding-1", createdAt: at("2026-12-02T10:00:00Z"), cases: [round] };

describe("the arkivmelding", () => {
  const { xml, files } = buildArkivmelding(message);
  const doc = parseXml(xml);

  it("escapes & and < and keeps æøå as they are", () => {
    expect(xml).toContain("R&amp;D &lt;test&gt; æøå ÆØÅ");
    expect(xml).toContain("plan &amp; &lt;oppfølging&gt;");
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(childText(all(doc, "mappe")[0]!, "tittel")).toBe(round.title);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("counts and names the documents", () => {
    expect(files).toEqual(["Husbanken 20-56-69.pdf", "Handlingsplan Husbanken 2020 versjon 1.pdf"]);
    expect(childText(doc.documentElement, "antallFiler")).toBe("2");
    expect(all(doc, "referanseDokumentfil").map((e) => e.textContent)).toEqual(files);
  });

  it("puts the message's, the case folder's and the records' elements in the schema's order", () => {
    expect(childElements(doc.documentElement).map((e) => e.localName)).toEqual(["system", "meldingId", "tidspunkt", "antallFiler", "mappe"]);
    const folder = all(doc, "mappe")[0]!;
    expect(folder.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("saksmappe");
    // The saksmappe's own elements follow the base type's, records included.
    expect(childElements(folder).map((e) => e.localName)).toEqual([
      "systemID", "mappeID", "tittel", "opprettetDato", "opprettetAv", "basisregistrering", "basisregistrering",
      "saksdato", "administrativEnhet", "saksansvarlig", "saksstatus",
    ]);
    const [out, incoming] = all(doc, "basisregistrering");
    expect(childElements(out!).map((e) => e.localName)).toEqual([
      "systemID", "opprettetDato", "opprettetAv", "registreringsID", "referanseForelderMappe", "dokumentbeskrivelse", "tittel",
      "virksomhetsspesifikkeMetadata", "journalpostnummer", "journalposttype", "journalstatus", "journaldato", "dokumentetsDato", "sendtDato",
      "korrespondansepart", "korrespondansepart",
    ]);
    expect(childElements(incoming!).map((e) => e.localName)).toEqual([
      "systemID", "opprettetDato", "opprettetAv", "referanseForelderMappe", "dokumentbeskrivelse", "tittel",
      "virksomhetsspesifikkeMetadata", "kryssreferanse", "journalposttype", "journalstatus", "journaldato", "dokumentetsDato", "mottattDato",
      "korrespondansepart", "korrespondansepart",
    ]);
  });

  it("writes a letter as an outgoing record and a plan as an incoming one, with parties, dates and references", () => {
    const [out, incoming] = all(doc, "basisregistrering");
    expect(childText(out!, "journalposttype")).toBe("Utgående dokument");
    expect(childText(out!, "journaldato")).toBe("2020-11-04");
    expect(childText(out!, "sendtDato")).toBe("2020-11-04T07:55:00Z");
    expect(childText(out!, "registreringsID")).toBe("20/56-69");
    expect(childText(out!, "journalpostnummer")).toBe("69");
    const [sender, recipient] = all(out!, "korrespondansepart");
    expect([childText(sender!, "korrespondanseparttype"), childText(sender!, "korrespondansepartNavn"), childText(sender!, "saksbehandler")])
      .toEqual(["Avsender", "Kommunal- og moderniseringsdepartementet", "Gunn Dianne Rydning"]);
    expect([childText(recipient!, "korrespondanseparttype"), childText(recipient!, "korrespondansepartNavn"), childText(recipient!, "postadresse"), childText(recipient!, "postnummer"), childText(recipient!, "poststed")])
      .toEqual(["Mottaker", "Husbanken", "Postboks 1404", "8002", "Bodø"]);
    const meta = all(out!, "virksomhetsspesifikkeMetadata")[0]!;
    expect(childElements(meta).map((e) => [e.localName, e.textContent])).toEqual([["vaarReferanse", "20/56-69"], ["deresReferanse", "2020/123"]]);

    expect(childText(incoming!, "journalposttype")).toBe("Inngående dokument");
    // Submitted at 00.15 Norwegian time on 1 December: journalled that day.
    expect(childText(incoming!, "journaldato")).toBe("2020-12-01");
    expect(childText(incoming!, "mottattDato")).toBe("2020-11-30T23:15:00Z");
    const [from] = all(incoming!, "korrespondansepart");
    expect([childText(from!, "korrespondanseparttype"), childText(from!, "korrespondansepartNavn"), childText(from!, "kontaktperson")]).toEqual(["Avsender", "Husbanken", "Åse Øyen"]);
    // The plan refers to the letter it answers.
    expect(childText(all(incoming!, "kryssreferanse")[0]!, "referanseTilRegistrering")).toBe(childText(out!, "systemID"));
  });

  it("gives every record a stable GUID, the same in every export", () => {
    const again = parseXml(buildArkivmelding({ ...message, messageId: "melding-2" }).xml);
    expect(all(again, "systemID").map((e) => e.textContent)).toEqual(all(doc, "systemID").map((e) => e.textContent));
    expect(stableGuid("letter", "x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableGuid("letter", "x")).not.toBe(stableGuid("plan-version", "x"));
  });

  it("leaves out the case number when the round's letters have none in common, and refuses a file named twice", () => {
    const folder = parseXml(buildArkivmelding({ ...message, cases: [{ ...round, caseNumber: null }] }).xml);
    expect(all(folder, "mappeID")).toHaveLength(0);
    expect(() => buildArkivmelding({ ...message, cases: [{ ...round, records: [letter, { ...plan, fileName: letter.fileName }] }] })).toThrow(/twice/);
    expect(() => buildArkivmelding({ ...message, cases: [{ ...round, records: [{ ...letter, fileName: ARKIVMELDING_FILE }] }] })).toThrow(/twice/);
  });
});

describe("file names and references", () => {
  it("numbers a second use of a name", () => {
    const taken = new Set<string>();
    expect(uniqueFileName("Plan.pdf", taken)).toBe("Plan.pdf");
    expect(uniqueFileName("Plan.pdf", taken)).toBe("Plan (2).pdf");
    expect(uniqueFileName("Plan.pdf", taken)).toBe("Plan (3).pdf");
    expect(uniqueFileName(ARKIVMELDING_FILE, taken)).toBe("arkivmelding (2).xml");
  });

  it("reads the record's number in its case from our reference", () => {
    expect(documentNumberOf("20/56-69")).toBe(69);
    expect(documentNumberOf("2020/56")).toBeNull();
    expect(documentNumberOf(null)).toBeNull();
  });
});

describe("the period of a download", () => {
  it("takes two calendar days, both included, at most a year apart", () => {
    expect(parseArchivePeriod({ fra: "2020-11-01", til: "2020-12-31" })).toEqual({ ok: true, period: { from: day("2020-11-01"), to: day("2020-12-31") } });
    expect(parseArchivePeriod({ fra: "2020-01-01", til: "2020-12-31" }).ok).toBe(true);
    expect(parseArchivePeriod({ fra: "2020-01-01", til: "2021-01-01" })).toEqual({ ok: false, problems: ["tooLong"] });
    expect(parseArchivePeriod({ fra: "2020-12-31", til: "2020-12-01" })).toEqual({ ok: false, problems: ["order"] });
  });

  it("names each bad date", () => {
    expect(parseArchivePeriod({ fra: "1.11.2020", til: "2020-02-30" })).toEqual({ ok: false, problems: ["fromFormat", "toFormat"] });
    expect(parseArchivePeriod({ fra: null, til: "2020-12-01" })).toEqual({ ok: false, problems: ["fromFormat"] });
    expect(archivePeriodSchema.safeParse({ fra: "2020-11-01", til: "2020-11-31" }).success).toBe(false);
  });
});
