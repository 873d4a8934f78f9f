import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { LetterDocument } from "@/components/letters/letter-document";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getLetter } from "@/lib/data/letters";
import { formatDateTime, formatShortDate } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Brev" };

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const letter = await orNotFound(getLetter(actor, id));
  const back = can(actor, "round.read") ? `/runder/${letter.round.id}` : "/brev";
  return (
    <div className="flex flex-col gap-6">
      <div className="no-print flex flex-col gap-4">
        <Link href={back}>← Tilbake</Link>
        {letter.status === "DRAFT" && (
          <Alert data-color="warning">
            Forhåndsvisning: brevet er et utkast og er ikke sendt til {letter.agency.name}.
          </Alert>
        )}
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Paragraph data-size="sm">Frist for handlingsplan: {formatShortDate(letter.deadline)}</Paragraph>
          {letter.sentAt && <Paragraph data-size="sm">Sendt {formatDateTime(letter.sentAt)}</Paragraph>}
          <a href={`/api/brev/${letter.id}/pdf`} download>
            Last ned PDF<span className="sr-only"> av brevet {letter.ourRef}</span>
          </a>
          <a href={`/api/brev/${letter.id}/docx`} download>
            Last ned Word (DOCX)<span className="sr-only"> av brevet {letter.ourRef}</span>
          </a>
        </div>
      </div>
      <LetterDocument data={letter.document} />
    </div>
  );
}
