"use client";

import { useEffect, useRef } from "react";
import { Button, Heading, Paragraph } from "@/components/ds/primitives";
import { useTexts } from "@/components/i18n/locale-provider";
import { shellTexts } from "@/lib/i18n/shell";

export interface StaleField {
  label: string;
  /** What is saved now (someone else's save). */
  saved: string;
  /** What the user has in the form. */
  mine: string;
}

interface Props {
  heading: string;
  /** Who saved, and when, if known. */
  savedBy?: string;
  fields: StaleField[];
  /** Replace the form's values with the saved ones. */
  onUseSaved: () => void;
  /** Keep the form's values, to save them over the newer ones on purpose. */
  onKeepMine: () => void;
}

/**
 * After a save was refused because someone saved in the meantime: what they saved, beside what the
 * user typed (which is kept), and a choice. Nothing is overwritten without the user choosing to.
 */
export function StaleSaveChoice({ heading, savedBy, fields, onUseSaved, onKeepMine }: Props) {
  const t = useTexts(shellTexts).stale;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const changed = fields.filter((f) => f.saved !== f.mine);
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="lagret-av-andre" className="flex flex-col gap-3 rounded border border-[var(--ds-color-warning-border-default)] p-4">
      <Heading level={2} data-size="sm" id="lagret-av-andre">
        {heading}
      </Heading>
      {savedBy && <Paragraph data-size="sm">{savedBy}</Paragraph>}
      {changed.length === 0 ? (
        <Paragraph data-size="sm">{t.same}</Paragraph>
      ) : (
        <table className="text-sm">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">{t.field}</th>
              <th scope="col" className="pr-4 text-left">{t.savedNow}</th>
              <th scope="col" className="text-left">{t.mine}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((f) => (
              <tr key={f.label}>
                <th scope="row" className="pr-4 text-left font-normal">{f.label}</th>
                <td className="whitespace-pre-wrap pr-4">{f.saved || "–"}</td>
                <td className="whitespace-pre-wrap">{f.mine || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={onUseSaved}>
          {t.useSaved}
        </Button>
        <Button type="button" variant="secondary" onClick={onKeepMine}>
          {t.keepMine}
        </Button>
      </div>
    </section>
  );
}
