import Link from "next/link";
import { Table } from "@/components/ds/primitives";
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
        <thead>
          <tr>
            <th>{col.agency}</th>
            <th>{col.orgNumber}</th>
            <th>{col.hires}</th>
            <th>{col.target}</th>
            <th>{col.share}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const f = figureView(a.figure);
            return (
              <tr key={a.agencyId}>
                <th scope="row">{a.name}</th>
                <td>{a.orgNumber}</td>
                <td>{figureCountText(f, "total", locale)}</td>
                <td>{figureCountText(f, "target", locale)}</td>
                <td>{figureShareText(f, locale)}</td>
              </tr>
            );
          })}
        </tbody>
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
