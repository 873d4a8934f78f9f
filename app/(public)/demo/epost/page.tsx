import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { CaughtMailList } from "@/components/notifications/caught-mail-list";
import { PUBLIC } from "@/lib/access";
import { listCaughtMail } from "@/lib/data/caught-mail";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "E-post i demoen" };

// The demo's mail catcher: every e-mail Dugnad sent, as the person would receive it. In demo mode
// only (anywhere else e-mail goes to the SMTP server and this page does not exist).
export default async function CaughtMailPage() {
  if (!env.DUGNAD_DEMO) notFound();
  const mails = await listCaughtMail(PUBLIC);
  return (
    <main id="hovedinnhold" className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8">
      <Heading level={1} data-size="lg">
        E-post i demoen
      </Heading>
      <Paragraph>
        Dette er e-postene Dugnad har sendt, slik mottakerne ville fått dem. Demoen sender ingen e-post ut: den fanges her.
        I en ekte installasjon går e-posten til virksomhetens e-posttjener (SMTP_URL), og denne siden finnes ikke.
      </Paragraph>
      <CaughtMailList mails={mails} />
      <Paragraph>
        <a href="/logg-inn">Logg inn</a> · <a href="/tilgjengelighet">Tilgjengelighetserklæring</a>
      </Paragraph>
    </main>
  );
}
