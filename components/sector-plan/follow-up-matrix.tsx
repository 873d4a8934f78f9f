// Agencies × measures: each cell's status in words and colour (never colour alone), and each
// agency's share of mandatory measures done. A server component.
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { FollowUpStatusTag } from "@/components/sector-plan/tags";
import { formatShare } from "@/lib/domain/format";
import type { FollowUpStatus, MandatoryShare } from "@/lib/domain/follow-up";
import { shorten } from "@/lib/domain/plan-text";
import type { SectorMeasure, SectorTheme } from "@/lib/domain/sector-plan";
import type { MeasureEnd } from "@/lib/domain/sector-plan-succession";
import { textsIn } from "@/lib/i18n/messages";
import { sectorPlanTexts, sectorPlanUiTexts } from "@/lib/i18n/sector-plan";
import { requestLocale } from "@/lib/i18n/server";

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

export async function FollowUpMatrix({ measures, ends, agencies }: Props) {
  const locale = await requestLocale();
  const t = textsIn(sectorPlanTexts, locale);
  const u = textsIn(sectorPlanUiTexts, locale).matrix;
  const f = textsIn(sectorPlanUiTexts, locale).followUp;
  return (
    <div className="flex flex-col gap-4">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={u.region}>
        <Table zebra border>
          <caption className="sr-only">{u.caption}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{u.agency}</TableHeaderCell>
              {measures.map((m) => (
                <TableHeaderCell key={m.measure.id} scope="col" className="min-w-36 align-bottom">
                  {f.measure(m.number)}
                  <span className="block text-sm font-normal">
                    {m.theme.title} ({t.measureKinds[m.measure.kind].toLowerCase()})
                  </span>
                  {ends?.get(m.measure.id) && <span className="block text-sm font-normal italic">{t.measureEnd(ends.get(m.measure.id)!)}</span>}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{u.mandatoryDone}</TableHeaderCell>
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
                  {f.share(a.share.done, a.share.mandatory, formatShare(a.share.done, a.share.mandatory, undefined, locale))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <dl className="flex flex-col gap-2">
        {measures.map((m) => (
          <div key={m.measure.id}>
            <dt className="inline font-semibold">{u.measureTerm(m.number)}</dt>
            <dd className="inline" lang="nb">
              {m.measure.text}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
