import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds/primitives";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { listOwnLetters } from "@/lib/data/letters";
import { formatShortDate } from "@/lib/domain/format";
import { letterTexts } from "@/lib/i18n/letters";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(letterTexts)).inbox.metaTitle };
}

export default async function InboxPage() {
  const actor = await requireActor();
  if (actor.organisationKind !== "AGENCY" || !can(actor, "letter.read")) notFound();
  const letters = await listOwnLetters(actor);
  const locale = await requestLocale();
  const t = (await getTexts(letterTexts)).inbox;
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro(actor.organisationName)}</Paragraph>
      {letters.length === 0 ? (
        <Paragraph>{t.empty}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="sr-only">{t.caption}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t.columns.letter}</TableHeaderCell>
              <TableHeaderCell>{t.columns.date}</TableHeaderCell>
              <TableHeaderCell>{t.columns.deadline}</TableHeaderCell>
              <TableHeaderCell>{t.columns.plan}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {letters.map((l) => {
              const plan = l.round.plans[0];
              return (
                <TableRow key={l.id}>
                  <TableCell>
                    <Link href={`/brev/${l.id}`}>{l.title}</Link>{" "}
                    {l.status === "SENT" && <Tag data-color="info">{t.unread}</Tag>}
                  </TableCell>
                  <TableCell>{formatShortDate(l.date, locale)}</TableCell>
                  <TableCell>{formatShortDate(l.deadline, locale)}</TableCell>
                  <TableCell>
                    {plan ? (
                      <span className="flex flex-wrap items-center gap-2">
                        <PlanStatusTag status={plan.status} />
                        <Link href={`/planer/${plan.id}`}>{t.openPlan}</Link>
                      </span>
                    ) : (
                      "–"
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
