import { Tag } from "@digdir/designsystemet-react";
import { isPreliminary } from "@/lib/domain/reporting-years";
import { reportingYearsNb } from "@/lib/i18n/reporting-years-nb";

/** A reporting year, marked "foreløpig" while the calendar year is still running. */
export function YearLabel({ year, currentYear }: { year: number; currentYear: number }) {
  if (!isPreliminary(year, currentYear)) return <>{year}</>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {year}{" "}
      <Tag data-color="warning" data-size="sm">
        {reportingYearsNb.preliminary}
      </Tag>
    </span>
  );
}
