import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { TrendLine } from "@/components/dashboard/trend-line";
import { figureCountText, figureShareText } from "@/lib/domain/figure-text";
import { PlanStatusTag } from "@/components/ui/status-tag";
import type { AgencyRow, Dashboard } from "@/lib/data/dashboard";
import { dashboardSearch, type DashboardQuery, type SortKey } from "@/lib/domain/dashboard-query";

const COLUMNS: { key: SortKey | null; label: (year: number | null) => string }[] = [
  { key: "navn", label: () => "Virksomhet" },
  { key: "andel", label: (y) => `Andel ${y ?? ""}` },
  { key: null, label: () => "Utvikling" },
  { key: "nytilsatte", label: (y) => `Nytilsatte ${y ?? ""}` },
  { key: null, label: (y) => `I målgruppen ${y ?? ""}` },
  { key: "plan", label: () => "Handlingsplan" },
];

/** A column header that sorts by its column: a link (keyboard and screen reader friendly), with aria-sort. */
function SortHeader({ query, column, label }: { query: DashboardQuery; column: SortKey; label: string }) {
  const active = query.sorter === column;
  const next = active && query.retning === "stigende" ? "synkende" : "stigende";
  return (
    <TableHeaderCell aria-sort={active ? (query.retning === "stigende" ? "ascending" : "descending") : "none"}>
      <Link href={`/dashbord${dashboardSearch(query, { sorter: column, retning: next, side: 1 })}#virksomheter`} className="whitespace-nowrap">
        {label}
        <span aria-hidden="true">{active ? (query.retning === "stigende" ? " ▲" : " ▼") : " ↕"}</span>
        <span className="sr-only">, sorter {next}</span>
      </Link>
    </TableHeaderCell>
  );
}

function AgencyTableRow({ row, years, year }: { row: AgencyRow; years: number[]; year: number | null }) {
  const f = year === null ? undefined : row.figures[year];
  return (
    <TableRow>
      <TableHeaderCell scope="row">
        <Link href={`/virksomheter/${row.id}`}>{row.name}</Link>
      </TableHeaderCell>
      <TableCell>{figureShareText(f)}</TableCell>
      <TableCell>
        <TrendLine years={years} figures={row.figures} />
      </TableCell>
      <TableCell>{figureCountText(f, "total")}</TableCell>
      <TableCell>{figureCountText(f, "target")}</TableCell>
      <TableCell>{row.planStatus ? <PlanStatusTag status={row.planStatus} /> : "Ingen plan"}</TableCell>
    </TableRow>
  );
}

/** The agency table: sortable headers, the filter's matches, paged. */
export function AgencyTable({ d, query }: { d: Dashboard; query: DashboardQuery }) {
  const page = Math.min(query.side, d.pages);
  return (
    <div className="flex flex-col gap-3">
      <p role="status">
        {d.matches === 0 ? "Ingen virksomheter passer til filteret." : `${d.matches} virksomheter${d.pages > 1 ? `, side ${page} av ${d.pages}` : ""}.`}
      </p>
      <div className="overflow-x-auto">
        <Table zebra>
          <caption className="sr-only">
            Andel i målgruppen per virksomhet i {d.year ?? "siste år"}
            {d.sector.some((s) => s.year === d.year && s.preliminary) ? " (foreløpige tall)" : ""}, med utviklingen over årene og handlingsplanstatus
          </caption>
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) =>
                c.key ? (
                  <SortHeader key={c.key} query={query} column={c.key} label={c.label(d.year).trim()} />
                ) : (
                  <TableHeaderCell key={c.label(null)}>{c.label(d.year).trim()}</TableHeaderCell>
                ),
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {d.agencies.map((a) => (
              <AgencyTableRow key={a.id} row={a} years={d.years} year={d.year} />
            ))}
          </TableBody>
        </Table>
      </div>
      {d.pages > 1 && (
        <nav aria-label="Sider i tabellen" className="flex gap-4">
          {page > 1 && <Link href={`/dashbord${dashboardSearch(query, { side: page - 1 })}#virksomheter`}>Forrige side</Link>}
          {page < d.pages && <Link href={`/dashbord${dashboardSearch(query, { side: page + 1 })}#virksomheter`}>Neste side</Link>}
        </nav>
      )}
    </div>
  );
}
