import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { YearLabel } from "@/components/hiring/year-label";
import { figureCountText, figureShareText, noSplitText, sectorShareText, splitPairText, stateShareText } from "@/lib/domain/figure-text";
import { formatCount } from "@/lib/domain/format";
import type { AgencyFigure, HireSplit } from "@/lib/domain/shares";
import { figureTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

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
  shareLabel,
  withState = false,
  withSector = false,
  size,
  locale,
}: {
  rows: YearFiguresRow[];
  caption: string;
  currentYear: number;
  shareLabel?: string;
  withState?: boolean;
  withSector?: boolean;
  size?: "sm";
  locale: Locale;
}) {
  const t = textsIn(figureTexts, locale).table;
  const withSplit = rows.some((r) => r.split);
  return (
    <Table zebra={!size} data-size={size}>
      <caption className="sr-only">{caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">{t.year}</TableHeaderCell>
          <TableHeaderCell scope="col">{t.hires}</TableHeaderCell>
          <TableHeaderCell scope="col">{t.target}</TableHeaderCell>
          <TableHeaderCell scope="col">{shareLabel ?? t.share}</TableHeaderCell>
          {withSplit && (
            <>
              <TableHeaderCell scope="col">{t.permanent}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.temporary}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.trainees}</TableHeaderCell>
            </>
          )}
          {withSector && <TableHeaderCell scope="col">{t.sector}</TableHeaderCell>}
          {withState && <TableHeaderCell scope="col">{t.state}</TableHeaderCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ year, figure, split, sector }) => (
          <TableRow key={year}>
            <TableHeaderCell scope="row">
              <YearLabel year={year} currentYear={currentYear} locale={locale} />
            </TableHeaderCell>
            <TableCell>{figureCountText(figure, "total", locale)}</TableCell>
            <TableCell>{figureCountText(figure, "target", locale)}</TableCell>
            <TableCell>{figureShareText(figure, locale)}</TableCell>
            {withSplit && (
              <>
                <TableCell>{split ? splitPairText(split.permanent, locale) : noSplitText(figure, locale)}</TableCell>
                <TableCell>{split ? splitPairText(split.temporary, locale) : noSplitText(figure, locale)}</TableCell>
                <TableCell>{split ? formatCount(split.trainees, locale) : noSplitText(figure, locale)}</TableCell>
              </>
            )}
            {withSector && <TableCell>{sector ? sectorShareText(sector, locale) : "–"}</TableCell>}
            {withState && <TableCell>{stateShareText(year, locale)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
