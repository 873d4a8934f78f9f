// Importing a year's figures for many agencies: the dry run lists every problem, the import is all or nothing.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { applyHiringImport, checkHiringImport } from "@/lib/data/hiring-import";
import { saveOwnReport, setYearClosed } from "@/lib/data/hiring";
import { readTable } from "@/lib/documents/spreadsheet-read";
import { createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;
let orgA: string;
let orgB: string;
beforeAll(async () => {
  s = await createTestSector();
  const orgs = await prisma.organisation.findMany({ where: { id: { in: [s.agencyA, s.agencyB] } }, select: { id: true, orgNumber: true } });
  orgA = orgs.find((o) => o.id === s.agencyA)!.orgNumber;
  orgB = orgs.find((o) => o.id === s.agencyB)!.orgNumber;
  // A has already reported 2023; B has not.
  await saveOwnReport(s.actors.hrA, { year: 2023, permanentTotal: 10, permanentTarget: 0, temporaryTotal: 2, temporaryTarget: 0, traineeTotal: 0, reason: "", version: null });
});
afterAll(() => prisma.$disconnect());

const HEADER = "Org.nr.;Virksomhet;Faste;Faste i målgruppen;Midlertidige;Midlertidige i målgruppen;Traineer;Begrunnelse";
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`);
const reportOf = (agencyId: string) => prisma.hiringReport.findUnique({ where: { agencyId_year: { agencyId, year: 2023 } }, include: { revisions: { orderBy: { at: "asc" } } } });

describe("the dry run", () => {
  it("lists every row's problems and writes nothing", async () => {
    const table = await readTable(
      csv(`${orgA};A;12;1;2;0;0;Rettet`, `${orgB};B;4;5;0;0;0;`, `999999999;Ukjent;3;0;0;0;0;`, `${orgA};A igjen;1;0;0;0;0;`, `${orgB};B;x;0;;0;0;`),
    );
    const check = await checkHiringImport(s.actors.adviser, 2023, table);
    expect(check.ok).toBe(false);
    const problems = Object.fromEntries(check.rows.map((r) => [r.line, r.problems]));
    expect(problems[2]).toEqual([]);
    expect(check.rows[0]?.change).toBe("replace");
    expect(problems[3]).toEqual(["Faste i målgruppen: Kan ikke være flere enn nytilsatte totalt i samme stillingstype."]);
    expect(problems[4]).toEqual(["Fant ingen virksomhet i sektoren med org.nr. 999999999."]);
    expect(problems[5]).toEqual(["Virksomheten står også på linje 2."]);
    expect(problems[6]).toEqual(expect.arrayContaining(["Faste: Skriv et helt tall, for eksempel 12.", "Midlertidige: Fyll inn feltet."]));
    expect((await reportOf(s.agencyA))?.permanentTotal).toBe(10);
  });

  it("names missing columns and refuses another sector's agency", async () => {
    const missing = await checkHiringImport(s.actors.adviser, 2023, [["Org.nr.", "Faste"], [orgA, "1"]]);
    expect(missing.fileProblems[0]).toMatch(/mangler kolonnene «Faste i målgruppen», «Midlertidige»/);
    const other = await prisma.organisation.findUnique({ where: { id: s.otherMinistryAgency }, select: { orgNumber: true } });
    const foreign = await checkHiringImport(s.actors.adviser, 2023, await readTable(csv(`${other!.orgNumber};C;5;0;0;0;0;`)));
    expect(foreign.rows[0]?.problems[0]).toMatch(/Fant ingen virksomhet i sektoren/);
  });

  it("is for the ministry's advisers only", async () => {
    await expect(checkHiringImport(s.actors.hrA, 2023, [])).rejects.toMatchObject({ code: "forbidden" });
    await expect(checkHiringImport(s.actors.leader, 2023, [])).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the import", () => {
  it("writes nothing when one row is bad", async () => {
    const table = await readTable(csv(`${orgA};A;12;1;2;0;0;`, `${orgB};B;4;5;0;0;0;`));
    await expect(applyHiringImport(s.actors.adviser, 2023, table, "tall.csv")).rejects.toMatchObject({ code: "invalid" });
    expect((await reportOf(s.agencyA))?.permanentTotal).toBe(10);
    expect(await reportOf(s.agencyB)).toBeNull();
  });

  it("writes every row in one go from an Excel file, keeping the revision history", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Ark1");
    sheet.addRow(HEADER.split(";"));
    sheet.addRow([orgA, "A", 12, 1, 2, 0, 0, "Én tilsetting manglet"]);
    sheet.addRow([orgB, "B", 7, 1, 0, 0, 1, ""]);
    const table = await readTable(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(await applyHiringImport(s.actors.adviser, 2023, table, "tall.xlsx")).toEqual({ created: 1, replaced: 1 });
    const a = await reportOf(s.agencyA);
    expect(a).toMatchObject({ permanentTotal: 12, permanentTarget: 1, version: 1 });
    expect(a?.revisions.map((r) => r.reason)).toEqual(["Første rapportering", "Importert fra tall.xlsx: Én tilsetting manglet"]);
    expect(a?.revisions[1]?.before).toMatchObject({ permanentTotal: 10, permanentTarget: 0 });
    expect(await reportOf(s.agencyB)).toMatchObject({ permanentTotal: 7, traineeTotal: 1, cvGapDefinition: "TWO_OF_FIVE_YEARS" });
    // The same file again changes nothing and adds no revision (and does not say which rows were equal).
    expect(await applyHiringImport(s.actors.adviser, 2023, table, "tall.xlsx")).toEqual({ created: 0, replaced: 2 });
    expect((await checkHiringImport(s.actors.adviser, 2023, table)).rows.map((r) => r.change)).toEqual(["replace", "replace"]);
    expect((await reportOf(s.agencyA))?.revisions).toHaveLength(2);
  });

  it("reads an old template's «Traineer i målgruppen» column as nothing: every trainee is in the target group", async () => {
    const old = [
      ["Org.nr.", "Virksomhet", "Faste", "Faste i målgruppen", "Midlertidige", "Midlertidige i målgruppen", "Traineer", "Traineer i målgruppen", "Begrunnelse"],
      [orgB, "B", "7", "1", "0", "0", "2", "0", ""],
    ];
    const check = await checkHiringImport(s.actors.adviser, 2023, old);
    expect(check.ok).toBe(true);
    expect(check.rows[0]?.counts).toEqual({ permanentTotal: 7, permanentTarget: 1, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 2 });
  });

  it("refuses a row for a year before the agency came into being", async () => {
    await prisma.organisation.update({ where: { id: s.agencyB }, data: { establishedOn: new Date("2024-01-01") } });
    const check = await checkHiringImport(s.actors.adviser, 2023, await readTable(csv(`${orgB};B;7;1;0;0;0;`)));
    expect(check.rows[0]?.problems).toEqual(["Virksomheten ble opprettet 1.1.2024, og har ingen tall for 2023."]);
    await prisma.organisation.update({ where: { id: s.agencyB }, data: { establishedOn: null } });
  });

  it("is refused for a year the ministry has closed", async () => {
    await setYearClosed(s.actors.adviser, 2023, true);
    const check = await checkHiringImport(s.actors.adviser, 2023, await readTable(csv(`${orgA};A;13;1;2;0;0;`)));
    expect(check.fileProblems).toEqual(["Departementet har lukket 2023. Åpne året før du importerer tall for det."]);
    await setYearClosed(s.actors.adviser, 2023, false);
  });
});
