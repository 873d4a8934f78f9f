import { HomeLink } from "@/components/home/home-link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { PlanStatusTag } from "@/components/ui/status-tag";
import type { Glance } from "@/lib/data/home";
import { figureShareText, sectorShareText } from "@/lib/domain/figure-text";
import { formatTenths } from "@/lib/domain/format";
import { PLAN_STATUSES } from "@/lib/domain/plan";
import { GOAL_PERCENT } from "@/lib/domain/reporting-years";
import { commonTexts } from "@/lib/i18n/common";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/** A leader's view: the latest complete year's share against the goal, plans by status, the dashboard. */
export function SectorGlance({ glance, locale = "nb" }: { glance: Glance; locale?: Locale }) {
  const { sector, own } = glance;
  const common = textsIn(commonTexts, locale);
  const t = common.home;
  return (
    <section aria-labelledby="hjem-oversikt" className="flex flex-col gap-3">
      <Heading level={2} data-size="md" id="hjem-oversikt">
        {t.glance}
      </Heading>
      {sector ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt>{t.shareOfYear(sector.year)}</dt>
          <dd className="font-semibold">{sectorShareText(sector, locale)}</dd>
          <dt>{t.goalLabel}</dt>
          <dd>{formatTenths(GOAL_PERCENT * 10, locale)}</dd>
          {own && (
            <>
              <dt>{t.ownShare(own.name, sector.year)}</dt>
              <dd>{figureShareText(own.figure ?? undefined, locale)}</dd>
            </>
          )}
        </dl>
      ) : (
        <Paragraph>{t.noFigures}</Paragraph>
      )}
      {own ? (
        <Paragraph>
          {t.ownPlan} {own.planStatus ? <PlanStatusTag status={own.planStatus} /> : t.noPlan}
        </Paragraph>
      ) : glance.latestRoundTitle ? (
        <>
          <Heading level={3} data-size="sm">
            {t.plansInRound(glance.latestRoundTitle)}
          </Heading>
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {PLAN_STATUSES.map((s) => (
              <li key={s}>
                {common.planStatus[s]}: <span className="font-semibold">{glance.planStatusCounts[s]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{t.noRound}</Paragraph>
      )}
      <Paragraph>
        <HomeLink href="/dashbord">{t.toDashboard}</HomeLink>
      </Paragraph>
    </section>
  );
}
