import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { InviteForm } from "@/components/admin/invite-form";
import { inviteUserAction } from "@/app/(app)/admin/brukere/actions";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { listAssignableOrganisations } from "@/lib/data/organisations";
import { adminUiTexts } from "@/lib/i18n/admin";
import { getTexts } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(adminUiTexts)).invite.title };
}

export default async function InviteUserPage() {
  const actor = await requireActor();
  if (!can(actor, "user.manage")) notFound();
  const organisations = await listAssignableOrganisations(actor);
  const t = await getTexts(adminUiTexts);
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/brukere">{t.common.backToUsers}</Link>
      <Heading level={1} data-size="lg">
        {t.invite.title}
      </Heading>
      <Paragraph>{t.invite.intro}</Paragraph>
      <Paragraph data-size="sm">
        {t.invite.rolesBefore}
        <code>npm run admin</code>
        {t.invite.rolesAfter}
      </Paragraph>
      <InviteForm organisations={organisations} action={inviteUserAction} />
    </div>
  );
}
