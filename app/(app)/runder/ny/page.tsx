import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { RoundForm } from "@/components/rounds/round-form";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { listAgencies } from "@/lib/data/organisations";
import { todayInNorway } from "@/lib/domain/format";
import { DEFAULT_REMINDER_DAYS } from "@/lib/domain/notifications";
import { builtInTemplate } from "@/lib/domain/round-template";
import { createRoundAction } from "./actions";

export const metadata: Metadata = { title: "Ny runde" };

export default async function NewRoundPage() {
  const actor = await requireActor();
  if (!can(actor, "round.write")) notFound();
  const agencies = await listAgencies(actor, "round.write");
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
        sender.
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
          requiresLeaderApproval: false,
        }}
      />
    </div>
  );
}
