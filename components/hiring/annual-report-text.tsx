import { Heading, Paragraph } from "@digdir/designsystemet-react";

/** The chapter 4 text for the annual report, ready to copy. */
export function AnnualReportText({ year, text }: { year: number; text: string }) {
  return (
    <section aria-labelledby="aarsrapport" className="flex flex-col gap-2">
      <Heading level={2} data-size="md" id="aarsrapport">
        Tekst til årsrapporten {year}, kapittel 4
      </Heading>
      <Paragraph data-size="sm">Teksten bygger på tallene for {year} og tiltakene i siste innsendte handlingsplan. Kopier den inn i årsrapporten.</Paragraph>
      <label htmlFor="aarsrapport-tekst" className="sr-only">
        Tekst til årsrapporten {year}
      </label>
      <textarea id="aarsrapport-tekst" readOnly rows={10} value={text} className="w-full rounded border border-[var(--ds-color-neutral-border-default)] p-3" />
    </section>
  );
}
