import { isPreliminary } from "@/lib/domain/reporting-years";
import { reportingYearsNb } from "@/lib/i18n/reporting-years-nb";

/** The "År" field of a GET form (name "aar"): a year still running is marked "foreløpig" when the calendar year is given. */
export function YearSelect({ years, year, currentYear }: { years: readonly number[]; year: number | null; currentYear?: number }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="aar" className="font-medium">
        År
      </label>
      <select id="aar" name="aar" defaultValue={year ?? undefined} className="ds-input">
        {years.map((y) => (
          <option key={y} value={y}>
            {currentYear !== undefined && isPreliminary(y, currentYear) ? `${y} (${reportingYearsNb.preliminary})` : y}
          </option>
        ))}
      </select>
    </div>
  );
}
