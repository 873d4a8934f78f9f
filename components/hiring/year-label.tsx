import { Tag } from "@/components/ui/plain";
import { isPreliminary } from "@/lib/domain/reporting-years";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { reportingYearsTexts } from "@/lib/i18n/reporting-years";

/** A reporting year, marked "foreløpig" while the calendar year is still running. */
export function YearLabel({ year, currentYear, locale }: { year: number; currentYear: number; locale: Locale }) {
  if (!isPreliminary(year, currentYear)) return <>{year}</>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {year}{" "}
      <Tag data-color="warning" data-size="sm">
        {textsIn(reportingYearsTexts, locale).preliminary}
      </Tag>
    </span>
  );
}
