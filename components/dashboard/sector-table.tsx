import { Table } from "@/components/ds/primitives";
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
      <thead>
        <tr>
          <th>{t.year}</th>
          <th>{t.hires}</th>
          <th>{t.target}</th>
          <th>{t.share}</th>
          {goal && <th>{t.goal}</th>}
          <th>{t.state}</th>
          <th>{t.reachedGoal}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.year}>
            <th scope="row">
              <YearLabel year={s.year} currentYear={currentYear} locale={locale} />
            </th>
            <td>{s.showable ? formatCount(s.total, locale) : suppressed}</td>
            <td>{s.showable ? formatCount(s.target, locale) : suppressed}</td>
            <td>{sectorShareText(s, locale)}</td>
            {goal && <td>{t.goalOf(goalPercentFor(s.year))}</td>}
            <td>{stateShareText(s.year, locale)}</td>
            <td>
              {t.reachedOf(s.agenciesReachingGoal, s.agenciesCounted)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
