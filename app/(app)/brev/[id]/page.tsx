import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
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
import { letterTexts } from "@/lib/i18n/letters";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(letterTexts)).letter.metaTitle };
}

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const letter = await orNotFound(getLetter(actor, id));
  const attachments = await listLetterAttachments(actor, letter.id);
  // The ministry's advisers add attachments to their sector's letters, drafts and sent ones.
  // (An adviser reads only the own sector's letters, so one it reads is one it writes.)
  const mayAttach = can(actor, "round.write");
  const back = can(actor, "round.read") ? `/runder/${letter.round.id}` : "/brev";
  const locale = await requestLocale();
  const t = (await getTexts(letterTexts)).letter;
  return (
    <div className="flex flex-col gap-6">
      <div className="no-print flex flex-col gap-4">
        <Link href={back}>{t.back}</Link>
        {letter.status === "DRAFT" && (
          <Alert data-color="warning">{t.draftPreview(letter.agency.name)}</Alert>
        )}
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Paragraph data-size="sm">{t.planDeadline(formatShortDate(letter.deadline, locale))}</Paragraph>
          {letter.sentAt && <Paragraph data-size="sm">{t.sentAt(formatDateTime(letter.sentAt, locale))}</Paragraph>}
          <a href={`/api/brev/${letter.id}/pdf`} download>
            {t.downloadPdf}
            <span className="sr-only">{t.ofLetter(letter.ourRef)}</span>
          </a>
          <a href={`/api/brev/${letter.id}/docx`} download>
            {t.downloadDocx}
            <span className="sr-only">{t.ofLetter(letter.ourRef)}</span>
          </a>
        </div>
      </div>
      <LetterDocument data={letter.document} />
      {(attachments.length > 0 || mayAttach) && (
        <section aria-labelledby="vedlegg" className="no-print flex max-w-3xl flex-col gap-3">
          <Heading level={2} data-size="sm" id="vedlegg">
            {t.attachments}
          </Heading>
          {letter.status !== "DRAFT" && mayAttach && (
            <Paragraph data-size="sm">{t.attachLater}</Paragraph>
          )}
          <AttachmentList attachments={attachments} remove={mayAttach ? deleteLetterAttachmentAction : undefined} />
          {mayAttach && <AttachmentUpload owner={{ name: "letterId", id: letter.id }} upload={uploadLetterAttachmentAction} maxMb={env.ATTACHMENT_MAX_MB} />}
        </section>
      )}
    </div>
  );
}
