import { NativeDetails } from "@/components/ds/primitives";
import { reportingYear, yearsByRules } from "@/lib/domain/reporting-years";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { reportingYearsTexts } from "@/lib/i18n/reporting-years";

/** The definitions in force for one run of years with the same rules: who is in the target group, what counts, what does not. */
function RulesFor({ years, locale }: { years: number[]; locale: Locale }) {
  const t = textsIn(reportingYearsTexts, locale);
  const r = reportingYear(years[0]!);
  const cause = t.cvGapCause[r.cvGap];
  return (
    <NativeDetails>
      <summary>{t.heading(t.years(years))}</summary>
      <div>
        <div className="flex flex-col gap-3">
          <p>{t.goal(r.goalPercent)}</p>
          <div>
            <p className="font-semibold">{t.targetGroup}</p>
            <ul className="list-disc pl-5">
              <li>{t.disability[r.disability]}</li>
              <li>
                {t.cvGap[r.cvGap]}
                {cause && <> {cause}</>}
              </li>
              <li>{t.once}</li>
            </ul>
          </div>
          <div>
            <p className="font-semibold">{t.countedHeading}</p>
            <ul className="list-disc pl-5">
              {r.counted.map((k) => (
                <li key={k}>{t.counted[k]}</li>
              ))}
            </ul>
            <p>{t.traineeProgramme[r.traineeProgrammeFor]}</p>
          </div>
          <div>
            <p className="font-semibold">{t.notCountedHeading}</p>
            <ul className="list-disc pl-5">
              {r.notCounted.map((k) => (
                <li key={k}>{t.notCounted[k]}</li>
              ))}
            </ul>
          </div>
        </div>
      </div>
    </NativeDetails>
  );
}

/**
 * The definitions in force for the years shown or entered, one disclosure per run of years with
 * the same rules ("Slik telles det for 2019", "… for 2020–2021"): the 2020 CV-gap definition with
 * its cause condition, and the older wording before it.
 */
export function CountingRules({ years, locale }: { years: readonly number[]; locale: Locale }) {
  const groups = yearsByRules(years);
  if (groups.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      {groups.map((g) => (
        <RulesFor key={g[0]} years={g} locale={locale} />
      ))}
    </div>
  );
}
