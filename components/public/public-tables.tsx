import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { figureCountText, figureShareText } from "@/lib/domain/figure-text";
import { figureView, type PublicSectorYear } from "@/lib/domain/public-figures";
import { figureTexts, publicFiguresTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/** One published year's agencies, a page of them at a time (links to the other pages work without script). */
export function PublicAgencyTable({
  sectorName,
  year,
  from,
  to,
  previous,
  next,
  locale,
}: {
  sectorName: string;
  year: PublicSectorYear;
  from: number;
  to: number;
  previous: string | null;
  next: string | null;
  locale: Locale;
}) {
  const t = textsIn(publicFiguresTexts, locale);
  const col = textsIn(figureTexts, locale).table;
  const rows = year.agencies.slice(from, to);
  const paged = previous !== null || next !== null;
  return (
    <>
      <Table zebra>
        <caption>
          {t.agencyCaption(sectorName, year.year, paged ? { from: from + 1, to, of: year.agencies.length } : null)}
        </caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{col.agency}</TableHeaderCell>
            <TableHeaderCell>{col.orgNumber}</TableHeaderCell>
            <TableHeaderCell>{col.hires}</TableHeaderCell>
            <TableHeaderCell>{col.target}</TableHeaderCell>
            <TableHeaderCell>{col.share}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((a) => {
            const f = figureView(a.figure);
            return (
              <TableRow key={a.agencyId}>
                <TableHeaderCell scope="row">{a.name}</TableHeaderCell>
                <TableCell>{a.orgNumber}</TableCell>
                <TableCell>{figureCountText(f, "total", locale)}</TableCell>
                <TableCell>{figureCountText(f, "target", locale)}</TableCell>
                <TableCell>{figureShareText(f, locale)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {paged && (
        <nav aria-label={t.pagesLabel} className="flex gap-4">
          {previous !== null && <Link href={previous}>{col.previousPage}</Link>}
          {next !== null && <Link href={next}>{col.nextPage}</Link>}
        </nav>
      )}
    </>
  );
}
