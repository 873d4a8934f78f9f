import type { Metadata } from "next";
import Link from "next/link";
import { Paragraph } from "@digdir/designsystemet-react";
import { LetterDocument } from "@/components/letters/letter-document";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getLetter } from "@/lib/data/letters";
import { formatShortDate } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Brev" };

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const letter = await orNotFound(getLetter(actor, id));
  const back = actor.organisationKind === "AGENCY" ? "/brev" : `/runder/${letter.round.id}`;
  return (
    <div className="flex flex-col gap-6">
      <div className="no-print flex flex-wrap items-center justify-between gap-4">
        <Link href={back}>← Tilbake</Link>
        <Paragraph data-size="sm">Frist for handlingsplan: {formatShortDate(letter.deadline)}</Paragraph>
      </div>
      <LetterDocument
        ministryName={letter.round.ministry.name}
        ministryPostalAddress={letter.round.ministry.postalAddress}
        ministryOrgNumber={letter.round.ministry.orgNumber}
        agencyName={letter.agency.name}
        agencyPostalAddress={letter.agency.postalAddress}
        yourRef={letter.yourRef}
        ourRef={letter.ourRef}
        date={letter.date}
        title={letter.title}
        body={letter.body}
      />
    </div>
  );
}
