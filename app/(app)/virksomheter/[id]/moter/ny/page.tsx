import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { NewMeetingForm } from "@/components/meetings/new-meeting-form";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { listMeetings } from "@/lib/data/meetings";
import { todayInNorway } from "@/lib/domain/format";
import { meetingPageTexts, meetingTexts } from "@/lib/i18n/meetings";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { createMeetingAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(meetingTexts)).newMeeting };
}

/** The adviser starts the record of a meeting: its date; the brief as it stands now becomes its basis. */
export default async function NewMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const list = await orNotFound(listMeetings(actor, id));
  if (!list.canWrite) notFound();
  const locale = await requestLocale();
  const t = textsIn(meetingTexts, locale);
  const p = textsIn(meetingPageTexts, locale).create;
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/virksomheter/${list.agency.id}/moter`}>← {t.title} – {list.agency.name}</Link>
      <Heading level={1} data-size="lg">
        {t.newMeeting} – {list.agency.name}
      </Heading>
      <Paragraph>
        {p.introBefore}
        <Link href={`/virksomheter/${list.agency.id}/styringsmote`}>{p.introLink}</Link>
        {p.introAfter}
      </Paragraph>
      <NewMeetingForm agencyId={list.agency.id} today={todayInNorway().toISOString().slice(0, 10)} create={createMeetingAction} />
    </div>
  );
}
