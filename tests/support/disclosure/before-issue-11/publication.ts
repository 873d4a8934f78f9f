/**
 * What the rules before issue 11 showed one viewer of a sector (the dashboard's figures through
 * `visibleFigures` and `sectorYear`), in the engine's publication shape, so the same attacker can
 * read both. Published periods in force are pooled; withdrawn ones were simply gone (which is the
 * leak of withdrawing and drawing again); a reported year with no hires showed as "none", which
 * tells the viewer it had 0.
 */
import { cellKey, periodKey, type CellView, type Publication, type SectorInput, type TotalView } from "@/lib/domain/disclosure";
import type { PoolingPeriod } from "./shares";
import { sectorYear, visibleFigures, yearStatsOf, type AgencyYearRow } from "./year-stats";

export function publicationBeforeIssue11(input: SectorInput, ownAgencyId: string | null): Publication {
  const visible = new Set(input.years);
  const rows: AgencyYearRow[] = input.reports
    .filter((r) => visible.has(r.year))
    .map((r) => ({
      agencyId: r.agencyId,
      name: r.agencyId,
      year: r.year,
      permanentTotal: r.total,
      permanentTarget: r.target,
      temporaryTotal: 0,
      temporaryTarget: 0,
    }));
  const periods: PoolingPeriod[] = input.periods
    .filter((p) => p.published && !p.withdrawn)
    .map((p) => ({ agencyId: p.agencyId, fromYear: p.fromYear, toYear: p.toYear }));
  const stats = yearStatsOf(rows, periods, ownAgencyId);
  const figures = visibleFigures(rows, stats, periods, ownAgencyId);

  const publication: Publication = { cells: new Map(), sector: new Map(), periods: new Map() };
  for (const year of input.years)
    for (const agencyId of input.agencyIds) {
      const key = cellKey(agencyId, year);
      const figure = figures.get(agencyId)?.get(year);
      let view: CellView;
      if (!figure) view = { kind: "notReported" };
      else if (figure.kind === "none") view = { kind: "shown", total: 0, target: 0 };
      else if (figure.kind === "suppressed") view = { kind: "suppressed", reason: figure.reason };
      else if (figure.kind === "shown") view = { kind: "shown", total: figure.total, target: figure.target };
      else {
        view = { kind: "pooled", period: { fromYear: figure.fromYear, toYear: figure.toYear } };
        publication.periods.set(periodKey({ agencyId, fromYear: figure.fromYear, toYear: figure.toYear }), {
          kind: "shown",
          total: figure.total,
          target: figure.target,
        });
      }
      publication.cells.set(key, view);
    }
  for (const year of input.years) {
    const s = stats.find((x) => x.year === year);
    const y = s ? sectorYear(s, ownAgencyId !== null) : null;
    const view: TotalView = !y
      ? { kind: "shown", total: 0, target: 0, reported: 0, agencies: input.agencyIds.length }
      : y.showable
        ? { kind: "shown", total: y.total, target: y.target, reported: y.agenciesReporting, agencies: input.agencyIds.length }
        : { kind: "suppressed" };
    publication.sector.set(year, view);
  }
  return publication;
}
