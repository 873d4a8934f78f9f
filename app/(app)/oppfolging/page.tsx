import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
import { FollowUpList } from "@/components/sector-plan/follow-up-list";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { getAgencyFollowUp } from "@/lib/data/follow-ups";
import { latestPublishedPlanId, listSectorPlans } from "@/lib/data/sector-plans";
import { formatShare, formatShortDate } from "@/lib/domain/format";
import { textsIn } from "@/lib/i18n/messages";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { reportFollowUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(sectorPlanUiTexts)).followUp.title };
}

/** The agency's own follow-up of the sector plan (the newest published, or ?plan=id). */
export default async function FollowUpPage({ searchParams }: { searchParams: Promise<{ plan?: string | string[] }> }) {
  const actor = await requireActor();
  if (!can(actor, "followup.write")) notFound();
  const locale = await requestLocale();
  const t = textsIn(sectorPlanUiTexts, locale).followUp;
  // Anything but one id (a repeated or empty ?plan=) falls back to the newest plan.
  const { plan: param } = await searchParams;
  const chosen = typeof param === "string" && /^[a-z0-9]{1,64}$/i.test(param) ? param : undefined;
  const plans = (await orNotFound(listSectorPlans(actor))).filter((p) => p.latestNumber);
  const planId = chosen ?? (await orNotFound(latestPublishedPlanId(actor)));
  if (!planId) {
    return (
      <div className="flex flex-col gap-6">
        <Heading level={1} data-size="lg">
          {t.title}
        </Heading>
        <Paragraph>{t.noPlan}</Paragraph>
      </div>
    );
  }
  const f = await orNotFound(getAgencyFollowUp(actor, planId, actor.organisationId));
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.heading(f.plan.year, f.agency.name)}
      </Heading>
      <Paragraph>
        {t.introBefore}
        <Link href={`/sektorplan/${f.plan.id}?versjon=${f.plan.versionNumber}`}>
          {t.planLink(f.plan.content.title, f.plan.versionNumber, formatShortDate(f.plan.publishedAt, locale))}
        </Link>
        {t.introAfter}
      </Paragraph>
      {f.plan.successor && (
        <Alert data-color="info">
          {t.supersededBefore}
          <Link href={`/oppfolging?plan=${f.plan.successor.id}`}>{t.actionPlan(f.plan.successor.year)}</Link>
          {t.supersededAfter}
        </Alert>
      )}
      {f.plan.versionNumber > 1 && (
        <Paragraph>
          {t.changedSince} <Link href={`/sektorplan/${f.plan.id}?versjon=${f.plan.versionNumber}`}>{t.seeChanges(f.plan.versionNumber)}</Link>.
        </Paragraph>
      )}
      <p>
        <strong>{t.mandatoryDone}</strong> {t.share(f.share.done, f.share.mandatory, formatShare(f.share.done, f.share.mandatory, undefined, locale))}
      </p>
      {plans.length > 1 && (
        <nav aria-label={t.otherPlans}>
          <ul className="flex flex-wrap gap-4">
            {plans.map((p) => (
              <li key={p.id}>
                <Link href={`/oppfolging?plan=${p.id}`} aria-current={p.id === f.plan.id ? "page" : undefined}>
                  {t.planOfYear(p.year)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <FollowUpList sectorPlanId={f.plan.id} planYear={f.plan.year} items={f.measures} former={f.former} canReport={f.canReport} report={reportFollowUpAction} />
    </div>
  );
}
