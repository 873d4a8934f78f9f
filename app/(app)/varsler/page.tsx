import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { NotificationList } from "@/components/notifications/notification-list";
import { ActionButton } from "@/components/ui/action-button";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { listNotifications } from "@/lib/data/notifications";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: "Varsler" };

export default async function NotificationsPage() {
  const actor = await requireActor();
  const items = await orNotFound(listNotifications(actor));
  const unread = items.filter((n) => n.readAt === null).length;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Heading level={1} data-size="lg">
        Varsler
      </Heading>
      <Paragraph>
        {unread === 0 ? "Du har ingen uleste varsler." : unread === 1 ? "Du har 1 ulest varsel." : `Du har ${unread} uleste varsler.`} Velg et varsel
        for å åpne det; det merkes da som lest. Hvilke varsler du også får på e-post, velger du i{" "}
        <Link href="/profil/varsler">innstillingene for varsler</Link>.
      </Paragraph>
      {items.length > 0 && <ActionButton action={markAllReadAction} arg="" label="Merk alle som lest" pendingLabel="Merker …" variant="secondary" />}
      <NotificationList items={items} />
    </div>
  );
}
