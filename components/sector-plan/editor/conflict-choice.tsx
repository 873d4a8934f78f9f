"use client";

// When someone else saved the sector plan since it was opened: their newer text is shown and the
// adviser chooses, never overwritten silently. "Behold min tekst" takes the newer version number,
// so that the next save replaces theirs on purpose; "Bruk den nye teksten" loads theirs.
import { Details } from "@/components/ds/details";
import { Alert, Button, Heading, Paragraph } from "@/components/ds/primitives";
import { useTexts } from "@/components/i18n/locale-provider";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { sectorPlanPlainText } from "@/lib/domain/sector-plan-text";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";

export interface SectorPlanConflict {
  version: number;
  content: SectorPlanContent;
}

export function ConflictChoice({ conflict, keepMine, useTheirs }: { conflict: SectorPlanConflict; keepMine: () => void; useTheirs: () => void }) {
  const t = useTexts(sectorPlanUiTexts).editor;
  return (
    <Alert data-color="warning" role="alert">
      <Heading level={2} data-size="xs">
        {t.conflictHeading}
      </Heading>
      <Paragraph>{t.conflictIntro}</Paragraph>
      <Details>
        <Details.Summary>{t.conflictShow}</Details.Summary>
        <Details.Content>
          <p className="whitespace-pre-wrap" lang="nb">{sectorPlanPlainText(conflict.content)}</p>
        </Details.Content>
      </Details>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={keepMine}>
          {t.keepMine}
        </Button>
        <Button type="button" variant="tertiary" onClick={useTheirs}>
          {t.useTheirs}
        </Button>
      </div>
    </Alert>
  );
}
