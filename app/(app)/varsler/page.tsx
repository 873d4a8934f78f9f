import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { NotificationList } from "@/components/notifications/notification-list";
import { ActionButton } from "@/components/ui/action-button";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { listNotifications } from "@/lib/data/notifications";
import { notificationUiTexts } from "@/lib/i18n/notifications";
import { getTexts } from "@/lib/i18n/server";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(notificationUiTexts)).list.title };
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const items = await orNotFound(listNotifications(actor));
  const unread = items.filter((n) => n.readAt === null).length;
  const t = (await getTexts(notificationUiTexts)).list;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.title}
      </Heading>
      <Paragraph>
        {t.unread(unread)}
        {t.introBefore}
        <Link href="/profil/varsler">{t.introLink}</Link>
        {t.introAfter}
      </Paragraph>
      {items.length > 0 && <ActionButton action={markAllReadAction} arg="" label={t.markAll} pendingLabel={t.marking} variant="secondary" />}
      <NotificationList items={items} />
    </div>
  );
}
