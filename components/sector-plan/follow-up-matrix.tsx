// Agencies × measures: each cell's status in words and colour (never colour alone), and each
// agency's share of mandatory measures done. A server component.
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { FollowUpStatusTag } from "@/components/sector-plan/tags";
import { formatShare } from "@/lib/domain/format";
import type { FollowUpStatus, MandatoryShare } from "@/lib/domain/follow-up";
import { shorten } from "@/lib/domain/plan-text";
import type { SectorMeasure, SectorTheme } from "@/lib/domain/sector-plan";
import type { MeasureEnd } from "@/lib/domain/sector-plan-succession";
import { sectorPlanText as t } from "@/lib/i18n/sector-plan-nb";

interface Props {
  measures: { theme: SectorTheme; measure: SectorMeasure; number: string }[];
  /** Measures whose follow-up in this plan has ended (next year's plan is published). */
  ends?: ReadonlyMap<string, MeasureEnd>;
  agencies: {
    id: string;
    name: string;
    cells: ReadonlyMap<string, { status: string; reason: string; comment: string }>;
    share: MandatoryShare;
  }[];
}

export function FollowUpMatrix({ measures, ends, agencies }: Props) {
  return (
    <div className="flex flex-col gap-4">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Oppfølgingsmatrise, kan rulles sidelengs">
        <Table zebra border>
          <caption className="sr-only">Status for hvert tiltak per virksomhet</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">Virksomhet</TableHeaderCell>
              {measures.map((m) => (
                <TableHeaderCell key={m.measure.id} scope="col" className="min-w-36 align-bottom">
                  Tiltak {m.number}
                  <span className="block text-sm font-normal">
                    {m.theme.title} ({t.measureKinds[m.measure.kind].toLowerCase()})
                  </span>
                  {ends?.get(m.measure.id) && <span className="block text-sm font-normal italic">{t.measureEnd(ends.get(m.measure.id)!)}</span>}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">Skal-tiltak gjennomført</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {agencies.map((a) => (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row">
                  <Link href={`/virksomheter/${a.id}/styringsmote`}>{a.name}</Link>
                </TableHeaderCell>
                {measures.map((m) => {
                  const cell = a.cells.get(m.measure.id);
                  const note = cell?.reason || cell?.comment;
                  return (
                    <TableCell key={m.measure.id} className="align-top">
                      <FollowUpStatusTag status={(cell?.status ?? "NOT_STARTED") as FollowUpStatus} />
                      {note && <span className="mt-1 block text-sm">{shorten(note, 60)}</span>}
                    </TableCell>
                  );
                })}
                <TableCell>
                  {a.share.done} av {a.share.mandatory} ({formatShare(a.share.done, a.share.mandatory)})
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <dl className="flex flex-col gap-2">
        {measures.map((m) => (
          <div key={m.measure.id}>
            <dt className="inline font-semibold">Tiltak {m.number}: </dt>
            <dd className="inline">{m.measure.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
