"use client";

// When someone else saved the sector plan since it was opened: their newer text is shown and the
// adviser chooses, never overwritten silently. "Behold min tekst" takes the newer version number,
// so that the next save replaces theirs on purpose; "Bruk den nye teksten" loads theirs.
import { Alert, Button, Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { sectorPlanPlainText } from "@/lib/domain/sector-plan-text";

export interface SectorPlanConflict {
  version: number;
  content: SectorPlanContent;
}

export function ConflictChoice({ conflict, keepMine, useTheirs }: { conflict: SectorPlanConflict; keepMine: () => void; useTheirs: () => void }) {
  return (
    <Alert data-color="warning" role="alert">
      <Heading level={2} data-size="xs">
        Noen andre har lagret planen
      </Heading>
      <Paragraph>Teksten din står fortsatt i skjemaet. Velg hva du vil gjøre.</Paragraph>
      <Details>
        <Details.Summary>Se den nye teksten</Details.Summary>
        <Details.Content>
          <p className="whitespace-pre-wrap">{sectorPlanPlainText(conflict.content)}</p>
        </Details.Content>
      </Details>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={keepMine}>
          Behold min tekst
        </Button>
        <Button type="button" variant="tertiary" onClick={useTheirs}>
          Bruk den nye teksten
        </Button>
      </div>
    </Alert>
  );
}
