import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { figureCountText, figureShareText } from "@/lib/domain/figure-text";
import { figureView, type PublicSectorYear } from "@/lib/domain/public-figures";

/** One published year's agencies, a page of them at a time (links to the other pages work without script). */
export function PublicAgencyTable({
  sectorName,
  year,
  from,
  to,
  previous,
  next,
}: {
  sectorName: string;
  year: PublicSectorYear;
  from: number;
  to: number;
  previous: string | null;
  next: string | null;
}) {
  const rows = year.agencies.slice(from, to);
  const paged = previous !== null || next !== null;
  return (
    <>
      <Table zebra>
        <caption>
          Virksomhetene i {sectorName}, {year.year}
          {paged ? ` (${from + 1}–${to} av ${year.agencies.length})` : ""}
        </caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Virksomhet</TableHeaderCell>
            <TableHeaderCell>Org.nr.</TableHeaderCell>
            <TableHeaderCell>Nytilsatte</TableHeaderCell>
            <TableHeaderCell>I målgruppen</TableHeaderCell>
            <TableHeaderCell>Andel</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((a) => {
            const f = figureView(a.figure);
            return (
              <TableRow key={a.agencyId}>
                <TableHeaderCell scope="row">{a.name}</TableHeaderCell>
                <TableCell>{a.orgNumber}</TableCell>
                <TableCell>{figureCountText(f, "total")}</TableCell>
                <TableCell>{figureCountText(f, "target")}</TableCell>
                <TableCell>{figureShareText(f)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {paged && (
        <nav aria-label="Sider i tabellen over virksomheter" className="flex gap-4">
          {previous !== null && <Link href={previous}>Forrige side</Link>}
          {next !== null && <Link href={next}>Neste side</Link>}
        </nav>
      )}
    </>
  );
}
