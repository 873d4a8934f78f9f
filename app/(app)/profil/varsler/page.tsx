import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { getPreferences } from "@/lib/data/notifications";
import { notificationUiTexts } from "@/lib/i18n/notifications";
import { getTexts } from "@/lib/i18n/server";
import { savePreferencesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(notificationUiTexts)).settings.title };
}

export default async function NotificationSettingsPage() {
  const actor = await requireActor();
  const rows = await orNotFound(getPreferences(actor));
  const t = (await getTexts(notificationUiTexts)).settings;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Link href="/profil">{t.back}</Link>
      <Heading level={1} data-size="lg">
        {t.title}
      </Heading>
      <Paragraph>
        {t.introBefore}
        <Link href="/varsler">{t.introLink}</Link>
        {t.introAfter}
      </Paragraph>
      {rows.length === 0 ? (
        <Paragraph>{t.noneForRole}</Paragraph>
      ) : (
        <PreferencesForm rows={rows} save={savePreferencesAction} />
      )}
    </div>
  );
}
