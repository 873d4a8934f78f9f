import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { YearLabel } from "@/components/hiring/year-label";
import { figureCountText, figureShareText, noSplitText, sectorShareText, splitPairText, stateShareText } from "@/lib/domain/figure-text";
import { formatCount } from "@/lib/domain/format";
import type { AgencyFigure, HireSplit } from "@/lib/domain/shares";

export interface YearFiguresRow {
  year: number;
  figure: AgencyFigure;
  /** Permanent, temporary and trainees, for those who see the split (lib/access `seesHireSplit`). */
  split?: HireSplit | null;
  /** The sector's year, for the "Sektoren" column. */
  sector?: { showable: boolean; total: number; target: number; reported: number; agencies: number } | null;
}

/**
 * One agency's figures per year, as the viewer may see them; the split into permanent and
 * temporary positions where the viewer sees it; optionally the sector's and the whole state's
 * share beside. Years still running are marked "foreløpig".
 */
export function YearFiguresTable({
  rows,
  caption,
  currentYear,
  shareLabel = "Andel",
  withState = false,
  withSector = false,
  size,
}: {
  rows: YearFiguresRow[];
  caption: string;
  currentYear: number;
  shareLabel?: string;
  withState?: boolean;
  withSector?: boolean;
  size?: "sm";
}) {
  const withSplit = rows.some((r) => r.split);
  return (
    <Table zebra={!size} data-size={size}>
      <caption className="sr-only">{caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">År</TableHeaderCell>
          <TableHeaderCell scope="col">Nytilsatte</TableHeaderCell>
          <TableHeaderCell scope="col">I målgruppen</TableHeaderCell>
          <TableHeaderCell scope="col">{shareLabel}</TableHeaderCell>
          {withSplit && (
            <>
              <TableHeaderCell scope="col">Faste (i målgruppen)</TableHeaderCell>
              <TableHeaderCell scope="col">Midlertidige (i målgruppen)</TableHeaderCell>
              <TableHeaderCell scope="col">Traineer</TableHeaderCell>
            </>
          )}
          {withSector && <TableHeaderCell scope="col">Sektoren</TableHeaderCell>}
          {withState && <TableHeaderCell scope="col">Hele staten</TableHeaderCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ year, figure, split, sector }) => (
          <TableRow key={year}>
            <TableHeaderCell scope="row">
              <YearLabel year={year} currentYear={currentYear} />
            </TableHeaderCell>
            <TableCell>{figureCountText(figure, "total")}</TableCell>
            <TableCell>{figureCountText(figure, "target")}</TableCell>
            <TableCell>{figureShareText(figure)}</TableCell>
            {withSplit && (
              <>
                <TableCell>{split ? splitPairText(split.permanent) : noSplitText(figure)}</TableCell>
                <TableCell>{split ? splitPairText(split.temporary) : noSplitText(figure)}</TableCell>
                <TableCell>{split ? formatCount(split.trainees) : noSplitText(figure)}</TableCell>
              </>
            )}
            {withSector && <TableCell>{sector ? sectorShareText(sector) : "–"}</TableCell>}
            {withState && <TableCell>{stateShareText(year)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
