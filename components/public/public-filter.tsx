import { YearSelect } from "@/components/hiring/year-select";

/** The sector and year of the public page: a plain GET form, so it works with keyboard, without script, and in a link. */
export function PublicFilter({
  sectors,
  sector,
  years,
  year,
}: {
  sectors: readonly { orgNumber: string; name: string }[];
  /** The chosen sector's ministry's organisation number. */
  sector: string;
  years: readonly number[];
  year: number | null;
}) {
  return (
    <form method="get" action="/offentlig" className="flex flex-wrap items-end gap-4" aria-label="Velg sektor og år">
      <div className="flex flex-col gap-1">
        <label htmlFor="sektor" className="font-medium">
          Sektor
        </label>
        <select id="sektor" name="sektor" defaultValue={sector} className="ds-input">
          {sectors.map((s) => (
            <option key={s.orgNumber} value={s.orgNumber}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {years.length > 0 && <YearSelect years={years} year={year} />}
      <button type="submit" className="ds-button" data-variant="secondary">
        Vis
      </button>
    </form>
  );
}
