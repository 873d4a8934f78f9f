import { isPreliminary } from "@/lib/domain/reporting-years";
import { figureTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { reportingYearsTexts } from "@/lib/i18n/reporting-years";

/** The "År" field of a GET form (name "aar"): a year still running is marked "foreløpig" when the calendar year is given. */
export function YearSelect({ years, year, currentYear, locale }: { years: readonly number[]; year: number | null; currentYear?: number; locale: Locale }) {
  const preliminary = textsIn(reportingYearsTexts, locale).preliminary;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="aar" className="font-medium">
        {textsIn(figureTexts, locale).table.year}
      </label>
      <select id="aar" name="aar" defaultValue={year ?? undefined} className="ds-input">
        {years.map((y) => (
          <option key={y} value={y}>
            {currentYear !== undefined && isPreliminary(y, currentYear) ? `${y} (${preliminary})` : y}
          </option>
        ))}
      </select>
    </div>
  );
}
