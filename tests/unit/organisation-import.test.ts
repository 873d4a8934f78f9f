// Loading organisations from a spreadsheet: the check of each row (pure), and the CSV reading it
// shares with the figures import (semicolon or comma, UTF-8 or Windows-1252).
import { describe, expect, it } from "vitest";
import { readTable } from "@/lib/documents/spreadsheet-read";
import { checkOrganisationImport, organisationTemplate, type ExistingOrganisation } from "@/lib/domain/organisation-import";
import { adminText as t } from "@/lib/i18n/admin-nb";

const KMD = { id: "kmd", name: "Kommunal- og moderniseringsdepartementet", shortName: "KMD", orgNumber: "972417858" };
const FIN = { id: "fin", name: "Finansdepartementet", shortName: "FIN", orgNumber: "972417807" };
const existing: ExistingOrganisation[] = [
  { ...KMD, kind: "MINISTRY", postalAddress: "Postboks 8112 Dep\n0032 Oslo", parentId: null },
  { ...FIN, kind: "MINISTRY", postalAddress: "Postboks 8008 Dep\n0030 Oslo", parentId: null },
  { id: "husbanken", kind: "AGENCY", name: "Husbanken", shortName: "Husbanken", orgNumber: "974760347", postalAddress: "Postboks 1404\n8002 BODØ", parentId: "kmd" },
  { id: "ssb", kind: "AGENCY", name: "Statistisk sentralbyrå", shortName: "SSB", orgNumber: "971526920", postalAddress: "Postboks 2633 St. Hanshaugen\n0131 OSLO", parentId: "fin" },
];
const ministries = [KMD, FIN];
const HEADER = ["Org.nr.", "Navn", "Kortnavn", "Postadresse", "Departement"];
const check = (rows: string[][], ownSectorId: string | null = "kmd") => checkOrganisationImport({ table: [HEADER, ...rows], ownSectorId, existing, ministries });

describe("checking an organisation file", () => {
  it("creates a new agency, updates a changed one and leaves an unchanged one", () => {
    const r = check([
      ["920 000 002", "Nytt direktorat", "ND", "Postboks 1, 0001 OSLO", ""],
      ["974760347", "Husbanken", "Husbanken", "Postboks 1404, 8002 BODØ", "KMD"],
    ]);
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => [x.line, x.change, x.ministryId])).toEqual([
      [2, "new", "kmd"],
      [3, "unchanged", "kmd"],
    ]);
    expect(r.rows[0]).toMatchObject({ orgNumber: "920000002", postalAddress: "Postboks 1\n0001 OSLO" });
    const renamed = check([["974760347", "Den norske stats husbank", "Husbanken", "Postboks 1404\n8002 BODØ", "972417858"]]);
    expect(renamed.rows[0]).toMatchObject({ change: "update", existingId: "husbanken", name: "Den norske stats husbank" });
  });

  it("lists every problem of every row, with the column named, as the form does", () => {
    const r = check([
      ["920000003", "", "ND", "Postboks 1", ""],
      ["923456783", "Et annet", "ND", "Postboks 2, 0002 OSLO", "FIN"],
      ["971526920", "SSB", "SSB", "Postboks 2633, 0131 OSLO", ""],
      ["972417858", "KMD", "KMD2", "Postboks 8112 Dep, 0032 Oslo", ""],
      ["987654325", "Dobbel", "Husbanken", "Postboks 3, 0003 OSLO", "Ukjent"],
    ]);
    expect(r.ok).toBe(false);
    expect(r.rows[0]!.problems).toEqual([
      `Org.nr.: ${t.errors.orgNumber.checkDigit}`,
      `Navn: ${t.errors.required}`,
      `Postadresse: ${t.errors.addressPostcode}`,
    ]);
    // Another ministry's row is refused for an administrator, and the short name is already on line 2.
    expect(r.rows[1]!.problems).toEqual([t.orgImport.otherMinistry("Finansdepartementet"), t.orgImport.duplicateShortName(2)]);
    expect(r.rows[2]!.problems).toEqual([t.orgImport.existingOtherSector("Statistisk sentralbyrå")]);
    expect(r.rows[3]!.problems).toEqual([t.orgImport.existingNotAgency(KMD.name)]);
    expect(r.rows[4]!.problems).toEqual([t.orgImport.unknownMinistry("Ukjent"), `Kortnavn: ${t.errors.shortNameTaken("Husbanken")}`]);
    expect(r.rows.every((x) => x.change === null)).toBe(true);
  });

  it("finds a repeated org number, and lets the command line name any ministry", () => {
    const r = check([
      ["920000002", "A", "A", "Postboks 1, 0001 OSLO", "FIN"],
      ["920 000 002", "B", "B", "Postboks 1, 0001 OSLO", "FIN"],
    ], null);
    expect(r.rows[0]!.problems).toEqual([]);
    expect(r.rows[1]!.problems).toEqual([t.orgImport.duplicateOrgNumber(2)]);
    expect(check([["920000002", "A", "A", "Postboks 1, 0001 OSLO", ""]], null).rows[0]!.problems).toEqual([t.orgImport.ministryRequired]);
  });

  it("names missing columns and an empty file", () => {
    const r = checkOrganisationImport({ table: [["Org.nr.", "Navn"]], ownSectorId: "kmd", existing, ministries });
    expect(r.fileProblems).toEqual([t.orgImport.missingColumns(["Kortnavn", "Postadresse"]), t.orgImport.noRows]);
    // Headers are matched without case or punctuation, and "Adresse"/"Virksomhet" are understood.
    const alias = checkOrganisationImport({ table: [["ORGNR", "virksomhet", "kortnavn", "adresse"], ["920000002", "A", "A", "Postboks 1, 0001 OSLO"]], ownSectorId: "kmd", existing, ministries });
    expect(alias.ok).toBe(true);
  });
});

describe("reading the file", () => {
  it("reads semicolon-separated Windows-1252 and comma-separated UTF-8 alike", async () => {
    const text = 'Org.nr.;Navn;Kortnavn;Postadresse;Departement\r\n920000002;Direktoratet for æøå;DÆØ;"Postboks 1\n0001 OSLO";KMD\r\n';
    const cp1252 = Uint8Array.from([...text].map((c) => ({ æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8 })[c] ?? c.charCodeAt(0)));
    const utf8 = new TextEncoder().encode(text.replace(/;/g, ","));
    for (const bytes of [cp1252, utf8]) {
      const table = await readTable(bytes);
      const r = checkOrganisationImport({ table, ownSectorId: "kmd", existing, ministries });
      expect(r.ok).toBe(true);
      expect(r.rows[0]).toMatchObject({ name: "Direktoratet for æøå", shortName: "DÆØ", postalAddress: "Postboks 1\n0001 OSLO", change: "new" });
    }
  });
});

describe("the template", () => {
  it("lists the agencies with the address on one line, and neutralises cells that would be formulas", () => {
    const rows = organisationTemplate([
      { orgNumber: "974760347", name: "Husbanken", shortName: "Husbanken", postalAddress: "Postboks 1404\n8002 BODØ", ministryOrgNumber: "972417858" },
      { orgNumber: "920000002", name: "=HYPERLINK(\"http://x\")", shortName: "+A", postalAddress: "@x\n0001 OSLO", ministryOrgNumber: "972417858" },
    ]);
    expect(rows[0]).toEqual(HEADER);
    expect(rows[1]).toEqual(["974760347", "Husbanken", "Husbanken", "Postboks 1404, 8002 BODØ", "972417858"]);
    expect(rows[2]).toEqual(["920000002", "'=HYPERLINK(\"http://x\")", "'+A", "'@x, 0001 OSLO", "972417858"]);
  });
});
