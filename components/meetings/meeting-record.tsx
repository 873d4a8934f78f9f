import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import type { MeetingRecord } from "@/lib/data/meetings";
import { basisLines } from "@/lib/documents/meeting-minutes-text";
import { formatShortDate } from "@/lib/domain/format";
import type { Locale } from "@/lib/i18n/locale";
import { meetingTexts } from "@/lib/i18n/meetings";
import { textsIn } from "@/lib/i18n/messages";

/**
 * The basis of the record: the brief as it stood when the record was made. Its sentences are the
 * minutes' own (the PDF and DOCX have the same), so they stay Norwegian under an English heading.
 */
export function MeetingBasisSection({ record, locale }: { record: Pick<MeetingRecord, "basis" | "basisAt">; locale: Locale }) {
  const t = textsIn(meetingTexts, locale);
  return (
    <section aria-labelledby="underlag" className="flex flex-col gap-2">
      <Heading level={2} data-size="sm" id="underlag">
        {t.headings.basis}
      </Heading>
      <ul className="flex flex-col gap-1" lang="nb">
        {basisLines(record.basis, record.basisAt).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

/** A finalised record (or a draft read by the ministry), as the minutes have it. */
export function MeetingRecordView({ record, locale }: { record: MeetingRecord; locale: Locale }) {
  const t = textsIn(meetingTexts, locale);
  const c = t.columns;
  const sideText = (side: keyof typeof t.sides) => t.sides[side];
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="deltakere" className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id="deltakere">
          {t.headings.participants}
        </Heading>
        {record.participants.length === 0 ? (
          <Paragraph>{t.noParticipants}</Paragraph>
        ) : (
          <Table data-size="sm">
            <caption className="sr-only">{t.headings.participants}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{c.name}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.title}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.side}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {record.participants.map((p, i) => (
                <TableRow key={i}>
                  <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
                  <TableCell>{p.title || "–"}</TableCell>
                  <TableCell>{sideText(p.side)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <MeetingBasisSection record={record} locale={locale} />
      <section aria-labelledby="punkter" className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id="punkter">
          {t.headings.points}
        </Heading>
        {record.points.length === 0 ? (
          <Paragraph>{t.noPoints}</Paragraph>
        ) : (
          <Table data-size="sm">
            <caption className="sr-only">{t.headings.points}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{c.what}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.who}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.due}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.status}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {record.points.map((p) => (
                <TableRow key={p.id}>
                  <TableHeaderCell scope="row">{p.what}</TableHeaderCell>
                  <TableCell>
                    {p.responsible} ({sideText(p.side).toLowerCase()})
                  </TableCell>
                  <TableCell>{p.dueOn ? formatShortDate(p.dueOn, locale) : "–"}</TableCell>
                  <TableCell>{t.pointStatuses[p.status]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-labelledby="oppfolging" className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id="oppfolging">
          {t.headings.followUp}
        </Heading>
        {record.followUps.length === 0 ? (
          <Paragraph>{t.noFollowUp}</Paragraph>
        ) : (
          <Table data-size="sm">
            <caption className="sr-only">{t.headings.followUp}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{c.what}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.who}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.agreedIn}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.status}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.comment}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {record.followUps.map((f) => (
                <TableRow key={f.pointId}>
                  <TableHeaderCell scope="row">{f.what}</TableHeaderCell>
                  <TableCell>
                    {f.responsible} ({sideText(f.side).toLowerCase()})
                  </TableCell>
                  <TableCell>{formatShortDate(f.agreedOn, locale)}</TableCell>
                  <TableCell>{t.pointStatuses[f.status]}</TableCell>
                  <TableCell>{f.comment || "–"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      {record.markFirstMeasure && record.firstMeasure && (
        <section aria-labelledby="tiltak" className="flex flex-col gap-2">
          <Heading level={2} data-size="sm" id="tiltak">
            {t.headings.firstMeasure}
          </Heading>
          <Paragraph>{record.status === "FINAL" ? t.firstMeasureMarked(record.firstMeasure.text) : t.firstMeasureLabel(record.firstMeasure.text)}</Paragraph>
        </section>
      )}
    </div>
  );
}
