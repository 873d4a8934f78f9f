import type { Metadata } from "next";
import Link from "next/link";
import { passwordSignIn } from "@/lib/env";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
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
import { adminUiTexts } from "@/lib/i18n/admin";
import { commonTexts } from "@/lib/i18n/common";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(adminUiTexts)).user.title };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "user.manage")) notFound();
  const { id } = await params;
  const [user, organisations] = await Promise.all([orNotFound(getUserForAdmin(actor, id)), listAssignableOrganisations(actor)]);
  const locale = await requestLocale();
  const t = textsIn(adminUiTexts, locale);
  const roles = textsIn(commonTexts, locale).roles;
  const facts: [string, React.ReactNode][] = [
    [t.common.email, user.email],
    [t.common.role, roles[user.role]],
    [t.common.organisation, user.organisation.name],
    [t.common.status, <UserStatusTag key="status" status={user.status} />],
    [t.common.lastSignIn, user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t.common.never],
    [t.user.created, t.user.createdBy(formatDateTime(user.createdAt, locale), user.invitedByName)],
  ];
  if (user.status === "invited") facts.push([t.user.invitationLink, user.linkExpiresAt ? t.user.validUntil(formatDateTime(user.linkExpiresAt, locale)) : t.user.noValidLink]);
  if (user.linkedToSso) facts.push([t.user.signIn, t.user.linkedToSso]);
  return (
    <div className="flex flex-col gap-8">
      <Link href="/admin/brukere">{t.common.backToUsers}</Link>
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
          {t.user.accessHeading}
        </Heading>
        {user.isSelf ? (
          <Paragraph>{t.user.accessNotSelf}</Paragraph>
        ) : user.status === "deactivated" ? (
          <Paragraph>{t.user.accessDeactivated}</Paragraph>
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
          {t.user.statusHeading}
        </Heading>
        <Paragraph data-size="sm">
          {t.user.statusIntro} {user.isSelf ? t.user.statusNotSelf : ""}
        </Paragraph>
        <UserStatusActions
          user={{ id: user.id, name: user.name, deactivated: user.status === "deactivated", canRenew: user.status === "invited" || (passwordSignIn && user.status !== "deactivated" && !user.isSelf), invited: user.status === "invited", isSelf: user.isSelf }}
          deactivate={deactivateUserAction}
          reactivate={reactivateUserAction}
          renew={renewInvitationAction}
        />
      </section>
      <Paragraph data-size="sm">
        <Link href={`/logg?bruker=${user.id}`}>{t.user.inLog(user.name)}</Link>
      </Paragraph>
    </div>
  );
}
