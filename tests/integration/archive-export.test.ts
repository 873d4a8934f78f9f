// The hand-off to the archive (issue 14) against PostgreSQL: a round with letters sent and plan
// versions received becomes a ZIP whose arkivmelding.xml validates against Arkivverket's schema
// (xmllint, a real child process) and names exactly the PDFs in the ZIP.
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getPeriodArchive, getRoundArchive } from "@/lib/data/archive-export";
import { ARKIVMELDING_FILE } from "@/lib/documents/arkivmelding";
import { buildArchivePackage } from "@/lib/documents/arkivmelding-package";
import type { Actor } from "@/lib/access";
import { all, childText, parseXml, xmllintValidate } from "../support/arkivmelding";
import { COMPLETE_CONTENT, createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;
let roundId: string;
let names: { ministry: string; a: string; b: string; hrA: string };
const ROUND_TITLE = "Tillegg til tildelingsbrev 2021 – R&D <oppfølging> – æøå";

beforeAll(async () => {
  s = await createTestSector();
  const [ministry, a, b] = await Promise.all([s.ministryId, s.agencyA, s.agencyB].map((id) => prisma.organisation.findUniqueOrThrow({ where: { id } })));
  names = { ministry: ministry!.name, a: a!.name, b: b!.name, hrA: s.actors.hrA.name };
  await prisma.user.update({ where: { id: s.actors.adviser.userId }, data: { name: "Gunn Dianne Rydning" } });
  const round = await prisma.addendumRound.create({
    data: { ministryId: s.ministryId, title: ROUND_TITLE, year: 2021, deadline: new Date("2021-03-01"), body: "Tekst", createdById: s.actors.adviser.userId, createdAt: new Date("2021-01-10T09:00:00Z"), sentAt: new Date("2021-01-15T23:30:00Z") },
  });
  roundId = round.id;
  const letter = (agencyId: string, ourRef: string, extra: object) =>
    prisma.letter.create({
      data: {
        roundId, ministryId: s.ministryId, agencyId, number: "Tillegg nr. 3", title: `Tillegg nr. 3 – ${ourRef}`, ourRef, date: new Date("2021-01-15"), deadline: new Date("2021-03-01"),
        body: "KMD ber om en handlingsplan.", department: "Statsforvaltningsavdelingen", caseworkerName: "Gunn Dianne Rydning", caseworkerPhone: "22 24 46 36", ...extra,
      },
    });
  // Sent at 00.30 Norwegian time on 16 January: journalled that day.
  await letter(s.agencyA, "21/4711-1", { status: "SENT", sentAt: new Date("2021-01-15T23:30:00Z"), yourRef: "2020/99" });
  await letter(s.agencyB, "21/4711-2", { status: "READ", sentAt: new Date("2021-01-15T23:30:00Z"), readAt: new Date("2021-01-18T08:00:00Z") });
  // A draft never goes to the archive.
  await letter(s.agencyA, "21/4711-3", { status: "DRAFT" });
  const planA = await prisma.actionPlan.create({ data: { roundId, agencyId: s.agencyA, status: "SUBMITTED", version: 3, content: COMPLETE_CONTENT } });
  const planB = await prisma.actionPlan.create({ data: { roundId, agencyId: s.agencyB, status: "DRAFT", version: 2, content: COMPLETE_CONTENT } });
  await prisma.planVersion.createMany({
    data: [
      { planId: planA.id, number: 1, content: COMPLETE_CONTENT, submittedAt: new Date("2021-02-01T10:00:00Z"), submittedById: s.actors.hrA.userId },
      { planId: planA.id, number: 2, content: COMPLETE_CONTENT, submittedAt: new Date("2021-02-20T10:00:00Z"), submittedById: s.actors.hrA.userId },
      { planId: planB.id, number: 1, content: COMPLETE_CONTENT, submittedAt: new Date("2021-03-01T12:00:00Z"), submittedById: s.actors.hrB.userId },
    ],
  });
});
afterAll(() => prisma.$disconnect());

async function unpack(data: Awaited<ReturnType<typeof getRoundArchive>>) {
  const zip = unzipSync(await buildArchivePackage(data, { messageId: "test-melding", createdAt: new Date("2026-12-02T10:00:00Z") }));
  const xml = new TextDecoder().decode(zip[ARKIVMELDING_FILE]);
  return { zip, xml, doc: parseXml(xml) };
}

const records = (doc: Document, type: string) => all(doc, "basisregistrering").filter((r) => childText(r, "journalposttype") === type);
const party = (record: Element, type: string) => all(record, "korrespondansepart").find((p) => childText(p, "korrespondanseparttype") === type)!;

describe("a round's package for the archive", () => {
  it("validates against the arkivmelding schema", async () => {
    const { xml } = await unpack(await getRoundArchive(s.actors.adviser, roundId));
    const result = await xmllintValidate(xml);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it("holds exactly the PDFs its XML names, and counts them", async () => {
    const { zip, doc } = await unpack(await getRoundArchive(s.actors.adviser, roundId));
    const inZip = Object.keys(zip).filter((f) => f !== ARKIVMELDING_FILE).sort();
    const named = all(doc, "referanseDokumentfil").map((e) => e.textContent!).sort();
    expect(named).toEqual(inZip);
    expect(new Set(named).size).toBe(named.length);
    expect(childText(doc.documentElement, "antallFiler")).toBe(String(inZip.length));
    expect(inZip).toHaveLength(5);
    for (const f of inZip) expect(new TextDecoder().decode(zip[f]!.subarray(0, 5))).toBe("%PDF-");
  });

  it("has one case folder with one outgoing record per letter sent and one incoming record per plan version", async () => {
    const { doc } = await unpack(await getRoundArchive(s.actors.adviser, roundId));
    const folders = all(doc, "mappe");
    expect(folders).toHaveLength(1);
    expect(childText(folders[0]!, "tittel")).toBe(ROUND_TITLE);
    expect(childText(folders[0]!, "mappeID")).toBe("21/4711");
    expect(childText(folders[0]!, "saksdato")).toBe("2021-01-10");
    expect(childText(folders[0]!, "administrativEnhet")).toBe("Statsforvaltningsavdelingen");
    expect(childText(folders[0]!, "saksansvarlig")).toBe("Gunn Dianne Rydning");
    expect(records(doc, "Utgående dokument")).toHaveLength(2);
    expect(records(doc, "Inngående dokument")).toHaveLength(3);
    expect(all(doc, "registreringsID").map((e) => e.textContent)).not.toContain("21/4711-3");
  });

  it("gives each letter its parties, dates and references", async () => {
    const { doc } = await unpack(await getRoundArchive(s.actors.adviser, roundId));
    const toA = records(doc, "Utgående dokument").find((r) => childText(r, "registreringsID") === "21/4711-1")!;
    expect(childText(toA, "tittel")).toBe("Tillegg nr. 3 – 21/4711-1");
    expect(childText(toA, "journalpostnummer")).toBe("1");
    expect(childText(toA, "journaldato")).toBe("2021-01-16");
    expect(childText(toA, "dokumentetsDato")).toBe("2021-01-15");
    expect(childText(toA, "sendtDato")).toBe("2021-01-15T23:30:00Z");
    expect(childText(party(toA, "Avsender"), "korrespondansepartNavn")).toBe(names.ministry);
    expect(childText(party(toA, "Avsender"), "administrativEnhet")).toBe("Statsforvaltningsavdelingen");
    expect(childText(party(toA, "Mottaker"), "korrespondansepartNavn")).toBe(names.a);
    expect(childText(party(toA, "Mottaker"), "postnummer")).toBe("0001");
    const refs = all(toA, "virksomhetsspesifikkeMetadata")[0]!;
    expect(refs.textContent).toContain("2020/99");
  });

  it("gives each plan version the agency as sender, the day it came and the letter it answers", async () => {
    const { doc } = await unpack(await getRoundArchive(s.actors.adviser, roundId));
    const incoming = records(doc, "Inngående dokument");
    expect(incoming.map((r) => childText(r, "tittel"))).toEqual([
      `Handlingsplan for inkluderingsdugnaden – ${names.a} – versjon 1`,
      `Handlingsplan for inkluderingsdugnaden – ${names.a} – versjon 2`,
      `Handlingsplan for inkluderingsdugnaden – ${names.b} – versjon 1`,
    ]);
    const [first] = incoming;
    expect(childText(first!, "mottattDato")).toBe("2021-02-01T10:00:00Z");
    expect(childText(first!, "journaldato")).toBe("2021-02-01");
    expect(childText(party(first!, "Avsender"), "korrespondansepartNavn")).toBe(names.a);
    expect(childText(party(first!, "Avsender"), "kontaktperson")).toBe(names.hrA);
    expect(childText(party(first!, "Mottaker"), "korrespondansepartNavn")).toBe(names.ministry);
    const letterA = records(doc, "Utgående dokument").find((r) => childText(r, "registreringsID") === "21/4711-1")!;
    expect(childText(all(first!, "kryssreferanse")[0]!, "referanseTilRegistrering")).toBe(childText(letterA, "systemID"));
  });

  it("is the ministry adviser's only: the leader, HR, the agency's leader and the audit office are refused, another sector does not find it", async () => {
    const refused: Actor[] = [s.actors.leader, s.actors.hrA, s.actors.leaderA, s.actors.auditor];
    for (const actor of refused) await expect(getRoundArchive(actor, roundId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getRoundArchive(s.actors.otherAdviser, roundId)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("a period's package", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("holds what was sent and received in the period, Norwegian calendar days, and validates", async () => {
    const { zip, xml, doc } = await unpack({ ...(await getPeriodArchive(s.actors.adviser, { from: day("2021-02-01"), to: day("2021-02-28") })), roundTitle: "" });
    expect(records(doc, "Utgående dokument")).toHaveLength(0);
    expect(records(doc, "Inngående dokument").map((r) => childText(r, "mottattDato"))).toEqual(["2021-02-01T10:00:00Z", "2021-02-20T10:00:00Z"]);
    expect(Object.keys(zip)).toHaveLength(3);
    expect((await xmllintValidate(xml)).ok).toBe(true);
    // Sent at 00.30 on 16 January in Norway: not on the 15th.
    await expect(getPeriodArchive(s.actors.adviser, { from: day("2021-01-15"), to: day("2021-01-15") })).rejects.toMatchObject({ code: "invalid" });
    const sixteenth = await unpack({ ...(await getPeriodArchive(s.actors.adviser, { from: day("2021-01-16"), to: day("2021-01-16") })), roundTitle: "" });
    expect(records(sixteenth.doc, "Utgående dokument")).toHaveLength(2);
  });

  it("takes every round of the sector, one folder each, and nothing of another sector", async () => {
    const data = await getPeriodArchive(s.actors.adviser, { from: day("2020-11-01"), to: day("2021-03-01") });
    expect(data.cases.map((c) => c.title).sort()).toEqual(["Runde", ROUND_TITLE].sort());
    const { xml } = await unpack({ ...data, roundTitle: "" });
    expect((await xmllintValidate(xml)).ok).toBe(true);
    await expect(getPeriodArchive(s.actors.otherAdviser, { from: day("2021-01-16"), to: day("2021-01-16") })).rejects.toMatchObject({ code: "invalid" });
    await expect(getPeriodArchive(s.actors.auditor, { from: day("2021-01-16"), to: day("2021-01-16") })).rejects.toMatchObject({ code: "forbidden" });
  });
});
