import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading } from "@/components/ds/primitives";
import { LetterForm } from "@/components/letters/letter-form";
import { updateLetterAction } from "../../actions";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { getLetter } from "@/lib/data/letters";
import { titleFromTemplate, type Signatory } from "@/lib/domain/letter";
import { roundTexts } from "@/lib/i18n/letters";
import { getTexts } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(roundTexts)).editLetter.metaTitle };
}

export default async function EditLetterPage({ params }: { params: Promise<{ id: string; letterId: string }> }) {
  const { id, letterId } = await params;
  const actor = await requireActor();
  if (!can(actor, "round.write")) notFound();
  const letter = await orNotFound(getLetter(actor, letterId));
  if (letter.round.id !== id || letter.status !== "DRAFT") notFound();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const t = (await getTexts(roundTexts)).editLetter;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Link href={`/runder/${id}`}>{t.back}</Link>
      <Heading level={1} data-size="lg">
        {t.heading(letter.agency.name)}
      </Heading>
      <Link href={`/brev/${letter.id}`}>{t.preview}</Link>
      <LetterForm
        save={updateLetterAction}
        titlePlaceholder={titleFromTemplate(letter.round.titleTemplate, letter.number || t.numberPlaceholder, letter.date.getUTCFullYear(), letter.agency.shortName)}
        initial={{
          letterId: letter.id,
          version: String(letter.version),
          number: letter.number,
          title: letter.title ?? "",
          yourRef: letter.yourRef ?? "",
          ourRef: letter.ourRef,
          date: iso(letter.date),
          deadline: iso(letter.deadline),
          body: letter.body,
          department: letter.department,
          caseworkerName: letter.caseworkerName,
          caseworkerPhone: letter.caseworkerPhone,
          signatories: letter.signatories as unknown as Signatory[],
          copyTo: letter.copyTo.join("\n"),
        }}
      />
    </div>
  );
}
