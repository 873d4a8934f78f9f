// The sector plan as a page, in the seed's structure (the same blocks as the PDF and the DOCX):
// the title, the introduction, and each theme with its text and its Tiltak, each measure marked
// skal/bør. A server component. An official document: Norwegian (lang="nb") in either interface language.
import { Heading } from "@/components/ds/primitives";
import { MeasureKindTag } from "@/components/sector-plan/tags";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { sectorPlanBlocks } from "@/lib/domain/sector-plan-text";

export function SectorPlanDocument({ content, meta }: { content: SectorPlanContent; meta?: React.ReactNode }) {
  const kindOf = new Map(content.themes.flatMap((th) => th.measures.map((m) => [m.id, m.kind] as const)));
  const shown = new Set<string>();
  return (
    <article lang="nb" className="flex max-w-3xl flex-col gap-3 rounded border border-[var(--ds-color-neutral-border-subtle)] bg-white p-6 print:border-0 print:p-0">
      {sectorPlanBlocks(content).map((b, i) => {
        switch (b.kind) {
          case "title":
            return (
              <div key={i} className="mb-2 flex flex-col gap-1">
                <Heading level={2} data-size="md">
                  {b.text}
                </Heading>
                {meta}
              </div>
            );
          case "theme":
            return (
              <Heading key={i} level={3} data-size="sm" className="mt-4">
                {b.text}
              </Heading>
            );
          case "measuresHeading":
            return (
              <Heading key={i} level={4} data-size="xs">
                {b.text}
              </Heading>
            );
          case "measure": {
            const first = !shown.has(b.measureId);
            shown.add(b.measureId);
            const kind = kindOf.get(b.measureId);
            return (
              <p key={i} className={first ? "border-l-4 border-[var(--ds-color-accent-border-subtle)] pl-3" : "pl-4"}>
                {first && kind && (
                  <span className="mr-2 inline-block align-middle">
                    <MeasureKindTag kind={kind} locale="nb" />
                  </span>
                )}
                {b.text}
              </p>
            );
          }
          default:
            return <p key={i}>{b.text}</p>;
        }
      })}
    </article>
  );
}
