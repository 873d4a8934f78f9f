"use client";

import { forwardRef } from "react";
import { Alert, Button, Heading, Paragraph } from "@/components/ds/primitives";
import { useLocale } from "@/components/i18n/locale-provider";
import type { PlanContent } from "@/lib/domain/plan-content";
import { textsIn } from "@/lib/i18n/messages";
import { planTexts } from "@/lib/i18n/plan-nb";
import { planEditorTexts } from "@/lib/i18n/plan-editor";
import { conflictSummary } from "./content";

/**
 * Someone else saved a newer version: what differs in theirs, and the two ways out.
 * Nothing is overwritten until the user chooses.
 */
export const ConflictPanel = forwardRef<
  HTMLDivElement,
  { mine: PlanContent; theirs: PlanContent; intro: string; busy: boolean; onUseTheirs: () => void; onKeepMine: () => void }
>(function ConflictPanel({ mine, theirs, intro, busy, onUseTheirs, onKeepMine }, ref) {
  const locale = useLocale();
  const t = textsIn(planEditorTexts, locale);
  const elements = textsIn(planTexts, locale).elements;
  const differences = conflictSummary(mine, theirs, locale);
  return (
    <Alert ref={ref} tabIndex={-1} data-color="warning" aria-labelledby="plan-conflict-heading">
      <Heading level={2} data-size="xs" id="plan-conflict-heading" className="mb-2">
        {t.conflictTitle}
      </Heading>
      <Paragraph className="mb-3">{intro}</Paragraph>
      {differences.length === 0 ? (
        <Paragraph className="mb-3">{t.conflictSame}</Paragraph>
      ) : (
        <>
          <Paragraph className="mb-2">{t.conflictDiffers}</Paragraph>
          <dl className="mb-3 flex flex-col gap-3">
            {differences.map(({ element, lines }) => (
              <div key={element}>
                <dt className="font-semibold">{elements[element]}</dt>
                <dd>
                  {lines.length === 0 ? (
                    <p>{t.empty}</p>
                  ) : (
                    <ul className="ml-6 list-disc">
                      {lines.map((line, i) => (
                        <li key={i} className="whitespace-pre-line">
                          {line}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={onUseTheirs} disabled={busy}>
          {t.useTheirs}
        </Button>
        <Button type="button" variant="primary" onClick={onKeepMine} disabled={busy}>
          {t.keepMine}
        </Button>
      </div>
    </Alert>
  );
});
