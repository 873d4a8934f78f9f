// The minutes of a governance meeting, PDF and DOCX, read back as a reader (or an archive) would:
// the letterhead, date, participants, the agreed points, the follow-up of earlier points.
import { describe, expect, it } from "vitest";
import type { MeetingMinutesData } from "@/lib/data/meetings";
import { renderMinutesDocx } from "@/lib/documents/meeting-minutes-docx";
import { renderMinutesPdf } from "@/lib/documents/meeting-minutes-pdf";
import { minutesDocument } from "@/lib/documents/meeting-minutes-text";
import { docxHtml, docxText, normalise, pdfText, zipEntry } from "../support/document-text";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const data = (overrides: Partial<MeetingMinutesData["record"]> = {}): MeetingMinutesData => ({
  ministry: {
    letterhead: "DET KONGELIGE KOMMUNAL- OG MODERNISERINGSDEPARTEMENT", name: "Kommunal- og moderniseringsdepartementet",
    postalAddress: ["Postboks 8112 Dep", "0032 Oslo"], email: "postmottak@kmd.dep.no", officeAddress: "Akersg. 59", website: "www.kmd.dep.no", phone: "22 24 90 90", orgNumber: "972 417 858",
  },
  record: {
    id: "m2", agency: { id: "a", name: "Husbanken", shortName: "HB", ministryName: "KMD" }, ministryId: "kmd",
    date: d("2021-03-12"), status: "FINAL", version: 3,
    basis: {
      agencyName: "Husbanken", ministryName: "KMD",
      plan: { roundTitle: "Handlingsplan 2020", status: "APPROVED", latestVersion: 2, deadline: "2020-12-01" },
      openComments: 0,
      figures: [{ year: 2020, figure: { kind: "shown", total: 19, target: 2, share: 2 / 19 } }],
      followUp: { title: "Handlingsplan 2021", versionNumber: 1, done: 2, mandatory: 5 },
    },
    basisAt: d("2021-03-01"), markFirstMeasure: true, finalisedAt: d("2021-03-13"),
    participants: [
      { name: "Kari Nordmann", title: "Avdelingsdirektør", side: "MINISTRY" },
      { name: "Ola Hansen", title: "HR-direktør", side: "AGENCY" },
    ],
    points: [{ id: "p", what: "Lage en plan for oppfølging av handlingsplanen", responsible: "HR-direktør", side: "AGENCY", dueOn: d("2021-06-01"), status: "NOT_STARTED" }],
    followUps: [{ pointId: "q", what: "Rapportere tall for 2020", responsible: "Husbanken", side: "AGENCY", dueOn: null, agreedOn: d("2020-10-01"), statusBefore: "NOT_STARTED", status: "IN_PROGRESS", comment: "Tallene kommer i april" }],
    firstMeasure: { id: "tiltak-etatsstyring-plan", text: "Det skal legges en plan" },
    previousDate: d("2020-10-01"), canWrite: false, canReopen: false,
    ...overrides,
  },
});

const expectContent = (text: string) => {
  for (const s of [
    "DET KONGELIGE KOMMUNAL- OG MODERNISERINGSDEPARTEMENT", "Referat fra etatsstyringsmøte", "Dato: 12.3.2021", "Fastsatt 13.3.2021",
    "Deltakere", "Kari Nordmann", "Avdelingsdirektør", "Ola Hansen", "HR-direktør",
    "Underlag", "Handlingsplan 2020: Godkjent, siste innsendte versjon 2", "2020: 19 nytilsatte, 2 i målgruppen",
    "Avtalte punkter", "Lage en plan for oppfølging av handlingsplanen", "1.6.2021",
    "Oppfølging av punkter fra forrige møte", "Rapportere tall for 2020", "Pågår", "Tallene kommer i april",
    "Tiltaket «Det skal legges en plan» ble satt til gjennomført i dette møtet.",
  ]) expect(text).toContain(s);
};
const FOOTER = ["Postadresse", "Postboks 8112 Dep", "Kontoradresse", "Akersg. 59", "Org.nr.", "972 417 858"];

describe("the minutes of a governance meeting", () => {
  it("as PDF: the letterhead, date, participants, points and the follow-up of earlier points", async () => {
    const pdf = await pdfText(await renderMinutesPdf(minutesDocument(data())));
    expectContent(normalise(pdf.text));
    for (const s of FOOTER) expect(pdf.text).toContain(s);
    expect(pdf.info.Title).toBe("Referat fra etatsstyringsmøte 12.3.2021 – Husbanken");
  });

  it("as DOCX: the same content, the tables as tables with a header row", async () => {
    const bytes = await renderMinutesDocx(minutesDocument(data()));
    expectContent(normalise(await docxText(bytes)));
    // The ministry's footer is a Word footer (mammoth reads the body only).
    const footer = zipEntry(bytes, "word/footer1.xml");
    for (const s of FOOTER) expect(footer).toContain(s);
    const html = await docxHtml(bytes);
    expect(html).toContain("<h1>Referat fra etatsstyringsmøte</h1>");
    expect(html).toContain("<h2>Avtalte punkter</h2>");
    expect(html).toMatch(/<table>.*Kari Nordmann/);
  });

  it("marks a draft as not final, and says so when nothing was agreed or followed up", async () => {
    const doc = minutesDocument(data({ status: "DRAFT", finalisedAt: null, points: [], followUps: [], markFirstMeasure: false }));
    const text = normalise((await pdfText(await renderMinutesPdf(doc))).text);
    expect(text).toContain("UTKAST – ikke fastsatt");
    expect(text).toContain("Ingen punkter er avtalt.");
    expect(text).toContain("Ingen åpne punkter fra tidligere møter.");
    expect(text).not.toContain("Tiltaket «");
  });

  it("keeps a long list of points readable over several pages", async () => {
    const points = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, what: `Punkt nummer ${i + 1} med en lengre beskrivelse av hva som skal gjøres`, responsible: "HR", side: "AGENCY" as const, dueOn: null, status: "NOT_STARTED" as const }));
    const pdf = await pdfText(await renderMinutesPdf(minutesDocument(data({ points }))));
    expect(pdf.pages).toBeGreaterThan(1);
    expect(normalise(pdf.text)).toContain("Punkt nummer 60 med en lengre beskrivelse");
  });
});
