import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { MeetingBasisSection, MeetingRecordView } from "@/components/meetings/meeting-record";
import { ActionButton } from "@/components/ui/action-button";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getMeeting } from "@/lib/data/meetings";
import { formatShortDate } from "@/lib/domain/format";
import { meetingPageTexts, meetingTexts } from "@/lib/i18n/meetings";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { finaliseMeetingAction, reopenMeetingAction, saveMeetingAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(meetingPageTexts)).meeting.metaTitle };
}

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** One governance meeting: the adviser writes the draft here; a finalised record is read (and downloaded) as minutes. */
export default async function MeetingPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const { id, meetingId } = await params;
  const actor = await requireActor();
  const record = await orNotFound(getMeeting(actor, meetingId));
  if (record.agency.id !== id) notFound();
  const editing = record.status === "DRAFT" && record.canWrite;
  const files = `/api/virksomheter/${record.agency.id}/moter/${record.id}`;
  const locale = await requestLocale();
  const t = textsIn(meetingTexts, locale);
  const p = textsIn(meetingPageTexts, locale).meeting;
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/virksomheter/${record.agency.id}/moter`}>← {t.title} – {record.agency.name}</Link>
      <Heading level={1} data-size="lg">
        {t.meetingTitle(record.date)} – {record.agency.name}
      </Heading>
      <Paragraph>
        {record.status === "FINAL" && record.finalisedAt ? t.finalisedAt(formatShortDate(record.finalisedAt, locale)) : p.draftNote}
        {record.previousDate && p.previous(formatShortDate(record.previousDate, locale))}
      </Paragraph>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={`${files}/pdf`} download>
            {t.actions.pdf}
          </a>
        </li>
        <li>
          <a href={`${files}/docx`} download>
            {t.actions.docx}
          </a>
        </li>
        <li>
          <Link href={`/virksomheter/${record.agency.id}/styringsmote`}>{t.actions.brief}</Link>
          {p.briefAsToday}
        </li>
      </ul>
      {editing ? (
        <>
          <MeetingBasisSection record={record} locale={locale} />
          <MeetingForm
            initial={{
              meetingId: record.id,
              version: record.version,
              date: iso(record.date),
              participants: record.participants.map((p) => ({ name: p.name, title: p.title, side: p.side })),
              points: record.points.map((p) => ({ what: p.what, responsible: p.responsible, side: p.side, dueOn: iso(p.dueOn) })),
              followUps: record.followUps.map((f) => ({ pointId: f.pointId, status: f.status, comment: f.comment })),
              markFirstMeasure: record.markFirstMeasure,
            }}
            followUps={record.followUps.map((f) => ({ pointId: f.pointId, what: f.what, responsible: f.responsible, side: f.side, agreedOn: f.agreedOn, dueOn: f.dueOn }))}
            firstMeasure={record.firstMeasure}
            save={saveMeetingAction}
            finalise={finaliseMeetingAction}
          />
        </>
      ) : (
        <>
          <MeetingRecordView record={record} locale={locale} />
          {record.canReopen && (
            <ActionButton
              action={reopenMeetingAction}
              arg={`${record.id}@${record.version}`}
              label={t.actions.reopen}
              pendingLabel={p.reopening}
              variant="secondary"
              confirm={p.reopenConfirm}
            />
          )}
        </>
      )}
    </div>
  );
}
