import { Heading, Paragraph } from "@/components/ds/primitives";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/auth/action";
import { hiringTexts } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

type YearAction = (year: string) => Promise<ActionResult>;

interface Props {
  years: number[];
  closed: number[];
  mayChange: boolean;
  closeYear: YearAction;
  reopenYear: YearAction;
  locale: Locale;
}

/** Which reporting years the ministry has closed; advisers close and reopen them. */
export function ClosedYears({ years, closed, mayChange, closeYear, reopenYear, locale }: Props) {
  const t = textsIn(hiringTexts, locale).closedYears;
  const closedSet = new Set(closed);
  return (
    <section aria-labelledby="lukkede-aar" className="flex flex-col gap-2">
      <Heading level={2} data-size="sm" id="lukkede-aar">
        {t.heading}
      </Heading>
      <Paragraph data-size="sm">{t.intro}</Paragraph>
      <ul className="flex flex-col gap-2">
        {years.map((y) => (
          <li key={y} className="flex flex-wrap items-center gap-4">
            <span>
              {y}: {closedSet.has(y) ? t.closed : t.open}
            </span>
            {mayChange &&
              (closedSet.has(y) ? (
                <ActionButton action={reopenYear} arg={String(y)} label={t.reopen} pendingLabel={t.reopening} variant="tertiary" context={String(y)} />
              ) : (
                <ActionButton action={closeYear} arg={String(y)} label={t.close} pendingLabel={t.closing} variant="tertiary" context={String(y)} />
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
