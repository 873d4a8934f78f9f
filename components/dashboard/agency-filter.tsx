import { ValidationMessage } from "@/components/ui/plain";
import type { DashboardQuery } from "@/lib/domain/dashboard-query";
import { PLAN_STATUSES } from "@/lib/domain/plan";
import { YearSelect } from "@/components/hiring/year-select";
import { commonTexts } from "@/lib/i18n/common";
import { dashboardTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/** Filters for the agency table: a plain GET form, so it works with keyboard, without script, and in a link. */
export function AgencyFilter({
  query,
  years,
  year,
  currentYear,
  searchError,
  locale,
}: {
  query: DashboardQuery;
  years: number[];
  /** The year the table shows (the latest complete one unless chosen). */
  year: number | null;
  currentYear: number;
  searchError?: string;
  locale: Locale;
}) {
  const t = textsIn(dashboardTexts, locale).filter;
  return (
    <form method="get" action="/dashbord#virksomheter" className="flex flex-wrap items-end gap-4" aria-label={t.label}>
      <div className="flex flex-col gap-1">
        <label htmlFor="sok" className="font-medium">
          {t.search}
        </label>
        <input
          id="sok"
          name="sok"
          type="search"
          defaultValue={query.sok}
          className="ds-input"
          autoComplete="off"
          aria-invalid={searchError ? true : undefined}
          aria-describedby={searchError ? "sok-feil" : undefined}
        />
        {searchError && <ValidationMessage id="sok-feil">{searchError}</ValidationMessage>}
      </div>
      <YearSelect years={years} year={year} currentYear={currentYear} locale={locale} />
      <div className="flex flex-col gap-1">
        <label htmlFor="plan" className="font-medium">
          {t.plan}
        </label>
        <select id="plan" name="plan" defaultValue={query.plan ?? ""} className="ds-input">
          <option value="">{t.all}</option>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {textsIn(commonTexts, locale).planStatus[s]}
            </option>
          ))}
          <option value="INGEN">{t.noPlan}</option>
        </select>
      </div>
      <input type="hidden" name="sorter" value={query.sorter} />
      <input type="hidden" name="retning" value={query.retning} />
      {query.runde && <input type="hidden" name="runde" value={query.runde} />}
      <button type="submit" className="ds-button" data-variant="secondary">
        {t.show}
      </button>
    </form>
  );
}
