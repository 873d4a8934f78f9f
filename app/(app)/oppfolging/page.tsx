import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { FollowUpList } from "@/components/sector-plan/follow-up-list";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { getAgencyFollowUp } from "@/lib/data/follow-ups";
import { latestPublishedPlanId, listSectorPlans } from "@/lib/data/sector-plans";
import { formatShare, formatShortDate } from "@/lib/domain/format";
import { reportFollowUpAction } from "./actions";

export const metadata: Metadata = { title: "Oppfølging av sektorplanen" };

/** The agency's own follow-up of the sector plan (the newest published, or ?plan=id). */
export default async function FollowUpPage({ searchParams }: { searchParams: Promise<{ plan?: string | string[] }> }) {
  const actor = await requireActor();
  if (!can(actor, "followup.write")) notFound();
  // Anything but one id (a repeated or empty ?plan=) falls back to the newest plan.
  const { plan: param } = await searchParams;
  const chosen = typeof param === "string" && /^[a-z0-9]{1,64}$/i.test(param) ? param : undefined;
  const plans = (await orNotFound(listSectorPlans(actor))).filter((p) => p.latestNumber);
  const planId = chosen ?? (await orNotFound(latestPublishedPlanId(actor)));
  if (!planId) {
    return (
      <div className="flex flex-col gap-6">
        <Heading level={1} data-size="lg">
          Oppfølging av sektorplanen
        </Heading>
        <Paragraph>Departementet har ikke publisert en sektorplan ennå.</Paragraph>
      </div>
    );
  }
  const f = await orNotFound(getAgencyFollowUp(actor, planId, actor.organisationId));
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        Oppfølging av sektorplanen {f.plan.year} – {f.agency.name}
      </Heading>
      <Paragraph>
        Rapporter status for hvert tiltak i{" "}
        <Link href={`/sektorplan/${f.plan.id}?versjon=${f.plan.versionNumber}`}>
          {f.plan.content.title} (versjon {f.plan.versionNumber}, publisert {formatShortDate(f.plan.publishedAt)})
        </Link>
        . Du kan oppdatere statusen når som helst; tidligere svar blir tatt vare på. Departementet ser oppfølgingen.
      </Paragraph>
      {f.plan.successor && (
        <Alert data-color="info">
          Denne planen er avløst av <Link href={`/oppfolging?plan=${f.plan.successor.id}`}>handlingsplan {f.plan.successor.year}</Link>. Tiltak som er
          videreført, følges opp der med status og historikk; tiltak som ikke er videreført, er avsluttet. Oppfølgingen her kan leses, men ikke endres.
        </Alert>
      )}
      {f.plan.versionNumber > 1 && (
        <Paragraph>
          Planen er endret siden versjon 1.{" "}
          <Link href={`/sektorplan/${f.plan.id}?versjon=${f.plan.versionNumber}`}>Se hva som er endret i versjon {f.plan.versionNumber}</Link>.
        </Paragraph>
      )}
      <p>
        <strong>Skal-tiltak gjennomført:</strong> {f.share.done} av {f.share.mandatory} ({formatShare(f.share.done, f.share.mandatory)})
      </p>
      {plans.length > 1 && (
        <nav aria-label="Andre sektorplaner">
          <ul className="flex flex-wrap gap-4">
            {plans.map((p) => (
              <li key={p.id}>
                <Link href={`/oppfolging?plan=${p.id}`} aria-current={p.id === f.plan.id ? "page" : undefined}>
                  Sektorplan {p.year}
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
