import { Table, Tag } from "@/components/ds/primitives";
import { PLAN_STATUS_COLORS } from "@/components/ui/plan-status-colors";
import { TrendLine } from "@/components/dashboard/trend-line";
import { figureCountText, figureShareText } from "@/lib/domain/figure-text";
import type { AgencyRow, Dashboard } from "@/lib/data/dashboard";
import { dashboardSearch, type DashboardQuery, type SortKey } from "@/lib/domain/dashboard-query";
import { commonTexts } from "@/lib/i18n/common";
import { dashboardTexts, figureTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/** The table's columns: the sort key (none for the trend and the target group) and the header for the year shown. */
function columns(locale: Locale): { key: SortKey | null; id: string; label: (year: number | null) => string }[] {
  const col = textsIn(figureTexts, locale).table;
  const t = textsIn(dashboardTexts, locale).table;
  return [
    { key: "navn", id: "navn", label: () => col.agency },
    { key: "andel", id: "andel", label: (y) => t.withYear(col.share, y) },
    { key: null, id: "utvikling", label: () => t.trend },
    { key: "nytilsatte", id: "nytilsatte", label: (y) => t.withYear(col.hires, y) },
    { key: null, id: "malgruppe", label: (y) => t.withYear(col.target, y) },
    { key: "plan", id: "plan", label: () => t.plan },
  ];
}

/** A column header that sorts by its column: a link (keyboard and screen reader friendly), with aria-sort. */
function SortHeader({ query, column, label, locale }: { query: DashboardQuery; column: SortKey; label: string; locale: Locale }) {
  const t = textsIn(dashboardTexts, locale).table;
  const active = query.sorter === column;
  const next = active && query.retning === "stigende" ? "synkende" : "stigende";
  return (
    <th aria-sort={active ? (query.retning === "stigende" ? "ascending" : "descending") : "none"}>
      <a href={`/dashbord${dashboardSearch(query, { sorter: column, retning: next, side: 1 })}#virksomheter`} className="whitespace-nowrap">
        {label}
        <span aria-hidden="true">{active ? (query.retning === "stigende" ? " ▲" : " ▼") : " ↕"}</span>
        <span className="sr-only">{next === "stigende" ? t.sortAscending : t.sortDescending}</span>
      </a>
    </th>
  );
}

function AgencyTableRow({ row, years, year, locale }: { row: AgencyRow; years: number[]; year: number | null; locale: Locale }) {
  const f = year === null ? undefined : row.figures[year];
  return (
    <tr>
      <th scope="row">
        <a href={`/virksomheter/${row.id}`}>{row.name}</a>
      </th>
      <td>{figureShareText(f, locale)}</td>
      <td>
        <TrendLine years={years} figures={row.figures} locale={locale} />
      </td>
      <td>{figureCountText(f, "total", locale)}</td>
      <td>{figureCountText(f, "target", locale)}</td>
      <td>{row.planStatus ? <Tag data-color={PLAN_STATUS_COLORS[row.planStatus]}>{textsIn(commonTexts, locale).planStatus[row.planStatus]}</Tag> : textsIn(dashboardTexts, locale).table.noPlan}</td>
    </tr>
  );
}

/**
 * The agency table: sortable headers, the filter's matches, paged. Plain links and elements, no
 * client components: 25 rows render cheaply and a view prefetches no agency pages (decision
 * record 033).
 */
export function AgencyTable({ d, query, locale }: { d: Dashboard; query: DashboardQuery; locale: Locale }) {
  const t = textsIn(dashboardTexts, locale).table;
  const col = textsIn(figureTexts, locale).table;
  const page = Math.min(query.side, d.pages);
  return (
    <div className="flex flex-col gap-3">
      <p role="status">
        {d.matches === 0 ? t.noMatches : t.matches(d.matches, page, d.pages)}
      </p>
      <div className="overflow-x-auto">
        <Table zebra>
          <caption className="sr-only">
            {t.caption(
              d.year,
              d.sector.some((s) => s.year === d.year && s.preliminary),
            )}
          </caption>
          <thead>
            <tr>
              {columns(locale).map((c) =>
                c.key ? (
                  <SortHeader key={c.id} query={query} column={c.key} label={c.label(d.year)} locale={locale} />
                ) : (
                  <th key={c.id}>{c.label(d.year)}</th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {d.agencies.map((a) => (
              <AgencyTableRow key={a.id} row={a} years={d.years} year={d.year} locale={locale} />
            ))}
          </tbody>
        </Table>
      </div>
      {d.pages > 1 && (
        <nav aria-label={t.pagesLabel} className="flex gap-4">
          {page > 1 && <a href={`/dashbord${dashboardSearch(query, { side: page - 1 })}#virksomheter`}>{col.previousPage}</a>}
          {page < d.pages && <a href={`/dashbord${dashboardSearch(query, { side: page + 1 })}#virksomheter`}>{col.nextPage}</a>}
        </nav>
      )}
    </div>
  );
}
