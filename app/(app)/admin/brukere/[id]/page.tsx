import type { Metadata } from "next";
import Link from "next/link";
import { passwordSignIn } from "@/lib/env";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import {
  changeUserAccessAction,
  deactivateUserAction,
  reactivateUserAction,
  renewInvitationAction,
} from "@/app/(app)/admin/brukere/actions";
import { UserAccessForm } from "@/components/admin/user-access-form";
import { UserStatusActions } from "@/components/admin/user-status-actions";
import { UserStatusTag } from "@/components/admin/user-table";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { listAssignableOrganisations } from "@/lib/data/organisations";
import { getUserForAdmin } from "@/lib/data/users";
import { formatDateTime } from "@/lib/domain/format";
import { nb } from "@/lib/i18n/nb";

export const metadata: Metadata = { title: "Bruker" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "user.manage")) notFound();
  const { id } = await params;
  const [user, organisations] = await Promise.all([orNotFound(getUserForAdmin(actor, id)), listAssignableOrganisations(actor)]);
  const facts: [string, React.ReactNode][] = [
    ["E-post", user.email],
    ["Rolle", nb.roles[user.role]],
    ["Virksomhet", user.organisation.name],
    ["Status", <UserStatusTag key="status" status={user.status} />],
    ["Sist innlogget", user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Aldri"],
    ["Opprettet", `${formatDateTime(user.createdAt)}${user.invitedByName ? ` av ${user.invitedByName}` : ""}`],
  ];
  if (user.status === "invited") facts.push(["Invitasjonslenke", user.linkExpiresAt ? `Gyldig til ${formatDateTime(user.linkExpiresAt)}` : "Ingen gyldig lenke"]);
  if (user.linkedToSso) facts.push(["Innlogging", "Koblet til innlogging med ID-porten eller Entra ID"]);
  return (
    <div className="flex flex-col gap-8">
      <Link href="/admin/brukere">← Brukere</Link>
      <Heading level={1} data-size="lg">
        {user.name}
      </Heading>
      <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="tilgang" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="tilgang">
          Rolle og virksomhet
        </Heading>
        {user.isSelf ? (
          <Paragraph>Du kan ikke endre din egen rolle eller virksomhet. Be en annen administrator gjøre det.</Paragraph>
        ) : user.status === "deactivated" ? (
          <Paragraph>Aktiver brukeren før du endrer rolle eller virksomhet.</Paragraph>
        ) : (
          <UserAccessForm
            user={{ id: user.id, name: user.name, role: user.role, organisationId: user.organisation.id }}
            organisations={organisations}
            action={changeUserAccessAction}
          />
        )}
      </section>

      <section aria-labelledby="status" className="flex flex-col gap-4">
        <Heading level={2} data-size="md" id="status">
          Tilgang til Dugnad
        </Heading>
        <Paragraph data-size="sm">
          En deaktivert bruker blir logget ut ved neste klikk og kan ikke logge inn, men alt brukeren har gjort, står igjen
          med navnet. {user.isSelf ? "Du kan ikke deaktivere deg selv." : ""}
        </Paragraph>
        <UserStatusActions
          user={{ id: user.id, name: user.name, deactivated: user.status === "deactivated", canRenew: user.status === "invited" || (passwordSignIn && user.status !== "deactivated" && !user.isSelf), invited: user.status === "invited", isSelf: user.isSelf }}
          deactivate={deactivateUserAction}
          reactivate={reactivateUserAction}
          renew={renewInvitationAction}
        />
      </section>
      <Paragraph data-size="sm">
        <Link href={`/logg?bruker=${user.id}`}>Se hva {user.name} har gjort i loggen</Link>
      </Paragraph>
    </div>
  );
}
