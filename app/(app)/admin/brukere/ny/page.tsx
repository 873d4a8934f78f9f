import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { InviteForm } from "@/components/admin/invite-form";
import { inviteUserAction } from "@/app/(app)/admin/brukere/actions";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { listAssignableOrganisations } from "@/lib/data/organisations";

export const metadata: Metadata = { title: "Inviter bruker" };

export default async function InviteUserPage() {
  const actor = await requireActor();
  if (!can(actor, "user.manage")) notFound();
  const organisations = await listAssignableOrganisations(actor);
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/brukere">← Brukere</Link>
      <Heading level={1} data-size="lg">
        Inviter bruker
      </Heading>
      <Paragraph>
        Brukeren får ingen e-post fra Dugnad ennå. Når du har invitert, får du en lenke som du gir videre. Med den velger
        brukeren sitt eget passord. Lenken virker i 72 timer. Logger virksomheten inn med ID-porten eller Entra ID, kobles
        kontoen til e-postadressen ved første innlogging.
      </Paragraph>
      <Paragraph data-size="sm">
        Rollene: rådgiver, leder og administrator i departementet; HR og leder i en virksomhet. Brukere i Riksrevisjonen
        legges inn av driftsansvarlig med kommandoen <code>npm run admin</code>.
      </Paragraph>
      <InviteForm organisations={organisations} action={inviteUserAction} />
    </div>
  );
}
