import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { LetterImportForm } from "@/components/letters/letter-import-form";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { getLetterImportContext } from "@/lib/data/letter-import";
import { letterImportPageTexts, roundTexts } from "@/lib/i18n/letters";
import { requestLocale } from "@/lib/i18n/server";
import { textsIn } from "@/lib/i18n/messages";
import { importLetterAction, recogniseLetterAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: textsIn(letterImportPageTexts, await requestLocale()).metaTitle };
}

export default async function ImportLetterPage() {
  const actor = await requireActor();
  if (!can(actor, "round.write")) notFound();
  const { agencies, rounds } = await getLetterImportContext(actor);
  const locale = await requestLocale();
  const t = textsIn(letterImportPageTexts, locale);
  return (
    <div className="flex flex-col gap-6">
      <Paragraph>
        <Link href="/runder">{textsIn(roundTexts, locale).list.heading}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t.heading}
      </Heading>
      <Paragraph className="max-w-3xl">{t.intro}</Paragraph>
      <LetterImportForm
        agencies={agencies.map((a) => ({ id: a.id, name: a.name }))}
        rounds={rounds}
        recognise={recogniseLetterAction}
        save={importLetterAction}
      />
    </div>
  );
}
