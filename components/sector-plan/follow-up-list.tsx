// One agency's follow-up of the sector plan, theme by theme: each measure with its text, skal/bør,
// its current status in words, the form to report (for the agency's own HR) and the history.
// A server component; the forms are client components.
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { FollowUpForm, type ReportFollowUp } from "@/components/sector-plan/follow-up-form";
import { FollowUpHistory, type FollowUpRevision } from "@/components/sector-plan/follow-up-history";
import { FollowUpStatusTag, MeasureKindTag } from "@/components/sector-plan/tags";
import { formatDateTime } from "@/lib/domain/format";
import type { FollowUpStatus } from "@/lib/domain/follow-up";
import { formatPlanDate } from "@/lib/domain/plan-text";
import type { SectorMeasure, SectorTheme } from "@/lib/domain/sector-plan";

export interface FollowUpItem {
  theme: SectorTheme;
  measure: SectorMeasure;
  number: string;
  followUp: {
    status: FollowUpStatus;
    reason: string;
    comment: string;
    version: number;
    updatedAt: Date;
    revisions: FollowUpRevision[];
  } | null;
}

interface Props {
  sectorPlanId: string;
  items: FollowUpItem[];
  canReport: boolean;
  /** The page's server action, for the forms. */
  report: ReportFollowUp;
}

export function FollowUpList({ sectorPlanId, items, canReport, report }: Props) {
  const themes = [...new Map(items.map((x) => [x.theme.id, x.theme])).values()];
  return (
    <div className="flex flex-col gap-8">
      {themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`oppfolging-${theme.id}`} className="flex flex-col gap-4">
          <Heading level={2} data-size="sm" id={`oppfolging-${theme.id}`}>
            {theme.title}
          </Heading>
          <ul className="flex flex-col gap-4">
            {items
              .filter((x) => x.theme.id === theme.id)
              .map(({ measure, number, followUp }) => (
                <li key={measure.id} className="flex flex-col gap-3 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4">
                  <div className="flex flex-wrap items-center gap-2">
                    <Heading level={3} data-size="2xs">
                      Tiltak {number}
                    </Heading>
                    <MeasureKindTag kind={measure.kind} />
                    {measure.due && <span>Frist: {formatPlanDate(measure.due)}</span>}
                  </div>
                  <Paragraph>{measure.text}</Paragraph>
                  <p className="flex flex-wrap items-center gap-2">
                    <span>Status nå:</span> <FollowUpStatusTag status={followUp?.status ?? "NOT_STARTED"} />
                    <span className="text-[var(--ds-color-neutral-text-subtle)]">
                      {followUp ? `oppdatert ${formatDateTime(followUp.updatedAt)}` : "ikke rapportert ennå"}
                    </span>
                  </p>
                  {!canReport && followUp?.reason && <p>Begrunnelse: {followUp.reason}</p>}
                  {!canReport && followUp?.comment && <p>Kommentar: {followUp.comment}</p>}
                  {canReport && <FollowUpForm sectorPlanId={sectorPlanId} measureId={measure.id} label={number} current={followUp} report={report} />}
                  <FollowUpHistory revisions={followUp?.revisions ?? []} label={number} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
