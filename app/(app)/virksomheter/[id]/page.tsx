import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { CountingRules } from "@/components/hiring/counting-rules";
import { YearFiguresTable } from "@/components/hiring/year-figures-table";
import { PoolingDecisionForm } from "@/components/hiring/pooling-form";
import { RevisionHistory } from "@/components/hiring/revision-history";
import { poolingStatusText } from "@/components/hiring/pooling-periods";
import { ActionButton } from "@/components/ui/action-button";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { decidePoolingAction, withdrawPoolingAction } from "./actions";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getAgencyOverview } from "@/lib/data/agencies";
import { formatShortDate, todayInNorway } from "@/lib/domain/format";
import { agencyTexts, hiringTexts } from "@/lib/i18n/figures";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(agencyTexts)).title };
}

export default async function AgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const agency = await orNotFound(getAgencyOverview(actor, id));
  const mayManage = can(actor, "hiring.manage");
  const locale = await requestLocale();
  const t = textsIn(agencyTexts, locale);
  return (
    <div className="flex flex-col gap-8">
      <Link href="/dashbord#virksomheter">{t.back}</Link>
      <Heading level={1} data-size="lg">
        {agency.name}
      </Heading>
      {can(actor, "followup.read") && can(actor, "plan.read") && (
        <Paragraph>
          <Link href={`/virksomheter/${agency.id}/styringsmote`}>{t.briefLink}</Link>
          {t.briefAfter}
        </Paragraph>
      )}
      {can(actor, "meeting.read") && (
        <Paragraph>
          <Link href={`/virksomheter/${agency.id}/moter`}>{t.meetingsLink}</Link>
          {t.meetingsAfter}
        </Paragraph>
      )}

      <section aria-labelledby="tall" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="tall">
          {t.figuresHeading}
        </Heading>
        {agency.years.length === 0 ? (
          <Paragraph>{t.noFigures}</Paragraph>
        ) : (
          <>
            <YearFiguresTable
              rows={agency.years}
              caption={t.figuresCaption(agency.name)}
              currentYear={todayInNorway().getUTCFullYear()}
              withSector
              withState
              locale={locale}
            />
            <CountingRules years={agency.years.map((y) => y.year)} locale={locale} />
          </>
        )}
      </section>

      <RevisionHistory reports={agency.revisions} locale={locale} />

      <section aria-labelledby="samlet" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="samlet">
          {t.poolingHeading}
        </Heading>
        <Paragraph data-size="sm">{t.poolingIntro}</Paragraph>
        {agency.poolingConsents.length === 0 ? (
          <Paragraph>{t.noPeriods}</Paragraph>
        ) : (
          <ul className="flex flex-col gap-4">
            {agency.poolingConsents.map((c) => (
              <li key={c.id} className="flex flex-col gap-2">
                <span>
                  <strong>
                    {c.fromYear}–{c.toYear}
                  </strong>
                  : {poolingStatusText(c, locale)}
                  {c.reason ? t.agencyReason(c.reason) : ""}
                  {c.decisionNote ? textsIn(hiringTexts, locale).ministryNote(c.decisionNote) : ""}
                </span>
                {mayManage && c.status === "REQUESTED" && (
                  <PoolingDecisionForm consentId={c.id} period={`${c.fromYear}–${c.toYear}`} decide={decidePoolingAction} />
                )}
                {mayManage && c.status === "APPROVED" && (
                  <ActionButton
                    action={withdrawPoolingAction}
                    arg={c.id}
                    label={t.withdraw}
                    pendingLabel={t.withdrawing}
                    variant="tertiary"
                    context={`${c.fromYear}–${c.toYear}`}
                    confirm={t.withdrawConfirm(`${c.fromYear}–${c.toYear}`)}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="planer" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="planer">
          {t.plansHeading}
        </Heading>
        {agency.plans.length === 0 ? (
          <Paragraph>{t.noPlans}</Paragraph>
        ) : (
          <ul className="flex flex-col gap-2">
            {agency.plans.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-3">
                <Link href={`/planer/${p.id}`}>
                  {p.round.title} ({p.round.year})
                </Link>
                <PlanStatusTag status={p.status} />
                <span>{t.deadline(formatShortDate(p.round.deadline, locale))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
