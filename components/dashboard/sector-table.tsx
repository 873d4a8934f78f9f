import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { YearLabel } from "@/components/hiring/year-label";
import { sectorShareText, stateShareText } from "@/lib/domain/figure-text";
import { formatCount } from "@/lib/domain/format";
import { goalPercentFor } from "@/lib/domain/reporting-years";
import type { SectorYear } from "@/lib/domain/year-stats";
import { commonTexts } from "@/lib/i18n/common";
import { figureTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/**
 * A sector's years as a table beside the chart (the same numbers): its sums as the viewer may see
 * them, its share with "n av m har rapportert", the whole state's share and how many agencies
 * reached the goal; with `goal`, the goal of each year too (the public page).
 */
export function SectorTable({
  caption,
  rows,
  currentYear,
  goal = false,
  locale,
}: {
  caption: string;
  rows: readonly SectorYear[];
  currentYear: number;
  goal?: boolean;
  locale: Locale;
}) {
  const t = textsIn(figureTexts, locale).table;
  const suppressed = textsIn(commonTexts, locale).figures.suppressed;
  return (
    <Table zebra>
      <caption>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t.year}</TableHeaderCell>
          <TableHeaderCell>{t.hires}</TableHeaderCell>
          <TableHeaderCell>{t.target}</TableHeaderCell>
          <TableHeaderCell>{t.share}</TableHeaderCell>
          {goal && <TableHeaderCell>{t.goal}</TableHeaderCell>}
          <TableHeaderCell>{t.state}</TableHeaderCell>
          <TableHeaderCell>{t.reachedGoal}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((s) => (
          <TableRow key={s.year}>
            <TableHeaderCell scope="row">
              <YearLabel year={s.year} currentYear={currentYear} locale={locale} />
            </TableHeaderCell>
            <TableCell>{s.showable ? formatCount(s.total, locale) : suppressed}</TableCell>
            <TableCell>{s.showable ? formatCount(s.target, locale) : suppressed}</TableCell>
            <TableCell>{sectorShareText(s, locale)}</TableCell>
            {goal && <TableCell>{t.goalOf(goalPercentFor(s.year))}</TableCell>}
            <TableCell>{stateShareText(s.year, locale)}</TableCell>
            <TableCell>
              {t.reachedOf(s.agenciesReachingGoal, s.agenciesCounted)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
