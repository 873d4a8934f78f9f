import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { YearLabel } from "@/components/hiring/year-label";
import { sectorShareText, stateShareText } from "@/lib/domain/figure-text";
import { formatCount } from "@/lib/domain/format";
import { goalPercentFor } from "@/lib/domain/reporting-years";
import type { SectorYear } from "@/lib/domain/year-stats";
import { nb } from "@/lib/i18n/nb";

/**
 * A sector's years as a table beside the chart (the same numbers): its sums as the viewer may see
 * them, its share with "n av m har rapportert", the whole state's share and how many agencies
 * reached the goal; with `goal`, the goal of each year too (the public page).
 */
export function SectorTable({ caption, rows, currentYear, goal = false }: { caption: string; rows: readonly SectorYear[]; currentYear: number; goal?: boolean }) {
  return (
    <Table zebra>
      <caption>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>År</TableHeaderCell>
          <TableHeaderCell>Nytilsatte</TableHeaderCell>
          <TableHeaderCell>I målgruppen</TableHeaderCell>
          <TableHeaderCell>Andel</TableHeaderCell>
          {goal && <TableHeaderCell>Mål</TableHeaderCell>}
          <TableHeaderCell>Hele staten</TableHeaderCell>
          <TableHeaderCell>Virksomheter som nådde målet</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((s) => (
          <TableRow key={s.year}>
            <TableHeaderCell scope="row">
              <YearLabel year={s.year} currentYear={currentYear} />
            </TableHeaderCell>
            <TableCell>{s.showable ? formatCount(s.total) : nb.figures.suppressed}</TableCell>
            <TableCell>{s.showable ? formatCount(s.target) : nb.figures.suppressed}</TableCell>
            <TableCell>{sectorShareText(s)}</TableCell>
            {goal && <TableCell>{`Mål ${goalPercentFor(s.year)}\u00a0%`}</TableCell>}
            <TableCell>{stateShareText(s.year)}</TableCell>
            <TableCell>
              {s.agenciesReachingGoal} av {s.agenciesCounted}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
