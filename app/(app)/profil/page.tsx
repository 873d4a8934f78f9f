import type { Metadata } from "next";
import Link from "next/link";
import { Button, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { listOwnSessions } from "@/lib/data/sessions";
import { formatDateTime } from "@/lib/domain/format";
import { apiText } from "@/lib/i18n/api-nb";
import { nb } from "@/lib/i18n/nb";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Min profil" };

export default async function ProfilePage() {
  const actor = await requireActor();
  const sessions = await listOwnSessions(actor);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Heading level={1} data-size="lg">
        Min profil
      </Heading>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Navn</dt>
        <dd>{actor.name}</dd>
        <dt className="font-semibold">Rolle</dt>
        <dd>{nb.roles[actor.role]}</dd>
        <dt className="font-semibold">Virksomhet</dt>
        <dd>{actor.organisationName}</dd>
      </dl>
      <section aria-labelledby="varsler" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="varsler">
          Varsler
        </Heading>
        <Paragraph>
          Se <Link href="/varsler">varslene dine</Link>, eller velg i{" "}
          <Link href="/profil/varsler">innstillingene for varsler</Link> hvilke av dem du også vil få på e-post.
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
          Innlogginger
        </Heading>
        <Paragraph>
          En innlogging varer i høyst 12 timer, og avsluttes etter 30 minutter uten aktivitet. Logger du ut overalt,
          avsluttes alle innloggingene dine, også i andre nettlesere og på andre maskiner.
        </Paragraph>
        <Table>
          <caption className="sr-only">Aktive innlogginger</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>Logget inn</TableHeaderCell>
              <TableHeaderCell>Sist aktiv</TableHeaderCell>
              <TableHeaderCell>Måte</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sessions.map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  {formatDateTime(s.createdAt)}
                  {s.id === actor.sessionId && " (denne)"}
                </TableCell>
                <TableCell>{formatDateTime(s.lastSeenAt)}</TableCell>
                <TableCell>{s.method === "OIDC" ? "Innlogging via virksomheten (SSO)" : "E-post og passord"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            Logg ut overalt
          </Button>
        </form>
      </section>
    </div>
  );
}
