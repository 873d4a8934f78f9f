import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { figureCountText, figureShareText, stateShareText } from "@/lib/domain/figure-text";
import type { AgencyFigure } from "@/lib/domain/shares";

/** One agency's figures per year, as the viewer may see them; optionally with the whole state's share beside. */
export function YearFiguresTable({
  rows,
  caption,
  shareLabel = "Andel",
  withState = false,
  size,
}: {
  rows: { year: number; figure: AgencyFigure }[];
  caption: string;
  shareLabel?: string;
  withState?: boolean;
  size?: "sm";
}) {
  return (
    <Table zebra={!size} data-size={size}>
      <caption className="sr-only">{caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">År</TableHeaderCell>
          <TableHeaderCell scope="col">Nytilsatte</TableHeaderCell>
          <TableHeaderCell scope="col">I målgruppen</TableHeaderCell>
          <TableHeaderCell scope="col">{shareLabel}</TableHeaderCell>
          {withState && <TableHeaderCell scope="col">Hele staten</TableHeaderCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ year, figure }) => (
          <TableRow key={year}>
            <TableHeaderCell scope="row">{year}</TableHeaderCell>
            <TableCell>{figureCountText(figure, "total")}</TableCell>
            <TableCell>{figureCountText(figure, "target")}</TableCell>
            <TableCell>{figureShareText(figure)}</TableCell>
            {withState && <TableCell>{stateShareText(year)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
