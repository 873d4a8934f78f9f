import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { RoundForm } from "@/components/rounds/round-form";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAgencies } from "@/lib/data/organisations";
import { todayInNorway } from "@/lib/domain/format";
import { defaultRoundBody } from "@/lib/domain/round-template";

export const metadata: Metadata = { title: "Ny runde" };

export default async function NewRoundPage() {
  const actor = await requireActor();
  if (!can(actor.role, "round:create") || actor.organisationKind !== "MINISTRY") notFound();
  const agencies = await listAgencies(actor);
  const today = todayInNorway();
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Heading level={1} data-size="lg">
        Ny runde: tillegg til tildelingsbrev
      </Heading>
      <Paragraph>
        Teksten sendes som ett brev til hver virksomhet du velger. Skriv {"{virksomhet}"} der virksomhetens navn skal
        stå.
      </Paragraph>
      <RoundForm
        agencies={agencies}
        todayIso={today.toISOString().slice(0, 10)}
        defaultBody={defaultRoundBody(today.getUTCFullYear())}
      />
    </div>
  );
}
