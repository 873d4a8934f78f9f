import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/auth/action";

type YearAction = (year: string) => Promise<ActionResult>;

interface Props {
  years: number[];
  closed: number[];
  mayChange: boolean;
  closeYear: YearAction;
  reopenYear: YearAction;
}

/** Which reporting years the ministry has closed; advisers close and reopen them. */
export function ClosedYears({ years, closed, mayChange, closeYear, reopenYear }: Props) {
  const closedSet = new Set(closed);
  return (
    <section aria-labelledby="lukkede-aar" className="flex flex-col gap-2">
      <Heading level={2} data-size="sm" id="lukkede-aar">
        Rapporteringsår
      </Heading>
      <Paragraph data-size="sm">Når departementet lukker et år, kan virksomhetene ikke lenger endre tallene for året.</Paragraph>
      <ul className="flex flex-col gap-2">
        {years.map((y) => (
          <li key={y} className="flex flex-wrap items-center gap-4">
            <span>
              {y}: {closedSet.has(y) ? "lukket" : "åpent"}
            </span>
            {mayChange &&
              (closedSet.has(y) ? (
                <ActionButton action={reopenYear} arg={String(y)} label="Åpne året igjen" pendingLabel="Åpner …" variant="tertiary" context={String(y)} />
              ) : (
                <ActionButton action={closeYear} arg={String(y)} label="Lukk året" pendingLabel="Lukker …" variant="tertiary" context={String(y)} />
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
