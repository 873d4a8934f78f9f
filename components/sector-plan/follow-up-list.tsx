// One agency's follow-up of the sector plan, theme by theme: each measure with its text, skal/bør,
// its current status in words, the form to report (for the agency's own HR) and the history.
// A measure whose follow-up in this plan has ended (removed by a later version, or next year's
// plan published) says so instead of the form; its history stays. A server component; the forms
// are client components.
import Link from "next/link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { FollowUpForm, type ReportFollowUp } from "@/components/sector-plan/follow-up-form";
import { FollowUpHistory, type FollowUpRevision } from "@/components/sector-plan/follow-up-history";
import { FollowUpStatusTag, MeasureKindTag } from "@/components/sector-plan/tags";
import { formatDateTime } from "@/lib/domain/format";
import type { FollowUpStatus } from "@/lib/domain/follow-up";
import { formatPlanDate } from "@/lib/domain/plan-text";
import type { SectorMeasure, SectorTheme } from "@/lib/domain/sector-plan";
import type { MeasureEnd } from "@/lib/domain/sector-plan-succession";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { sectorPlanTexts, sectorPlanUiTexts } from "@/lib/i18n/sector-plan";
import { requestLocale } from "@/lib/i18n/server";

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
    /** Carried from last year's plan (its history comes with it). */
    carried?: boolean;
  } | null;
  /** The follow-up in this plan has ended: no more reports here. */
  end?: MeasureEnd | null;
}

interface Props {
  sectorPlanId: string;
  /** The plan's year, to tell earlier years' reports in the history. */
  planYear: number;
  items: FollowUpItem[];
  /** Measures earlier versions had and the latest has not, closed. */
  former?: FollowUpItem[];
  canReport: boolean;
  /** The page's server action, for the forms. */
  report: ReportFollowUp;
}

export async function FollowUpList({ sectorPlanId, planYear, items, former = [], canReport, report }: Props) {
  const locale = await requestLocale();
  const u = textsIn(sectorPlanUiTexts, locale).followUp;
  const themes = [...new Map(items.map((x) => [x.theme.id, x.theme])).values()];
  const measure = (item: FollowUpItem, label: string) => (
    <FollowUpMeasure key={item.measure.id} locale={locale} item={item} label={label} sectorPlanId={sectorPlanId} planYear={planYear} canReport={canReport} report={report} />
  );
  return (
    <div className="flex flex-col gap-8">
      {themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`oppfolging-${theme.id}`} className="flex flex-col gap-4">
          <Heading level={2} data-size="sm" id={`oppfolging-${theme.id}`} lang="nb">
            {theme.title}
          </Heading>
          <ul className="flex flex-col gap-4">{items.filter((x) => x.theme.id === theme.id).map((x) => measure(x, x.number))}</ul>
        </section>
      ))}
      {former.length > 0 && (
        <section aria-labelledby="oppfolging-fjernet" className="flex flex-col gap-4">
          <Heading level={2} data-size="sm" id="oppfolging-fjernet">
            {u.removedHeading}
          </Heading>
          <ul className="flex flex-col gap-4">{former.map((x) => measure(x, u.removedLabel(x.number, x.theme.title)))}</ul>
        </section>
      )}
    </div>
  );
}

interface MeasureProps {
  locale: Locale;
  item: FollowUpItem;
  label: string;
  sectorPlanId: string;
  planYear: number;
  canReport: boolean;
  report: ReportFollowUp;
}

function FollowUpMeasure({ locale, item: { measure, followUp, end }, label, sectorPlanId, planYear, canReport, report }: MeasureProps) {
  const open = canReport && !end;
  const t = textsIn(sectorPlanTexts, locale);
  const u = textsIn(sectorPlanUiTexts, locale).followUp;
  return (
    <li className="flex flex-col gap-3 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Heading level={3} data-size="2xs">
          {u.measure(label)}
        </Heading>
        <MeasureKindTag kind={measure.kind} />
        {measure.due && <span>{u.due(formatPlanDate(measure.due))}</span>}
      </div>
      <Paragraph lang="nb">{measure.text}</Paragraph>
      <p className="flex flex-wrap items-center gap-2">
        <span>{end ? u.lastStatus : u.statusNow}</span> <FollowUpStatusTag status={followUp?.status ?? "NOT_STARTED"} />
        <span className="text-[var(--ds-color-neutral-text-subtle)]">
          {followUp ? u.updated(formatDateTime(followUp.updatedAt, locale)) : u.notReported}
          {followUp?.carried && u.carried(planYear - 1)}
        </span>
      </p>
      {end && (
        <p className="font-semibold">
          {end.kind === "continued" ? <Link href={`/oppfolging?plan=${end.planId}`}>{t.measureEnd(end)}</Link> : t.measureEnd(end)}
        </p>
      )}
      {!open && followUp?.reason && <p>{u.reason(followUp.reason)}</p>}
      {!open && followUp?.comment && <p>{u.comment(followUp.comment)}</p>}
      {open && <FollowUpForm sectorPlanId={sectorPlanId} measureId={measure.id} label={label} current={followUp} report={report} />}
      <FollowUpHistory revisions={followUp?.revisions ?? []} label={label} planYear={planYear} />
    </li>
  );
}
