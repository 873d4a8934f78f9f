// The public page's open data (/offentlig/tall.csv and /offentlig/tall.json): the same rows in two
// formats, exactly what the page shows (lib/domain/public-figures.ts `openDataRows`). The fields
// are documented in docs/open-data.md.
import { toCsv } from "@/lib/domain/csv";
import type { OpenDataRow } from "@/lib/domain/public-figures";
import { nb } from "@/lib/i18n/nb";

const t = nb.openData;

/** 22 → 2.2 (a percent with the one decimal the page shows). */
const percent = (tenths: number | null) => (tenths === null ? null : tenths / 10);

/** "Merknad": why the counts are empty, or which pooled period they are the sum of. */
function note(r: OpenDataRow): string | null {
  if (r.empty) return t.empty[r.empty];
  if (r.pooled) return t.pooled(r.pooled.fromYear, r.pooled.toYear);
  return null;
}

/** One row as the JSON has it (docs/open-data.md). */
export interface OpenDataJsonRow {
  nivaa: "virksomhet" | "sektor";
  sektorOrgnr: string;
  sektor: string;
  orgnr: string;
  navn: string;
  aar: number;
  nytilsatte: number | null;
  iMaalgruppen: number | null;
  andelProsent: number | null;
  samletPeriode: { fraAar: number; tilAar: number } | null;
  merknad: string | null;
  harRapportert: number | null;
  virksomheter: number | null;
  maalProsent: number;
  heleStatenProsent: number | null;
}

export function jsonRow(r: OpenDataRow): OpenDataJsonRow {
  return {
    nivaa: t.levels[r.level] as "virksomhet" | "sektor",
    sektorOrgnr: r.sectorOrgNumber,
    sektor: r.sectorName,
    orgnr: r.orgNumber,
    navn: r.name,
    aar: r.year,
    nytilsatte: r.total,
    iMaalgruppen: r.target,
    andelProsent: percent(r.shareTenths),
    samletPeriode: r.pooled ? { fraAar: r.pooled.fromYear, tilAar: r.pooled.toYear } : null,
    merknad: note(r),
    harRapportert: r.reported,
    virksomheter: r.agencies,
    maalProsent: r.goalPercent,
    heleStatenProsent: percent(r.stateShareTenths),
  };
}

export function openDataJson(rows: readonly OpenDataRow[]): string {
  return `${JSON.stringify({ format: "dugnad-offentlige-tall", versjon: 1, dokumentasjon: "docs/open-data.md", rader: rows.map(jsonRow) }, null, 2)}\n`;
}

/** A percent with a decimal comma, as Norwegian spreadsheets read it: 2.2 → "2,2". */
const percentText = (tenths: number | null) => (tenths === null ? "" : (tenths / 10).toFixed(1).replace(".", ","));
const count = (n: number | null) => n ?? "";

/** Semicolon-separated with a byte-order mark, formulas neutralised (lib/domain/csv.ts), like the signed-in export. */
export function openDataCsv(rows: readonly OpenDataRow[]): Uint8Array {
  const csv = toCsv([
    [...t.headers],
    ...rows.map((r) => [
      t.levels[r.level],
      r.sectorOrgNumber,
      r.sectorName,
      r.orgNumber,
      r.name,
      r.year,
      count(r.total),
      count(r.target),
      percentText(r.shareTenths),
      note(r) ?? "",
      count(r.reported),
      count(r.agencies),
      r.goalPercent,
      percentText(r.stateShareTenths),
    ]),
  ]);
  return new TextEncoder().encode(csv);
}
