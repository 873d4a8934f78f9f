import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { CaughtMailList } from "@/components/notifications/caught-mail-list";
import { PUBLIC } from "@/lib/access";
import { listCaughtMail } from "@/lib/data/caught-mail";
import { env } from "@/lib/env";
import { notificationUiTexts } from "@/lib/i18n/notifications";
import { getTexts } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(notificationUiTexts)).demo.title };
}

// The demo's mail catcher: every e-mail Dugnad sent, as the person would receive it. In demo mode
// only (anywhere else e-mail goes to the SMTP server and this page does not exist).
export default async function CaughtMailPage() {
  if (!env.DUGNAD_DEMO) notFound();
  const mails = await listCaughtMail(PUBLIC);
  const t = (await getTexts(notificationUiTexts)).demo;
  return (
    <main id="hovedinnhold" className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8">
      <Heading level={1} data-size="lg">
        {t.title}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      <CaughtMailList mails={mails} />
      <Paragraph>
        <a href="/logg-inn">{t.signIn}</a> · <a href="/tilgjengelighet">{t.accessibility}</a>
      </Paragraph>
    </main>
  );
}
