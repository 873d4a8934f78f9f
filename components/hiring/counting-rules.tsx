import { Details, DetailsContent, DetailsSummary } from "@digdir/designsystemet-react";
import { cvGapDefinitionFor, temporaryHiresCount } from "@/lib/domain/definitions";
import { nb } from "@/lib/i18n/nb";

/** The definitions in force for a reporting year, and what does not count. */
export function CountingRules({ year }: { year: number }) {
  const d = nb.definitions;
  return (
    <Details>
      <DetailsSummary>{d.heading(year)}</DetailsSummary>
      <DetailsContent>
        <ul className="list-disc pl-5">
          <li>{d.disability}</li>
          <li>{d.cvGap[cvGapDefinitionFor(year)]}</li>
          <li>{d.temporary[temporaryHiresCount(year)]}</li>
          <li>{d.trainees}</li>
          <li>{d.once}</li>
          <li>{d.notCounted}</li>
        </ul>
      </DetailsContent>
    </Details>
  );
}
