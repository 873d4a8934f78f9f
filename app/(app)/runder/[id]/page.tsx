import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
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
import { nb } from "@/lib/i18n/nb";
import { archiveText } from "@/lib/i18n/archive-nb";

export const metadata: Metadata = { title: "Runde" };

const FILTER_LABELS: Record<RoundFilter, string> = {
  alle: "Alle",
  utkast: "Ikke sendt",
  ulest: "Ulest",
  lest: "Lest",
  "over-fristen": "Over fristen",
  "ikke-sendt-inn": "Plan ikke sendt inn",
  "sendt-inn": "Plan sendt inn",
};

function reminderDaysText(days: number[]): string {
  if (days.length === 0) return "Ingen påminnelser før fristen.";
  const list = days.length === 1 ? `${days[0]}` : `${days.slice(0, -1).join(", ")} og ${days[days.length - 1]}`;
  return `Påminnelser før fristen: ${list} ${days.length === 1 && days[0] === 1 ? "dag" : "dager"} før, til virksomheter som ikke har sendt inn planen.`;
}

function deadlineText(days: number): string {
  if (days === 0) return "Fristen er i dag";
  return days > 0 ? `${days} dager igjen` : `${-days} dager over fristen`;
}

/** Plans waiting for review and plans past the deadline, oldest first. */
function FollowUpLists({ rows }: { rows: RoundOverviewRow[] }) {
  const waiting = rows
    .filter((r) => r.planId && awaitsReview(r.planStatus) && !r.isCorrection)
    .sort((a, b) => (a.planSubmittedAt?.getTime() ?? 0) - (b.planSubmittedAt?.getTime() ?? 0));
  const overdue = rows.filter((r) => r.overdue && !r.isCorrection).sort((a, b) => a.daysToDeadline - b.daysToDeadline);
  if (waiting.length === 0 && overdue.length === 0) return null;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="venter">
        <Heading level={2} data-size="sm" id="venter" className="mb-2">
          Venter på gjennomgang ({waiting.length})
        </Heading>
        {waiting.length === 0 ? (
          <Paragraph>Ingen planer venter.</Paragraph>
        ) : (
          <ol className="list-decimal pl-5">
            {waiting.map((r) => (
              <li key={r.letterId}>
                <Link href={`/planer/${r.planId}`}>{r.agencyName}</Link>, sendt inn{" "}
                {r.planSubmittedAt ? formatDateTime(r.planSubmittedAt) : ""}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="forsinket">
        <Heading level={2} data-size="sm" id="forsinket" className="mb-2">
          Over fristen ({overdue.length})
        </Heading>
        {overdue.length === 0 ? (
          <Paragraph>Ingen planer er over fristen.</Paragraph>
        ) : (
          <ol className="list-decimal pl-5">
            {overdue.map((r) => (
              <li key={r.letterId}>
                {r.agencyName}: {nb.planStatus[r.planStatus].toLowerCase()}, {-r.daysToDeadline} dager over fristen
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
  const rows = round.rows.filter((r) => matchesRoundFilter(r, filter));
  const c = round.counts;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/runder">← Alle runder</Link>
      <Heading level={1} data-size="lg">
        {round.title} ({round.year})
      </Heading>
      <Paragraph>
        Frist for handlingsplan: <strong>{formatShortDate(round.deadline)}</strong>.{" "}
        {round.sentAt ? `Sendt ${formatDateTime(round.sentAt)}.` : "Brevene er ikke sendt ennå."}
      </Paragraph>
      <Paragraph>{reminderDaysText(round.reminderDays)}</Paragraph>
      {round.asksForRevision && (
        <Paragraph>Brevene ber om revidert handlingsplan: hver virksomhets plan starter fra den sist godkjente versjonen.</Paragraph>
      )}
      {round.requiresLeaderApproval && (
        <Paragraph>Leder må godkjenne planen før innsending: HR i virksomheten sender planen til sin leder først.</Paragraph>
      )}
      {round.previousRound && (
        <Paragraph>
          Videreført fra{" "}
          <Link href={`/runder/${round.previousRound.id}`}>
            {round.previousRound.title} ({round.previousRound.year})
          </Link>
          .
        </Paragraph>
      )}
      {round.nextRounds.length > 0 && (
        <Paragraph>
          Videreført i{" "}
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
            Ny runde fra denne
          </Link>
        </Paragraph>
      )}
      {query.sendt && round.sentAt && (
        <Alert data-color="success" role="status">
          Brevene er sendt. Virksomhetene ser dem nå i innboksen sin.
        </Alert>
      )}
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-6" aria-label="Status i runden">
        {[
          ["Brev", c.letters],
          ["Ikke sendt", c.draft],
          ["Ulest", c.unread],
          ["Lest", c.read],
          ["Planer sendt inn", c.submitted],
          ["Over fristen", c.overdue],
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
            label={`Send ${c.draft} brev`}
            pendingLabel="Sender …"
            confirm="Sende brevene? Et sendt brev kan ikke endres."
            successHref={`/runder/${round.id}?sendt=1`}
          />
        )}
        {round.sentAt && (
          <a href={`/api/runder/${round.id}/brev.zip`} download>
            Last ned alle brevene i runden (ZIP med PDF)
          </a>
        )}
        {round.sentAt && can(actor, "archive.export") && (
          <div className="flex max-w-prose flex-col gap-1">
            <a href={`/api/runder/${round.id}/arkivmelding`} download aria-describedby="arkiv-hjelp">
              {archiveText.roundButton}
            </a>
            <Paragraph data-size="sm" id="arkiv-hjelp">
              {archiveText.roundHelp}
            </Paragraph>
          </div>
        )}
      </div>

      <FollowUpLists rows={round.rows} />

      <nav aria-label="Filtrer virksomhetene">
        <ul className="flex flex-wrap gap-2">
          {Object.entries(FILTER_LABELS).map(([value, label]) => (
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
        <caption className="sr-only">Virksomhetene i runden, med brev og status for handlingsplan ({FILTER_LABELS[filter]})</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Virksomhet</TableHeaderCell>
            <TableHeaderCell>Brev</TableHeaderCell>
            <TableHeaderCell>Vår ref</TableHeaderCell>
            <TableHeaderCell>Brevstatus</TableHeaderCell>
            <TableHeaderCell>Handlingsplan</TableHeaderCell>
            <TableHeaderCell>Frist</TableHeaderCell>
            {mayWrite && (
              <TableHeaderCell>
                <span className="sr-only">Handlinger</span>
              </TableHeaderCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={mayWrite ? 7 : 6}>Ingen virksomheter med denne statusen.</TableCell>
            </TableRow>
          )}
          {rows.map((row) => (
            <TableRow key={row.letterId}>
              <TableHeaderCell scope="row">{row.agencyName}</TableHeaderCell>
              <TableCell>
                <Link href={`/brev/${row.letterId}`}>
                  {row.isCorrection ? "Rettelse: " : ""}
                  {row.letterNumber || "Uten nummer"}
                  <span className="sr-only"> til {row.agencyShortName}</span>
                </Link>
              </TableCell>
              <TableCell>{row.ourRef}</TableCell>
              <TableCell>
                {nb.letterStatus[row.letterStatus]}
                {row.letterStatus === "READ" && row.readAt ? ` ${formatDateTime(row.readAt)}` : ""}
                {row.letterStatus === "SENT" && row.sentAt ? ` ${formatDateTime(row.sentAt)}` : ""}
              </TableCell>
              <TableCell>
                <span className="flex flex-wrap items-center gap-2">
                  {row.planId && hasSubmittedVersion(row.planStatus, row.planSubmittedAt ? 1 : 0) ? (
                    <Link href={`/planer/${row.planId}`}>
                      <PlanStatusTag status={row.planStatus} />
                      <span className="sr-only"> – les planen til {row.agencyShortName}</span>
                    </Link>
                  ) : (
                    <PlanStatusTag status={row.planStatus} />
                  )}
                  {row.overdue && <Tag data-color="danger">Over fristen</Tag>}
                </span>
              </TableCell>
              <TableCell>{row.letterStatus === "DRAFT" ? "–" : deadlineText(row.daysToDeadline)}</TableCell>
              {mayWrite && (
                <TableCell>
                  {row.letterStatus === "DRAFT" ? (
                    <span className="flex flex-col gap-2">
                      <Link href={`/runder/${round.id}/brev/${row.letterId}`}>
                        Rediger<span className="sr-only"> brevet til {row.agencyShortName}</span>
                      </Link>
                      {round.sentAt && (
                        <ActionButton action={sendLetterAction} arg={row.letterId} label="Send rettelsen" pendingLabel="Sender …" variant="secondary" context={`til ${row.agencyShortName}`} />
                      )}
                    </span>
                  ) : (
                    <ActionButton
                      action={createCorrectionAction}
                      arg={row.letterId}
                      label="Lag rettelse"
                      pendingLabel="Lager …"
                      variant="tertiary"
                      context={`av brevet til ${row.agencyShortName}`}
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
