import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { RoundForm } from "@/components/rounds/round-form";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { can } from "@/lib/access";
import { listAgencies } from "@/lib/data/organisations";
import { getRoundTemplate } from "@/lib/data/rounds";
import { todayInNorway } from "@/lib/domain/format";
import { DEFAULT_REMINDER_DAYS } from "@/lib/domain/notifications";
import { builtInTemplate } from "@/lib/domain/round-template";
import { createRoundAction } from "./actions";

export const metadata: Metadata = { title: "Ny runde" };

/** `?fra=<round>`: next year's round from that one (issue 13); without it, from the built-in template. */
export default async function NewRoundPage({ searchParams }: { searchParams: Promise<{ fra?: string | string[] }> }) {
  const actor = await requireActor();
  if (!can(actor, "round.write")) notFound();
  const { fra } = await searchParams;
  const from = typeof fra === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(fra) ? fra : null;
  if (fra !== undefined && !from) notFound();
  const [agencies, template] = await Promise.all([listAgencies(actor, "round.write"), from ? orNotFound(getRoundTemplate(actor, from)) : null]);
  if (template) {
    const previous = `${template.previousRound.title} (${template.previousRound.year})`;
    return (
      <div className="flex max-w-3xl flex-col gap-6">
        <Heading level={1} data-size="lg">
          Ny runde fra {previous}
        </Heading>
        <Paragraph>
          Skjemaet er fylt ut fra <Link href={`/runder/${template.previousRound.id}`}>{previous}</Link>: de samme
          virksomhetene, teksten og avsenderen, med datoene og årstallene i teksten flyttet ett år fram. Les gjennom og
          endre før du oppretter runden; ingenting lagres før du gjør det. Hvert brev får ny Vår ref i det nye
          saksnummeret, og brevnummeret («Tillegg nr.») fyller du inn i hvert brev før det sendes.
        </Paragraph>
        {template.dropped.length > 0 && (
          <Alert data-color="info">
            Ikke lenger i sektoren, og derfor ikke med: {template.dropped.join(", ")}.
          </Alert>
        )}
        {template.ownSender.length > 0 && (
          <Paragraph data-size="sm">
            Brevene til {template.ownSender.join(", ")} hadde en annen avsender i fjor og får den samme igjen. Du kan endre
            hvert brev før det sendes.
          </Paragraph>
        )}
        <RoundForm
          agencies={agencies}
          create={createRoundAction}
          defaults={template.defaults}
          checkedAgencyIds={template.agencyIds}
          previousRoundId={template.previousRound.id}
        />
      </div>
    );
  }
  const today = todayInNorway();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const deadline = new Date(today.getTime() + 30 * 86_400_000);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Heading level={1} data-size="lg">
        Ny runde: tillegg til tildelingsbrev
      </Heading>
      <Paragraph>
        Runden starter fra malen (brevet om handlingsplan for inkluderingsdugnaden). {"{virksomhet}"} byttes med
        virksomhetens navn i hvert brev. Brevene lagres som utkast: du kan endre hvert brev og forhåndsvise det før du
        sender. Vil du starte fra en tidligere runde, velg «Ny runde fra denne» på <Link href="/runder">runden</Link>.
      </Paragraph>
      <RoundForm
        agencies={agencies}
        create={createRoundAction}
        defaults={{
          title: "Handlingsplan for inkluderingsdugnaden",
          date: iso(today),
          deadline: iso(deadline),
          body: builtInTemplate(today.getUTCFullYear(), deadline),
          department: "",
          caseworkerName: actor.name,
          caseworkerPhone: "",
          signatories: [
            { name: "", title: "", byAuthority: true },
            { name: actor.name, title: "", byAuthority: false },
          ],
          copyTo: "Riksrevisjonen",
          reminderDays: DEFAULT_REMINDER_DAYS.join(", "),
          caseNumber: "",
          asksForRevision: false,
          requiresLeaderApproval: false,
        }}
      />
    </div>
  );
}
