import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
import { RoundForm } from "@/components/rounds/round-form";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { can } from "@/lib/access";
import { listAgencies } from "@/lib/data/organisations";
import { getRoundTemplate } from "@/lib/data/rounds";
import { todayInNorway } from "@/lib/domain/format";
import { DEFAULT_REMINDER_DAYS } from "@/lib/domain/notifications";
import { builtInTemplate } from "@/lib/domain/round-template";
import { letterDocumentNb, roundTexts } from "@/lib/i18n/letters";
import { getTexts } from "@/lib/i18n/server";
import { createRoundAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(roundTexts)).create.metaTitle };
}

/** `?fra=<round>`: next year's round from that one (issue 13); without it, from the built-in template. */
export default async function NewRoundPage({ searchParams }: { searchParams: Promise<{ fra?: string | string[] }> }) {
  const actor = await requireActor();
  if (!can(actor, "round.write")) notFound();
  const { fra } = await searchParams;
  const from = typeof fra === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(fra) ? fra : null;
  if (fra !== undefined && !from) notFound();
  const [agencies, template] = await Promise.all([listAgencies(actor, "round.write"), from ? orNotFound(getRoundTemplate(actor, from)) : null]);
  const t = (await getTexts(roundTexts)).create;
  if (template) {
    const previous = `${template.previousRound.title} (${template.previousRound.year})`;
    return (
      <div className="flex max-w-3xl flex-col gap-6">
        <Heading level={1} data-size="lg">
          {t.fromHeading(previous)}
        </Heading>
        <Paragraph>
          {t.fromIntroBefore}
          <Link href={`/runder/${template.previousRound.id}`}>{previous}</Link>
          {t.fromIntroAfter}
        </Paragraph>
        {template.dropped.length > 0 && (
          <Alert data-color="info">{t.dropped(template.dropped.join(", "))}</Alert>
        )}
        {template.ownSender.length > 0 && (
          <Paragraph data-size="sm">{t.ownSender(template.ownSender.join(", "))}</Paragraph>
        )}
        <RoundForm
          agencies={agencies}
          create={createRoundAction}
          defaults={template.defaults}
          checkedAgencyIds={template.agencyIds}
          previousRoundId={template.previousRound.id}
        />
      </div>
    );
  }
  const today = todayInNorway();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const deadline = new Date(today.getTime() + 30 * 86_400_000);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.heading}
      </Heading>
      <Paragraph>
        {t.introBefore}
        <Link href="/runder">{t.introLink}</Link>
        {t.introAfter}
      </Paragraph>
      <RoundForm
        agencies={agencies}
        create={createRoundAction}
        defaults={{
          title: letterDocumentNb.roundTitle,
          date: iso(today),
          deadline: iso(deadline),
          body: builtInTemplate(today.getUTCFullYear(), deadline),
          department: "",
          caseworkerName: actor.name,
          caseworkerPhone: "",
          signatories: [
            { name: "", title: "", byAuthority: true },
            { name: actor.name, title: "", byAuthority: false },
          ],
          copyTo: letterDocumentNb.copyTo,
          reminderDays: DEFAULT_REMINDER_DAYS.join(", "),
          caseNumber: "",
          asksForRevision: false,
          requiresLeaderApproval: false,
        }}
      />
    </div>
  );
}
