import { dashboardSearch, type DashboardQuery } from "@/lib/domain/dashboard-query";
import { dashboardTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/**
 * Chooses the round whose plan statuses the dashboard shows: a plain GET form (keyboard, no
 * script, a link), keeping the table's other choices.
 */
export function RoundChooser({
  query,
  rounds,
  roundId,
  locale,
}: {
  query: DashboardQuery;
  rounds: { id: string; title: string; year: number }[];
  roundId: string | null;
  locale: Locale;
}) {
  const t = textsIn(dashboardTexts, locale).rounds;
  if (rounds.length < 2) return null;
  const keep = [...new URLSearchParams(dashboardSearch(query, { runde: undefined, side: 1 }))];
  return (
    <form method="get" action="/dashbord#planer" className="flex flex-wrap items-end gap-4" aria-label={t.label}>
      <div className="flex flex-col gap-1">
        <label htmlFor="runde" className="font-medium">
          {t.round}
        </label>
        <select id="runde" name="runde" defaultValue={roundId ?? ""} className="ds-input">
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title} ({r.year})
            </option>
          ))}
        </select>
      </div>
      {keep.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="ds-button" data-variant="secondary">
        {t.choose}
      </button>
    </form>
  );
}
