import type { Metadata } from "next";
import Link from "next/link";
import { Button, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { listRounds } from "@/lib/data/rounds";
import { formatShortDate, todayInNorway } from "@/lib/domain/format";
import { ArchivePeriodForm } from "@/components/rounds/archive-period-form";
import { roundTexts } from "@/lib/i18n/letters";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(roundTexts)).list.metaTitle };
}

export default async function RoundsPage() {
  const actor = await requireActor();
  const rounds = await orNotFound(listRounds(actor));
  const locale = await requestLocale();
  const t = (await getTexts(roundTexts)).list;
  const today = todayInNorway().toISOString().slice(0, 10);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <Heading level={1} data-size="lg">
          {t.heading}
        </Heading>
        {can(actor, "round.write") && (
          <div className="flex flex-wrap gap-4">
            <Button asChild>
              <Link href="/runder/ny">{t.newRound}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/runder/importer">{t.importSent}</Link>
            </Button>
          </div>
        )}
      </div>
      <Paragraph>{t.intro}</Paragraph>
      {rounds.length === 0 ? (
        <Paragraph>{t.empty}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="sr-only">{t.caption}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t.columns.round}</TableHeaderCell>
              <TableHeaderCell>{t.columns.year}</TableHeaderCell>
              <TableHeaderCell>{t.columns.deadline}</TableHeaderCell>
              <TableHeaderCell>{t.columns.status}</TableHeaderCell>
              <TableHeaderCell>{t.columns.letters}</TableHeaderCell>
              <TableHeaderCell>{t.columns.submitted}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rounds.map((r) => (
              <TableRow key={r.id}>
                <TableCell>
                  <Link href={`/runder/${r.id}`}>{r.title}</Link>
                </TableCell>
                <TableCell>{r.year}</TableCell>
                <TableCell>{formatShortDate(r.deadline, locale)}</TableCell>
                <TableCell>{r.sentAt ? t.sentOn(formatShortDate(r.sentAt, locale)) : t.draft}</TableCell>
                <TableCell>{r.letterCount}</TableCell>
                <TableCell>{t.submittedOf(r.submittedCount, r.letterCount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {can(actor, "archive.export") && <ArchivePeriodForm defaultFrom={`${today.slice(0, 8)}01`} defaultTo={today} />}
    </div>
  );
}
