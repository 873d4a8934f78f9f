// Every report on one measure, newest first. A server component.
import { Details, DetailsContent, DetailsSummary } from "@/components/ds/details";
import { formatDateTime } from "@/lib/domain/format";
import type { FollowUpStatus } from "@/lib/domain/follow-up";
import { textsIn } from "@/lib/i18n/messages";
import { sectorPlanTexts, sectorPlanUiTexts } from "@/lib/i18n/sector-plan";
import { requestLocale } from "@/lib/i18n/server";

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
export async function FollowUpHistory({ revisions, label, planYear }: { revisions: FollowUpRevision[]; label: string; planYear: number }) {
  if (revisions.length === 0) return null;
  const locale = await requestLocale();
  const t = textsIn(sectorPlanTexts, locale);
  const u = textsIn(sectorPlanUiTexts, locale).followUp;
  return (
    <Details>
      <DetailsSummary>
        {u.history}
        <span className="sr-only">{u.historyContext(label)}</span> ({revisions.length})
      </DetailsSummary>
      <DetailsContent>
        <ol className="flex flex-col gap-2">
          {revisions.map((r, i) => (
            <li key={i}>
              <span className="font-semibold">{formatDateTime(r.at, locale)}</span> – {r.actorName}: {t.followUpStatuses[r.status]}
              {r.reason && u.historyReason(r.reason)}
              {r.comment && <> – «{r.comment}»</>} <span className="text-[var(--ds-color-neutral-text-subtle)]">
                {u.historyVersion(r.planVersion, r.planYear === planYear, r.planYear)}
              </span>
            </li>
          ))}
        </ol>
      </DetailsContent>
    </Details>
  );
}
