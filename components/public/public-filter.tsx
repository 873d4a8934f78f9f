import { YearSelect } from "@/components/hiring/year-select";
import { publicFiguresTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/** The sector and year of the public page: a plain GET form, so it works with keyboard, without script, and in a link. */
export function PublicFilter({
  sectors,
  sector,
  years,
  year,
  locale,
}: {
  sectors: readonly { orgNumber: string; name: string }[];
  /** The chosen sector's ministry's organisation number. */
  sector: string;
  years: readonly number[];
  year: number | null;
  locale: Locale;
}) {
  const t = textsIn(publicFiguresTexts, locale).filter;
  return (
    <form method="get" action="/offentlig" className="flex flex-wrap items-end gap-4" aria-label={t.label}>
      <div className="flex flex-col gap-1">
        <label htmlFor="sektor" className="font-medium">
          {t.sector}
        </label>
        <select id="sektor" name="sektor" defaultValue={sector} className="ds-input">
          {sectors.map((s) => (
            <option key={s.orgNumber} value={s.orgNumber}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {years.length > 0 && <YearSelect years={years} year={year} locale={locale} />}
      <button type="submit" className="ds-button" data-variant="secondary">
        {t.show}
      </button>
    </form>
  );
}
