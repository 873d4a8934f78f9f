import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getPreferences } from "@/lib/data/notifications";
import { savePreferencesAction } from "./actions";

export const metadata: Metadata = { title: "Innstillinger for varsler" };

export default async function NotificationSettingsPage() {
  const actor = await requireActor();
  const rows = await orNotFound(getPreferences(actor));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Link href="/profil">← Min profil</Link>
      <Heading level={1} data-size="lg">
        Innstillinger for varsler
      </Heading>
      <Paragraph>
        Varslene kommer alltid i <Link href="/varsler">listen over varsler</Link> i Dugnad. Her velger du om du også
        vil få dem på e-post: straks, samlet i ett daglig sammendrag, eller ikke. Tall sendes aldri på e-post.
      </Paragraph>
      {rows.length === 0 ? (
        <Paragraph>Rollen din får ingen varsler på e-post.</Paragraph>
      ) : (
        <PreferencesForm rows={rows} save={savePreferencesAction} />
      )}
    </div>
  );
}
