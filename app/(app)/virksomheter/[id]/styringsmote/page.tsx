import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { YearFiguresTable } from "@/components/hiring/year-figures-table";
import { FollowUpStatusTag } from "@/components/sector-plan/tags";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getMeetingBrief } from "@/lib/data/meeting-brief";
import { formatShare, formatShortDate, todayInNorway } from "@/lib/domain/format";
import { commonTexts } from "@/lib/i18n/common";
import { agencyTexts } from "@/lib/i18n/figures";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(agencyTexts)).brief.title };
}

/** One agency's brief for the governance meeting, on one printable page. */
export default async function MeetingBriefPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const brief = await orNotFound(getMeetingBrief(actor, id));
  const fu = brief.followUp;
  const locale = await requestLocale();
  const t = textsIn(agencyTexts, locale).brief;
  const common = textsIn(commonTexts, locale);
  const p = brief.plan;
  return (
    <div className="flex flex-col gap-6">
      {fu && actor.organisationKind === "MINISTRY" && <Link href={`/sektorplan/${fu.plan.id}/oppfolging`} className="print:hidden">{t.toMatrix}</Link>}
      <Heading level={1} data-size="lg">
        {t.heading(brief.agency.name)}
      </Heading>
      <p className="flex flex-wrap gap-x-6 print:hidden">
        <a href={`/api/virksomheter/${brief.agency.id}/styringsmote/pdf`} download>
          {t.pdf}
        </a>
        {can(actor, "meeting.read") && <Link href={`/virksomheter/${brief.agency.id}/moter`}>{t.meetings}</Link>}
      </p>
      <section aria-labelledby="plan" className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id="plan">
          {t.planHeading}
        </Heading>
        {brief.plan && (
          <p className="flex flex-wrap items-center gap-2">
            <span>{t.status}</span> <PlanStatusTag status={brief.plan.status} />
            {brief.plan && <Link href={`/planer/${brief.plan.id}`}>{t.openPlan}</Link>}
          </p>
        )}
        <Paragraph>{p ? t.planLine(p.roundTitle, common.planStatus[p.status], p.latestVersion, formatShortDate(p.deadline, locale)) : t.noPlan}</Paragraph>
        <Heading level={3} data-size="2xs">
          {t.openComments}
        </Heading>
        {brief.openComments.length === 0 ? (
          <Paragraph>{t.noComments}</Paragraph>
        ) : (
          <ul className="list-disc pl-5">
            {brief.openComments.map((c) => (
              <li key={c.id}>
                <strong>{c.element === "general" ? t.general : (common.planElements[c.element as keyof typeof common.planElements] ?? c.element)}:</strong> {c.body}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="tall" className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id="tall">
          {t.figuresHeading}
        </Heading>
        {brief.figures.length === 0 ? (
          <Paragraph>{t.noFigures}</Paragraph>
        ) : (
          <YearFiguresTable rows={brief.figures} caption={t.figuresCaption} currentYear={todayInNorway().getUTCFullYear()} shareLabel={t.shareGoal} size="sm" locale={locale} />
        )}
      </section>
      <section aria-labelledby="oppfolging" className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id="oppfolging">
          {t.followUpHeading}
        </Heading>
        {!fu ? (
          <Paragraph>{t.notPublished}</Paragraph>
        ) : (
          <>
            <Paragraph>
              {t.followUpLine(fu.plan.content.title, fu.plan.versionNumber, fu.share.done, fu.share.mandatory, formatShare(fu.share.done, fu.share.mandatory, undefined, locale))}
            </Paragraph>
            <Table data-size="sm">
              <caption className="sr-only">{t.measuresCaption}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{t.measure}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.status2}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.comment}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {fu.measures.map((m) => (
                  <TableRow key={m.measure.id}>
                    <TableHeaderCell scope="row">
                      {m.number} {m.theme.title} ({t.measureKinds[m.measure.kind]})
                    </TableHeaderCell>
                    <TableCell>
                      <FollowUpStatusTag status={m.followUp?.status ?? "NOT_STARTED"} />
                    </TableCell>
                    <TableCell>{m.followUp?.reason || m.followUp?.comment || "–"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </section>
    </div>
  );
}
