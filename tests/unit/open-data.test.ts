// The published figures' view and their open data (CSV and JSON), from a publication made by the
// disclosure engine: only published years, no small counts, the same rows in both formats.
import { describe, expect, it } from "vitest";
import { publish, type SectorInput } from "@/lib/domain/disclosure";
import { openDataRows, publicSector, type PublicAgency } from "@/lib/domain/public-figures";
import { jsonRow, openDataCsv, openDataJson } from "@/lib/documents/open-data";
import { readPublicQuery } from "@/lib/domain/public-query";

const agency = (id: string, name: string, establishedOn: Date | null = null): PublicAgency => ({ id, name, orgNumber: `9${id.padStart(8, "0")}`, establishedOn });
const AGENCIES = [agency("1", "Alfa"), agency("2", "=Beta"), agency("3", "Gamma"), agency("4", "Delta"), agency("5", "Liten"), agency("6", "Samlet")];
const counts: Record<string, Record<number, [number, number]>> = {
  "1": { 2017: [45, 1], 2019: [40, 3], 2020: [30, 2], 2021: [50, 4] },
  "2": { 2019: [25, 1], 2020: [20, 1], 2021: [22, 1] },
  "3": { 2019: [60, 2], 2020: [55, 2], 2021: [61, 3] },
  "4": { 2019: [33, 2], 2020: [31, 1], 2021: [35, 2] },
  "5": { 2019: [3, 0], 2020: [2, 1], 2021: [4, 0] },
  "6": { 2019: [2, 0], 2020: [3, 0], 2021: [1, 0] },
};

function sector(publishedYears: number[], periods: SectorInput["periods"] = [], currentYear = 2026) {
  const input: SectorInput = {
    sectorId: "m",
    years: [2017, 2019, 2020, 2021],
    agencyIds: AGENCIES.map((a) => a.id),
    reports: Object.entries(counts).flatMap(([agencyId, years]) => Object.entries(years).map(([y, [total, target]]) => ({ agencyId, year: Number(y), total, target }))),
    periods,
  };
  return publicSector({
    ministry: { id: "m", name: "Departementet", orgNumber: "972417858" },
    agencies: AGENCIES,
    publication: publish(input, { ownAgencyId: null }),
    agenciesByYear: new Map([[2019, 6], [2020, 6], [2021, 6]]),
    publishedYears,
    currentYear,
  });
}

describe("the published figures of a sector", () => {
  it("have only the closed years that are not preliminary, from the first reporting year", () => {
    expect(sector([2019, 2020]).years.map((y) => y.year)).toEqual([2019, 2020]);
    expect(sector([2019, 2021], [], 2021).years.map((y) => y.year)).toEqual([2019]);
    // Before the first reporting year (2018) there are no rules to count by: never published.
    expect(sector([2017, 2019]).years.map((y) => y.year)).toEqual([2019]);
  });

  it("show no counts of a year under 5, and a pooled period only when all its years are published", () => {
    const period = { agencyId: "6", fromYear: 2019, toYear: 2021, published: true, withdrawn: false };
    const all = sector([2019, 2020, 2021], [period]);
    for (const y of all.years) {
      expect(y.agencies.find((a) => a.agencyId === "5")!.figure).toEqual({ kind: "suppressed" });
      const pooled = y.agencies.find((a) => a.agencyId === "6")!.figure;
      expect(["pooled", "suppressed"]).toContain(pooled.kind);
      if (pooled.kind === "pooled") expect([pooled.total, pooled.target]).toEqual([6, 0]);
    }
    // 2021 not published: the period's sum would show it.
    for (const y of sector([2019, 2020], [period]).years) expect(y.agencies.find((a) => a.agencyId === "6")!.figure).toEqual({ kind: "suppressed" });
  });
});

describe("the open data", () => {
  const published = sector([2019, 2020]);
  const rows = openDataRows([published]);

  it("has per year one row per agency and then the sector's row", () => {
    expect(rows.map((r) => `${r.year}:${r.level}:${r.name}`)).toEqual(
      [2019, 2020].flatMap((y) => [...["=Beta", "Alfa", "Delta", "Gamma", "Liten", "Samlet"].map((n) => `${y}:agency:${n}`), `${y}:sector:Departementet`]),
    );
    expect(openDataRows([published], new Set([2020])).every((r) => r.year === 2020)).toBe(true);
    const small = rows.filter((r) => r.name === "Liten");
    for (const r of small) expect([r.total, r.target, r.shareTenths, r.empty]).toEqual([null, null, null, "suppressed"]);
    const sector2019 = rows.find((r) => r.level === "sector" && r.year === 2019)!;
    expect(sector2019).toMatchObject({ reported: 6, agencies: 6, goalPercent: 5, stateShareTenths: 22 });
    for (const r of rows) if (r.total !== null && r.level === "agency") expect(r.total).toBeGreaterThanOrEqual(5);
  });

  it("is the same rows as CSV (semicolons, decimal comma, byte-order mark, no formulas) and JSON", () => {
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(openDataCsv(rows));
    expect(csv.startsWith("\uFEFFNivå;Sektor org.nr.;Sektor;Org.nr.;Navn;År;Nytilsatte;I målgruppen;Andel (%);Merknad;")).toBe(true);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines).toContain("virksomhet;972417858;Departementet;900000003;Gamma;2019;60;2;3,3;;;;5;");
    expect(lines).toContain("sektor;972417858;Departementet;972417858;Departementet;2019;163;8;4,9;;6;6;5;2,2");
    expect(lines).toContain("virksomhet;972417858;Departementet;900000005;Liten;2019;;;;skjult av personvernhensyn;;;5;");
    expect(lines.some((l) => l.includes(";'=Beta;"))).toBe(true);
    const json = JSON.parse(openDataJson(rows)) as { rader: ReturnType<typeof jsonRow>[] };
    expect(json.rader).toHaveLength(rows.length);
    expect(json.rader.find((r) => r.navn === "Gamma" && r.aar === 2019)).toMatchObject({ nivaa: "virksomhet", nytilsatte: 60, iMaalgruppen: 2, andelProsent: 3.3, merknad: null });
    // Row for row the same as the CSV.
    expect(json.rader.map((r) => [r.nivaa, r.orgnr, r.aar, r.nytilsatte ?? "", r.merknad ?? ""].join(";"))).toEqual(
      lines.slice(1).map((l) => l.split(";")).map((f) => [f[0], f[3], f[5], f[6], f[9]].join(";")),
    );
    expect(json.rader.find((r) => r.navn === "Liten" && r.aar === 2020)).toMatchObject({ nytilsatte: null, iMaalgruppen: null, andelProsent: null, merknad: "skjult av personvernhensyn" });
    expect(json.rader.find((r) => r.nivaa === "sektor" && r.aar === 2019)).toMatchObject({ harRapportert: 6, virksomheter: 6, heleStatenProsent: 2.2, maalProsent: 5 });
  });

  it("never rounds a share up to the goal", () => {
    const [row] = openDataRows([{ ...published, years: [{ ...published.years[0]!, agencies: [{ agencyId: "x", name: "X", orgNumber: "1", figure: { kind: "shown", total: 10_000, target: 497 } }] }] }]);
    expect(row!.shareTenths).toBe(49);
    expect(jsonRow(row!).andelProsent).toBe(4.9);
  });
});

describe("the public query", () => {
  it("keeps what is valid and says when something was dropped", () => {
    expect(readPublicQuery({ sektor: "972417858", aar: "2020", side: "2" })).toEqual({ query: { sektor: "972417858", aar: 2020, side: 2 }, malformed: false });
    expect(readPublicQuery({ sektor: "<script>", aar: "tjue" })).toEqual({ query: {}, malformed: true });
    expect(readPublicQuery(new URLSearchParams("aar=1999&sektor=972417858"))).toEqual({ query: { sektor: "972417858" }, malformed: true });
    expect(readPublicQuery({ aar: ["2019", "2020"] })).toEqual({ query: { aar: 2019 }, malformed: false });
  });
});
