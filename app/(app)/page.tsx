import type { Metadata } from "next";
import { HomeLink } from "@/components/home/home-link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { AuditChanges } from "@/components/home/audit-changes";
import { HomeItems } from "@/components/home/home-items";
import { NothingToDo } from "@/components/home/nothing-to-do";
import { SectorGlance } from "@/components/home/sector-glance";
import { navItemsFor } from "@/components/layout/nav-items";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getHome } from "@/lib/data/home";
import { commonTexts } from "@/lib/i18n/common";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(commonTexts)).home.title };
}

/** Hjem: what to do next for the person signed in, the most urgent first (issue 12). */
export default async function HomePage() {
  const actor = await requireActor();
  const home = await orNotFound(getHome(actor, new Date()));
  const locale = await requestLocale();
  const t = textsIn(commonTexts, locale).home;
  const links = navItemsFor(actor, locale).filter((l) => l.href !== "/");
  // A leader and the audit office get an overview rather than a list of tasks.
  const overview = home.glance !== null || home.changes !== null;
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <Heading level={1} data-size="lg">
          {t.title}
        </Heading>
        {!overview && <Paragraph>{t.intro}</Paragraph>}
      </div>
      {home.glance && <SectorGlance glance={home.glance} locale={locale} />}
      {home.changes && <AuditChanges changes={home.changes} locale={locale} />}
      {home.items.length > 0 && <HomeItems items={home.items} more={home.more} today={home.today} heading={home.kind === "admin" ? t.invitedHeading : undefined} locale={locale} />}
      {!overview && home.items.length === 0 && <NothingToDo links={links} locale={locale} />}
      {home.kind === "admin" && (
        <Paragraph>
          <HomeLink href="/admin/brukere">{t.toAdmin}</HomeLink>
        </Paragraph>
      )}
    </div>
  );
}
