// Every report on one measure, newest first. A server component.
import { Details, DetailsContent, DetailsSummary } from "@digdir/designsystemet-react";
import { formatDateTime } from "@/lib/domain/format";
import type { FollowUpStatus } from "@/lib/domain/follow-up";
import { sectorPlanText as t } from "@/lib/i18n/sector-plan-nb";

export interface FollowUpRevision {
  at: Date;
  actorName: string;
  status: FollowUpStatus;
  reason: string;
  comment: string;
  planVersion: number;
  /** The year of the plan it was reported in: earlier years' reports come with a carried follow-up. */
  planYear: number;
}

/** `planYear`: the year of the plan shown; reports from an earlier year's plan say which. */
export function FollowUpHistory({ revisions, label, planYear }: { revisions: FollowUpRevision[]; label: string; planYear: number }) {
  if (revisions.length === 0) return null;
  return (
    <Details>
      <DetailsSummary>
        Historikk<span className="sr-only">, tiltak {label}</span> ({revisions.length})
      </DetailsSummary>
      <DetailsContent>
        <ol className="flex flex-col gap-2">
          {revisions.map((r, i) => (
            <li key={i}>
              <span className="font-semibold">{formatDateTime(r.at)}</span> – {r.actorName}: {t.followUpStatuses[r.status]}
              {r.reason && <> – begrunnelse: {r.reason}</>}
              {r.comment && <> – «{r.comment}»</>} <span className="text-[var(--ds-color-neutral-text-subtle)]">
                (versjon {r.planVersion} av {r.planYear === planYear ? "planen" : `handlingsplan ${r.planYear}`})
              </span>
            </li>
          ))}
        </ol>
      </DetailsContent>
    </Details>
  );
}
