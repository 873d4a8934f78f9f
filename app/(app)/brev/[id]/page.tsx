import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { AttachmentUpload } from "@/components/attachments/attachment-upload";
import { LetterDocument } from "@/components/letters/letter-document";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { listLetterAttachments } from "@/lib/data/attachments";
import { getLetter } from "@/lib/data/letters";
import { env } from "@/lib/env";
import { deleteLetterAttachmentAction, uploadLetterAttachmentAction } from "./actions";
import { formatDateTime, formatShortDate } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Brev" };

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const letter = await orNotFound(getLetter(actor, id));
  const attachments = await listLetterAttachments(actor, letter.id);
  // The ministry's advisers add attachments to their sector's letters, drafts and sent ones.
  // (An adviser reads only the own sector's letters, so one it reads is one it writes.)
  const mayAttach = can(actor, "round.write");
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
      {(attachments.length > 0 || mayAttach) && (
        <section aria-labelledby="vedlegg" className="no-print flex max-w-3xl flex-col gap-3">
          <Heading level={2} data-size="sm" id="vedlegg">
            Vedlegg
          </Heading>
          {letter.status !== "DRAFT" && mayAttach && (
            <Paragraph data-size="sm">Brevet er sendt: et vedlegg du legger til nå, registreres ved brevet og endrer ikke brevteksten.</Paragraph>
          )}
          <AttachmentList attachments={attachments} remove={mayAttach ? deleteLetterAttachmentAction : undefined} />
          {mayAttach && <AttachmentUpload owner={{ name: "letterId", id: letter.id }} upload={uploadLetterAttachmentAction} maxMb={env.ATTACHMENT_MAX_MB} />}
        </section>
      )}
    </div>
  );
}
