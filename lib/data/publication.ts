import "server-only";
import type { Db } from "@/lib/data/hiring-stats";
import { cachedForSectors } from "@/lib/data/view-cache";
import { publish, type Publication, type SectorInput } from "@/lib/domain/disclosure";
import { targetHires, totalHires } from "@/lib/domain/shares";
import { existedIn } from "@/lib/domain/year-stats";

// What everyone outside a sector's governing ministry and audit office may see of its figures: one
// publication per sector, made by the disclosure control engine (lib/domain/disclosure,
// docs/decisions/015-disclosure-control.md) over every reported year, and cached until the sector's
// figures change. The public page shows the years the ministry has published of it; an agency's
// own people see it with their own figures as they are (`withOwnFigures`). One publication for all
// outside viewers, so that no two of them can be combined to give a small count away.

export interface SectorPublication {
  input: SectorInput;
  publication: Publication;
  /** The agencies that existed each year (for "2 av 11 har rapportert"). */
  agenciesByYear: Map<number, number>;
  /** Years the ministry has closed: published to the public. */
  publishedYears: number[];
}

/** The sector's figures as the engine takes them, in one snapshot. */
async function sectorInput(db: Db, sectorId: string) {
  const [agencies, reports, periods, closed] = await Promise.all([
    db.organisation.findMany({ where: { kind: "AGENCY", parentId: sectorId }, select: { id: true, establishedOn: true }, orderBy: { id: "asc" } }),
    db.hiringReport.findMany({
      where: { agency: { kind: "AGENCY", parentId: sectorId } },
      select: { agencyId: true, year: true, permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true },
    }),
    db.poolingConsent.findMany({
      where: { status: { in: ["APPROVED", "WITHDRAWN"] }, agency: { kind: "AGENCY", parentId: sectorId } },
      select: { agencyId: true, fromYear: true, toYear: true, status: true },
    }),
    db.closedYear.findMany({ where: { ministryId: sectorId }, select: { year: true } }),
  ]);
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b);
  const input: SectorInput = {
    sectorId,
    years,
    agencyIds: agencies.map((a) => a.id),
    reports: reports.map((r) => ({ agencyId: r.agencyId, year: r.year, total: totalHires(r), target: targetHires(r) })),
    periods: periods.map((p) => ({ agencyId: p.agencyId, fromYear: p.fromYear, toYear: p.toYear, published: p.status === "APPROVED", withdrawn: p.status === "WITHDRAWN" })),
  };
  const agenciesByYear = new Map(years.map((y) => [y, agencies.filter((a) => existedIn(a, y)).length]));
  return { input, agenciesByYear, publishedYears: closed.map((c) => c.year).sort((a, b) => a - b) };
}

/**
 * The sector's publication for outside viewers (the public's; an agency adds its own figures with
 * `withOwnFigures`). No access check here: it is what anyone may see; callers decide who gets the
 * exact counts instead (lib/access/figures.ts).
 */
export async function sectorPublication(sectorId: string): Promise<SectorPublication> {
  return cachedForSectors([sectorId], JSON.stringify(["publication", sectorId]), async (db) => {
    const { input, agenciesByYear, publishedYears } = await sectorInput(db, sectorId);
    return { input, publication: publish(input, { ownAgencyId: null }), agenciesByYear, publishedYears };
  });
}
