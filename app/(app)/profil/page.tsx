import type { Metadata } from "next";
import Link from "next/link";
import { Button, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { listOwnSessions } from "@/lib/data/sessions";
import { formatDateTime } from "@/lib/domain/format";
import { LanguageChooser } from "@/components/i18n/language-chooser";
import { languageTexts } from "@/lib/i18n/language";
import { textsIn } from "@/lib/i18n/messages";
import { apiTexts } from "@/lib/i18n/api";
import { nb } from "@/lib/i18n/nb";
import { profileTexts } from "@/lib/i18n/profile";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { chooseLanguageAction, signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(profileTexts)).title };
}

export default async function ProfilePage() {
  const actor = await requireActor();
  const sessions = await listOwnSessions(actor);
  const locale = await requestLocale();
  const t = textsIn(profileTexts, locale);
  const language = textsIn(languageTexts, locale);
  const apiText = textsIn(apiTexts, locale);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.title}
      </Heading>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t.name}</dt>
        <dd>{actor.name}</dd>
        <dt className="font-semibold">{t.role}</dt>
        <dd>{nb.roles[actor.role]}</dd>
        <dt className="font-semibold">{t.organisation}</dt>
        <dd>{actor.organisationName}</dd>
      </dl>
      <section aria-labelledby="sprak" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="sprak">
          {language.heading}
        </Heading>
        <Paragraph>{language.intro}</Paragraph>
        <LanguageChooser current={locale} label={language.chooserLabel} action={chooseLanguageAction} />
      </section>
      <section aria-labelledby="varsler" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="varsler">
          {t.notificationsHeading}
        </Heading>
        <Paragraph>
          {t.notificationsBefore}
          <Link href="/varsler">{t.notificationsLink}</Link>
          {t.notificationsMiddle}
          <Link href="/profil/varsler">{t.notificationsSettingsLink}</Link>
          {t.notificationsAfter}
        </Paragraph>
      </section>
      {can(actor, "apitoken.manage") && (
        <section aria-labelledby="api-tokener" className="flex flex-col gap-3">
          <Heading level={2} data-size="md" id="api-tokener">
            {apiText.profileSection}
          </Heading>
          <Paragraph>
            {apiText.profileIntro} <Link href="/profil/api-tokener">{apiText.profileLink}</Link>
          </Paragraph>
        </section>
      )}
      <section aria-labelledby="okter" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="okter">
          {t.sessionsHeading}
        </Heading>
        <Paragraph>{t.sessionsIntro}</Paragraph>
        <Table>
          <caption className="sr-only">{t.sessionsCaption}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t.signedIn}</TableHeaderCell>
              <TableHeaderCell>{t.lastActive}</TableHeaderCell>
              <TableHeaderCell>{t.method}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sessions.map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  {formatDateTime(s.createdAt)}
                  {s.id === actor.sessionId && t.thisSession}
                </TableCell>
                <TableCell>{formatDateTime(s.lastSeenAt)}</TableCell>
                <TableCell>{s.method === "OIDC" ? t.methodSso : t.methodPassword}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            {t.signOutEverywhere}
          </Button>
        </form>
      </section>
    </div>
  );
}
