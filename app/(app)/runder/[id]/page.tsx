import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds/primitives";
import { PlanStatusTag } from "@/components/ui/status-tag";
import { ActionButton } from "@/components/ui/action-button";
import { createCorrectionAction, sendLetterAction, sendRoundAction } from "./actions";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { orNotFound } from "@/lib/auth/page";
import { getRoundOverview, type RoundOverviewRow } from "@/lib/data/rounds";
import { awaitsReview, hasSubmittedVersion } from "@/lib/domain/plan";
import { formatDateTime, formatShortDate, todayInNorway } from "@/lib/domain/format";
import { matchesRoundFilter, parseRoundFilter, type RoundFilter } from "@/lib/domain/round-filter";
import { archiveTexts } from "@/lib/i18n/archive-nb";
import { commonTexts } from "@/lib/i18n/common";
import { roundTexts } from "@/lib/i18n/letters";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

type RoundPageTexts = (typeof roundTexts.nb)["round"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(roundTexts)).round.metaTitle };
}

/** Plans waiting for review and plans past the deadline, oldest first. */
function FollowUpLists({ rows, t, locale }: { rows: RoundOverviewRow[]; t: RoundPageTexts; locale: Locale }) {
  const common = textsIn(commonTexts, locale);
  const waiting = rows
    .filter((r) => r.planId && awaitsReview(r.planStatus) && !r.isCorrection)
    .sort((a, b) => (a.planSubmittedAt?.getTime() ?? 0) - (b.planSubmittedAt?.getTime() ?? 0));
  const overdue = rows.filter((r) => r.overdue && !r.isCorrection).sort((a, b) => a.daysToDeadline - b.daysToDeadline);
  if (waiting.length === 0 && overdue.length === 0) return null;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="venter">
        <Heading level={2} data-size="sm" id="venter" className="mb-2">
          {t.waitingHeading(waiting.length)}
        </Heading>
        {waiting.length === 0 ? (
          <Paragraph>{t.noneWaiting}</Paragraph>
        ) : (
          <ol className="list-decimal pl-5">
            {waiting.map((r) => (
              <li key={r.letterId}>
                <Link href={`/planer/${r.planId}`}>{r.agencyName}</Link>
                {t.submittedAt(r.planSubmittedAt ? formatDateTime(r.planSubmittedAt, locale) : "")}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="forsinket">
        <Heading level={2} data-size="sm" id="forsinket" className="mb-2">
          {t.overdueHeading(overdue.length)}
        </Heading>
        {overdue.length === 0 ? (
          <Paragraph>{t.noneOverdue}</Paragraph>
        ) : (
          <ol className="list-decimal pl-5">
            {overdue.map((r) => (
              <li key={r.letterId}>
                {t.overdueLine(r.agencyName, common.planStatus[r.planStatus].toLowerCase(), -r.daysToDeadline)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

export default async function RoundPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ vis?: string; sendt?: string }> }) {
  const { id } = await params;
  const query = await searchParams;
  const filter = parseRoundFilter(query.vis);
  const actor = await requireActor();
  const round = await orNotFound(getRoundOverview(actor, id, todayInNorway()));
  const mayWrite = can(actor, "round.write");
  const archive = await getTexts(archiveTexts);
  const rows = round.rows.filter((r) => matchesRoundFilter(r, filter));
  const c = round.counts;
  const locale = await requestLocale();
  const t = textsIn(roundTexts, locale).round;
  const filterLabels: Record<RoundFilter, string> = t.filters;
  const common = textsIn(commonTexts, locale);
  return (
    <div className="flex flex-col gap-6">
      <Link href="/runder">{t.back}</Link>
      <Heading level={1} data-size="lg">
        {round.title} ({round.year})
      </Heading>
      <Paragraph>
        {t.planDeadline}
        <strong>{formatShortDate(round.deadline, locale)}</strong>.{" "}
        {round.sentAt ? t.sentAt(formatDateTime(round.sentAt, locale)) : t.notSent}
      </Paragraph>
      <Paragraph>{t.reminderDays(round.reminderDays)}</Paragraph>
      {round.asksForRevision && (
        <Paragraph>{t.asksForRevision}</Paragraph>
      )}
      {round.requiresLeaderApproval && (
        <Paragraph>{t.requiresLeaderApproval}</Paragraph>
      )}
      {round.previousRound && (
        <Paragraph>
          {t.continuedFrom}{" "}
          <Link href={`/runder/${round.previousRound.id}`}>
            {round.previousRound.title} ({round.previousRound.year})
          </Link>
          .
        </Paragraph>
      )}
      {round.nextRounds.length > 0 && (
        <Paragraph>
          {t.continuedIn}{" "}
          {round.nextRounds.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ", "}
              <Link href={`/runder/${r.id}`}>
                {r.title} ({r.year})
              </Link>
            </span>
          ))}
          .
        </Paragraph>
      )}
      {mayWrite && round.sentAt && (
        <Paragraph>
          <Link href={`/runder/ny?fra=${round.id}`} className="ds-button" data-variant="secondary">
            {t.nextRound}
          </Link>
        </Paragraph>
      )}
      {query.sendt && round.sentAt && (
        <Alert data-color="success" role="status">
          {t.sent}
        </Alert>
      )}
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-6" aria-label={t.statusLabel}>
        {[
          [t.counts.letters, c.letters],
          [t.counts.draft, c.draft],
          [t.counts.unread, c.unread],
          [t.counts.read, c.read],
          [t.counts.submitted, c.submitted],
          [t.counts.overdue, c.overdue],
        ].map(([label, n]) => (
          <li key={label} className="rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
            <span className="block text-2xl font-semibold">{n}</span>
            {label}
          </li>
        ))}
      </ul>

      <div className="flex flex-wrap items-start gap-6">
        {mayWrite && c.draft > 0 && !round.sentAt && (
          <ActionButton
            action={sendRoundAction}
            arg={round.id}
            label={t.sendLetters(c.draft)}
            pendingLabel={t.sending}
            confirm={t.sendConfirm}
            successHref={`/runder/${round.id}?sendt=1`}
          />
        )}
        {round.sentAt && (
          <a href={`/api/runder/${round.id}/brev.zip`} download>
            {t.downloadAll}
          </a>
        )}
        {round.sentAt && can(actor, "archive.export") && (
          <div className="flex max-w-prose flex-col gap-1">
            <a href={`/api/runder/${round.id}/arkivmelding`} download aria-describedby="arkiv-hjelp">
              {archive.roundButton}
            </a>
            <Paragraph data-size="sm" id="arkiv-hjelp">
              {archive.roundHelp}
            </Paragraph>
          </div>
        )}
      </div>

      <FollowUpLists rows={round.rows} t={t} locale={locale} />

      <nav aria-label={t.filterLabel}>
        <ul className="flex flex-wrap gap-2">
          {Object.entries(filterLabels).map(([value, label]) => (
            <li key={value}>
              <Link
                href={value === "alle" ? `/runder/${round.id}` : `/runder/${round.id}?vis=${value}`}
                aria-current={filter === value ? "page" : undefined}
                className={`block rounded-full border px-3 py-1 ${filter === value ? "bg-[var(--ds-color-accent-base-default)] font-semibold text-white" : ""}`}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Table zebra>
        <caption className="sr-only">{t.caption(filterLabels[filter])}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t.columns.agency}</TableHeaderCell>
            <TableHeaderCell>{t.columns.letter}</TableHeaderCell>
            <TableHeaderCell>{t.columns.ourRef}</TableHeaderCell>
            <TableHeaderCell>{t.columns.letterStatus}</TableHeaderCell>
            <TableHeaderCell>{t.columns.plan}</TableHeaderCell>
            <TableHeaderCell>{t.columns.deadline}</TableHeaderCell>
            {mayWrite && (
              <TableHeaderCell>
                <span className="sr-only">{t.columns.actions}</span>
              </TableHeaderCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={mayWrite ? 7 : 6}>{t.noRows}</TableCell>
            </TableRow>
          )}
          {rows.map((row) => (
            <TableRow key={row.letterId}>
              <TableHeaderCell scope="row">{row.agencyName}</TableHeaderCell>
              <TableCell>
                <Link href={`/brev/${row.letterId}`}>
                  {row.isCorrection ? t.correction : ""}
                  {row.letterNumber || t.noNumber}
                  <span className="sr-only">{t.toAgency(row.agencyShortName)}</span>
                </Link>
              </TableCell>
              <TableCell>{row.ourRef}</TableCell>
              <TableCell>
                {common.letterStatus[row.letterStatus]}
                {row.letterStatus === "READ" && row.readAt ? ` ${formatDateTime(row.readAt, locale)}` : ""}
                {row.letterStatus === "SENT" && row.sentAt ? ` ${formatDateTime(row.sentAt, locale)}` : ""}
              </TableCell>
              <TableCell>
                <span className="flex flex-wrap items-center gap-2">
                  {row.planId && hasSubmittedVersion(row.planStatus, row.planSubmittedAt ? 1 : 0) ? (
                    <Link href={`/planer/${row.planId}`}>
                      <PlanStatusTag status={row.planStatus} />
                      <span className="sr-only">{t.readPlan(row.agencyShortName)}</span>
                    </Link>
                  ) : (
                    <PlanStatusTag status={row.planStatus} />
                  )}
                  {row.overdue && <Tag data-color="danger">{t.overdue}</Tag>}
                </span>
              </TableCell>
              <TableCell>{row.letterStatus === "DRAFT" ? "–" : t.daysToDeadline(row.daysToDeadline)}</TableCell>
              {mayWrite && (
                <TableCell>
                  {row.letterStatus === "DRAFT" ? (
                    <span className="flex flex-col gap-2">
                      <Link href={`/runder/${round.id}/brev/${row.letterId}`}>
                        {t.edit}
                        <span className="sr-only">{t.editLetterTo(row.agencyShortName)}</span>
                      </Link>
                      {round.sentAt && (
                        <ActionButton action={sendLetterAction} arg={row.letterId} label={t.sendCorrection} pendingLabel={t.sending} variant="secondary" context={t.sendCorrectionContext(row.agencyShortName)} />
                      )}
                    </span>
                  ) : (
                    <ActionButton
                      action={createCorrectionAction}
                      arg={row.letterId}
                      label={t.makeCorrection}
                      pendingLabel={t.makingCorrection}
                      variant="tertiary"
                      context={t.makeCorrectionContext(row.agencyShortName)}
                      goTo={`/runder/${round.id}/brev/`}
                    />
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
