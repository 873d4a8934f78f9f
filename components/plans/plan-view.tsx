import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { PLAN_ELEMENTS, type PlanElements } from "@/lib/domain/plan";
import { nb } from "@/lib/i18n/nb";

/** A plan's elements, read-only. */
export function PlanView({ elements }: { elements: PlanElements }) {
  return (
    <div className="flex flex-col gap-6">
      {PLAN_ELEMENTS.map((k) => (
        <section key={k} aria-labelledby={`h-${k}`}>
          <Heading level={2} data-size="sm" id={`h-${k}`} className="mb-2">
            {nb.planElements[k]}
          </Heading>
          {elements[k].trim() ? (
            elements[k].split(/\n\s*\n/).map((p, i) => (
              <Paragraph key={i} className="mb-2 whitespace-pre-line">
                {p}
              </Paragraph>
            ))
          ) : (
            <Paragraph className="italic">Ikke fylt ut.</Paragraph>
          )}
        </section>
      ))}
    </div>
  );
}
