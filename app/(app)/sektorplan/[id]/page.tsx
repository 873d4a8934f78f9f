import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
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
import { createNextSectorPlanAction } from "./actions";

/** The whole sector's follow-up: the ministry's (its sector) and the audit office's (the audited sectors). */
const sectorWide = (scope: Scope | null) => scope === "sector" || scope === "audited";

export const metadata: Metadata = { title: "Sektorplan" };

export default async function SectorPlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ versjon?: string }> }) {
  const { id } = await params;
  const { versjon } = await searchParams;
  const actor = await requireActor();
  const plan = await orNotFound(getSectorPlan(actor, id));
  const shown = plan.versions.find((v) => String(v.number) === versjon) ?? plan.latest;
  const previous = shown ? plan.versions.find((v) => v.number === shown.number - 1) : undefined;
  const fileQuery = shown ? `?versjon=${shown.number}` : "";
  return (
    <div className="flex flex-col gap-6">
      <Link href="/sektorplan">← Alle sektorplaner</Link>
      <Heading level={1} data-size="lg">
        Sektorplan {plan.year}
      </Heading>
      <div className="flex flex-wrap items-center gap-4">
        <span>Status:</span> <SectorPlanStateTag state={plan.state} />
        {plan.canEdit && !plan.next?.published && <Link href={`/sektorplan/${plan.id}/rediger`}>{plan.state === "DRAFT" ? "Rediger utkastet" : "Endre planen (ny versjon)"}</Link>}
        {shown && sectorWide(scopeOf(actor, "followup.read")) && <Link href={`/sektorplan/${plan.id}/oppfolging`}>Oppfølging i virksomhetene</Link>}
        {shown && can(actor, "followup.write") && <Link href="/oppfolging">Rapporter på tiltakene</Link>}
        {shown && actor.organisationKind === "AGENCY" && can(actor, "followup.read") && can(actor, "plan.read") && (
          <Link href={`/virksomheter/${actor.organisationId}/styringsmote`}>Underlag til etatsstyringsmøtet</Link>
        )}
      </div>
      {(plan.previous || plan.next) && (
        <nav aria-label="Sektorplanen år for år">
          <ul className="flex flex-wrap gap-4">
            {plan.previous && (
              <li>
                <Link href={`/sektorplan/${plan.previous.id}`}>← Planen for {plan.previous.year}, som denne er laget fra</Link>
              </li>
            )}
            {plan.next && (
              <li>
                <Link href={`/sektorplan/${plan.next.id}`}>
                  Neste års plan ({plan.next.year}){plan.next.published ? "" : ", ikke publisert"} →
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      {plan.canCreateNext && (
        <ActionButton
          action={createNextSectorPlanAction}
          arg={plan.id}
          label="Lag neste års plan"
          pendingLabel="Lager planen …"
          goTo="/sektorplan/"
          variant="secondary"
          context={`(${plan.year + 1}) fra denne planen`}
        />
      )}
      {plan.state === "REVISING" && (
        <Alert data-color="info">Det finnes et utkast til versjon {(plan.latest?.number ?? 0) + 1}. Virksomhetene følger opp versjon {plan.latest?.number} til den nye er publisert.</Alert>
      )}
      <div className="grid gap-8 lg:grid-cols-[1fr_16rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {shown ? (
            <>
              {previous && (
                <section aria-labelledby="endringer" className="flex flex-col gap-3">
                  <Heading level={2} data-size="sm" id="endringer">
                    Hva er endret fra versjon {previous.number} til versjon {shown.number}
                  </Heading>
                  <PlanChanges changes={sectorPlanChanges(previous.content, shown.content)} />
                </section>
              )}
              <div className="flex flex-wrap gap-4">
                <a href={`/api/sektorplan/${plan.id}/pdf${fileQuery}`} download>
                  Last ned PDF
                </a>
                <a href={`/api/sektorplan/${plan.id}/docx${fileQuery}`} download>
                  Last ned Word (DOCX)
                </a>
              </div>
              <SectorPlanDocument
                content={shown.content}
                meta={<Paragraph data-size="sm">Versjon {shown.number}, publisert {formatShortDate(shown.publishedAt)}</Paragraph>}
              />
            </>
          ) : plan.draft ? (
            <>
              <Alert data-color="info">Planen er ikke publisert. Virksomhetene ser den først når den er publisert.</Alert>
              <SectorPlanDocument content={plan.draft} meta={<Paragraph data-size="sm">Utkast</Paragraph>} />
            </>
          ) : null}
        </div>
        <aside aria-labelledby="versjoner" className="flex flex-col gap-2">
          <Heading level={2} data-size="xs" id="versjoner">
            Publiserte versjoner
          </Heading>
          {plan.versions.length === 0 ? (
            <Paragraph data-size="sm">Ingen ennå.</Paragraph>
          ) : (
            <ul className="flex flex-col gap-1">
              {[...plan.versions].reverse().map((v) => (
                <li key={v.number}>
                  <Link href={`/sektorplan/${plan.id}?versjon=${v.number}`} aria-current={v.number === shown?.number ? "page" : undefined}>
                    Versjon {v.number}
                  </Link>{" "}
                  – {formatShortDate(v.publishedAt)}
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </div>
  );
}
