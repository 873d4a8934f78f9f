// The published figures (/offentlig and its open data) against PostgreSQL: only years the ministry
// has closed, never a small agency's counts, the sector's rows, and a cache that follows the figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC } from "@/lib/access";
import { prisma } from "@/lib/db";
import { saveOwnReport, setYearClosed } from "@/lib/data/hiring";
import { getOpenData, getPublicFigures, listPublicSectors } from "@/lib/data/public-figures";
import { todayInNorway } from "@/lib/domain/format";
import type { PublicSector } from "@/lib/domain/public-figures";
import { createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;
let ministryOrgNumber: string;
let small: string;
let silent: string;
let late: string;
const currentYear = todayInNorway().getUTCFullYear();

/** Totals (of which in the target group) per year. */
const FIGURES: Record<string, Record<number, [number, number]>> = {
  Stor: { 2019: [40, 3], 2020: [30, 1], 2021: [50, 2] },
  Mellom: { 2019: [25, 1], 2020: [20, 0], 2021: [22, 1] },
  Liten: { 2019: [3, 0], 2020: [2, 1], 2021: [6, 1] },
  // Does not report 2020.
  Stille: { 2019: [8, 0] },
};

async function report(agencyId: string, year: number, [total, target]: [number, number]) {
  await prisma.hiringReport.create({ data: { agencyId, year, permanentTotal: total, permanentTarget: target, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0 } });
}

beforeAll(async () => {
  s = await createTestSector();
  ministryOrgNumber = (await prisma.organisation.findUniqueOrThrow({ where: { id: s.ministryId } })).orgNumber;
  for (const [name, years] of Object.entries(FIGURES)) {
    const org = await prisma.organisation.create({
      data: { kind: "AGENCY", name: `${name} ${s.ministryId}`, shortName: `${name}-${s.ministryId}`, orgNumber: `${name}-${s.ministryId}`, postalAddress: "-", parentId: s.ministryId },
    });
    if (name === "Liten") small = org.id;
    if (name === "Stille") silent = org.id;
    for (const [year, figures] of Object.entries(years)) await report(org.id, Number(year), figures);
  }
  // The fixture's agencies have 2020 (A 19 hires, 2 in the target group; B 3, 1); 2019 and 2021 added.
  await report(s.agencyA, 2019, [12, 1]);
  await report(s.agencyA, 2021, [16, 1]);
  await report(s.agencyB, 2019, [9, 0]);
  // An agency that came into being in 2020: not part of 2019.
  late = (await prisma.organisation.create({
    data: { kind: "AGENCY", name: `Ny ${s.ministryId}`, shortName: `Ny-${s.ministryId}`, orgNumber: `Ny-${s.ministryId}`, postalAddress: "-", parentId: s.ministryId, establishedOn: new Date("2020-01-01") },
  })).id;
  await report(late, 2020, [11, 1]);
  // The year still running has figures: preliminary, and never published even when closed.
  await report(s.agencyA, currentYear, [10, 1]);
  for (const year of [2019, 2020, currentYear]) await setYearClosed(s.actors.adviser, year, true);
});
afterAll(() => prisma.$disconnect());

async function mine(): Promise<PublicSector> {
  const [sector] = await getPublicFigures(PUBLIC, [s.ministryId]);
  return sector!;
}

describe("the published figures", () => {
  it("show only the years the ministry has closed, never the year still running nor an open one", async () => {
    const sector = await mine();
    expect(sector.years.map((y) => y.year)).toEqual([2019, 2020]);
    const rows = await getOpenData(PUBLIC, { sektor: ministryOrgNumber });
    expect([...new Set(rows!.map((r) => r.year))]).toEqual([2019, 2020]);
    // Every ministry is listed, this one too; another sector's id is not a sector of its own.
    expect((await listPublicSectors(PUBLIC)).map((m) => m.id)).toContain(s.ministryId);
    expect(await getPublicFigures(PUBLIC, [s.agencyA])).toEqual([]);
  });

  it("list every ministry by name, published once it has closed a year before this one", async () => {
    // A ministry that has closed only the year still running has nothing published yet.
    const fresh = await createTestSector();
    await setYearClosed(fresh.actors.adviser, currentYear, true);
    const sectors = await listPublicSectors(PUBLIC);
    expect(sectors.find((m) => m.id === s.ministryId)).toMatchObject({ orgNumber: ministryOrgNumber, published: true });
    expect(sectors.find((m) => m.id === fresh.ministryId)).toMatchObject({ published: false });
    const names = sectors.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "nb")));
  });

  it("never show a small agency-year's counts, on the page or in the open data", async () => {
    const sector = await mine();
    for (const y of sector.years) {
      expect(y.agencies.find((a) => a.agencyId === small)?.figure).toEqual({ kind: "suppressed" });
      if (y.year === 2020) expect(y.agencies.find((a) => a.agencyId === s.agencyB)?.figure).toEqual({ kind: "suppressed" });
      for (const a of y.agencies) {
        if (a.figure.kind === "shown") expect(a.figure.total).toBeGreaterThanOrEqual(5);
      }
    }
    const rows = (await getOpenData(PUBLIC, { sektor: ministryOrgNumber }))!.filter((r) => r.orgNumber === `Liten-${s.ministryId}`);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect([r.total, r.target, r.shareTenths, r.empty]).toEqual([null, null, null, "suppressed"]);
  });

  it("have one row per sector and year: its sums where shown, who reported, the goal and the state's share", async () => {
    const sector = await mine();
    const [y2019, y2020] = sector.years;
    // 2019: six agencies existed (the new one did not), all reported.
    expect(y2019!.agencies.map((a) => a.agencyId)).not.toContain(late);
    expect([y2019!.sector.reported, y2019!.sector.agencies]).toEqual([6, 6]);
    // 2020: one of seven did not report.
    expect([y2020!.sector.reported, y2020!.sector.agencies]).toEqual([6, 7]);
    expect(y2020!.agencies.find((a) => a.agencyId === silent)?.figure).toEqual({ kind: "notReported" });
    const totals: Record<number, number> = { 2019: 40 + 25 + 3 + 8 + 12 + 9, 2020: 30 + 20 + 2 + 19 + 3 + 11 };
    for (const y of sector.years) {
      if (y.sector.showable) expect(y.sector.total).toBe(totals[y.year]);
      expect(y.goalPercent).toBe(5);
    }
    expect(sector.years.some((y) => y.sector.showable)).toBe(true);
    const sectorRows = (await getOpenData(PUBLIC, { sektor: ministryOrgNumber, aar: 2019 }))!.filter((r) => r.level === "sector");
    expect(sectorRows).toHaveLength(1);
    expect(sectorRows[0]).toMatchObject({ year: 2019, reported: 6, agencies: 6, goalPercent: 5, stateShareTenths: 22, orgNumber: ministryOrgNumber });
    // An unknown sector is no sector.
    expect(await getOpenData(PUBLIC, { sektor: "000000000" })).toBeNull();
  });

  it("are cached until the figures change, and follow a reopened, revised and closed year", async () => {
    const before = await mine();
    expect(await mine()).toBe(before); // the same object: from the cache
    await setYearClosed(s.actors.adviser, 2020, false);
    expect((await mine()).years.map((y) => y.year)).toEqual([2019]);
    const current = await prisma.hiringReport.findUniqueOrThrow({ where: { agencyId_year: { agencyId: s.agencyA, year: 2020 } } });
    await saveOwnReport(s.actors.hrA, { year: 2020, permanentTotal: 24, permanentTarget: 2, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0, reason: "Retting", version: current.version });
    // Revised while open: still not public.
    expect((await mine()).years.map((y) => y.year)).toEqual([2019]);
    await setYearClosed(s.actors.adviser, 2020, true);
    const after = await mine();
    expect(after).not.toBe(before);
    const a2020 = after.years.find((y) => y.year === 2020)!.agencies.find((a) => a.agencyId === s.agencyA)!.figure;
    expect(a2020.kind === "shown" ? [a2020.total, a2020.target] : a2020).toEqual([24, 2]);
  });
});
