import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
import { PlanChanges } from "@/components/sector-plan/plan-changes";
import { SectorPlanDocument } from "@/components/sector-plan/sector-plan-document";
import { SectorPlanStateTag } from "@/components/sector-plan/tags";
import { ActionButton } from "@/components/ui/action-button";
import { can, scopeOf, type Scope } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getSectorPlan } from "@/lib/data/sector-plans";
import { formatShortDate } from "@/lib/domain/format";
import { sectorPlanChanges } from "@/lib/domain/sector-plan";
import { textsIn } from "@/lib/i18n/messages";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { createNextSectorPlanAction } from "./actions";

/** The whole sector's follow-up: the ministry's (its sector) and the audit office's (the audited sectors). */
const sectorWide = (scope: Scope | null) => scope === "sector" || scope === "audited";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(sectorPlanUiTexts)).plan.title };
}

export default async function SectorPlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ versjon?: string }> }) {
  const { id } = await params;
  const { versjon } = await searchParams;
  const actor = await requireActor();
  const plan = await orNotFound(getSectorPlan(actor, id));
  const shown = plan.versions.find((v) => String(v.number) === versjon) ?? plan.latest;
  const previous = shown ? plan.versions.find((v) => v.number === shown.number - 1) : undefined;
  const fileQuery = shown ? `?versjon=${shown.number}` : "";
  const locale = await requestLocale();
  const t = textsIn(sectorPlanUiTexts, locale).plan;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/sektorplan">{t.back}</Link>
      <Heading level={1} data-size="lg">
        {t.heading(plan.year)}
      </Heading>
      <div className="flex flex-wrap items-center gap-4">
        <span>{t.status}</span> <SectorPlanStateTag state={plan.state} />
        {plan.canEdit && !plan.next?.published && <Link href={`/sektorplan/${plan.id}/rediger`}>{plan.state === "DRAFT" ? t.editDraft : t.editNewVersion}</Link>}
        {shown && sectorWide(scopeOf(actor, "followup.read")) && <Link href={`/sektorplan/${plan.id}/oppfolging`}>{t.followUpInAgencies}</Link>}
        {shown && can(actor, "followup.write") && <Link href="/oppfolging">{t.report}</Link>}
        {shown && actor.organisationKind === "AGENCY" && can(actor, "followup.read") && can(actor, "plan.read") && (
          <Link href={`/virksomheter/${actor.organisationId}/styringsmote`}>{t.meetingBrief}</Link>
        )}
      </div>
      {(plan.previous || plan.next) && (
        <nav aria-label={t.yearByYear}>
          <ul className="flex flex-wrap gap-4">
            {plan.previous && (
              <li>
                <Link href={`/sektorplan/${plan.previous.id}`}>{t.previous(plan.previous.year)}</Link>
              </li>
            )}
            {plan.next && (
              <li>
                <Link href={`/sektorplan/${plan.next.id}`}>{t.next(plan.next.year, plan.next.published)}</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      {plan.canCreateNext && (
        <ActionButton
          action={createNextSectorPlanAction}
          arg={plan.id}
          label={t.createNext}
          pendingLabel={t.creatingNext}
          goTo="/sektorplan/"
          variant="secondary"
          context={t.createNextContext(plan.year + 1)}
        />
      )}
      {plan.state === "REVISING" && (
        <Alert data-color="info">{t.revising((plan.latest?.number ?? 0) + 1, plan.latest?.number ?? 0)}</Alert>
      )}
      <div className="grid gap-8 lg:grid-cols-[1fr_16rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {shown ? (
            <>
              {previous && (
                <section aria-labelledby="endringer" className="flex flex-col gap-3">
                  <Heading level={2} data-size="sm" id="endringer">
                    {t.changesHeading(previous.number, shown.number)}
                  </Heading>
                  <PlanChanges changes={sectorPlanChanges(previous.content, shown.content)} />
                </section>
              )}
              <div className="flex flex-wrap gap-4">
                <a href={`/api/sektorplan/${plan.id}/pdf${fileQuery}`} download>
                  {t.pdf}
                </a>
                <a href={`/api/sektorplan/${plan.id}/docx${fileQuery}`} download>
                  {t.docx}
                </a>
              </div>
              <SectorPlanDocument
                content={shown.content}
                meta={<Paragraph data-size="sm">{t.versionPublished(shown.number, formatShortDate(shown.publishedAt, locale))}</Paragraph>}
              />
            </>
          ) : plan.draft ? (
            <>
              <Alert data-color="info">{t.unpublished}</Alert>
              <SectorPlanDocument content={plan.draft} meta={<Paragraph data-size="sm">{t.draft}</Paragraph>} />
            </>
          ) : null}
        </div>
        <aside aria-labelledby="versjoner" className="flex flex-col gap-2">
          <Heading level={2} data-size="xs" id="versjoner">
            {t.versions}
          </Heading>
          {plan.versions.length === 0 ? (
            <Paragraph data-size="sm">{t.noVersions}</Paragraph>
          ) : (
            <ul className="flex flex-col gap-1">
              {[...plan.versions].reverse().map((v) => (
                <li key={v.number}>
                  <Link href={`/sektorplan/${plan.id}?versjon=${v.number}`} aria-current={v.number === shown?.number ? "page" : undefined}>
                    {t.version(v.number)}
                  </Link>{" "}
                  – {formatShortDate(v.publishedAt, locale)}
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </div>
  );
}
