import { AppHeader } from "@/components/layout/app-header";
import { navItemsFor } from "@/components/layout/nav-items";
import { can } from "@/lib/access";
import { signOut } from "@/lib/auth";
import { unreadCountForHeader } from "@/lib/data/notifications";
import { requireActor } from "@/lib/auth/session";
import { commonTexts } from "@/lib/i18n/common";
import { textsIn } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import { shellTexts } from "@/lib/i18n/shell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const unread = can(actor, "notification.read") ? await unreadCountForHeader(actor) : null;
  const locale = await requestLocale();
  const t = textsIn(shellTexts, locale);
  async function logOut() {
    "use server";
    await signOut({ redirectTo: "/logg-inn" });
  }
  return (
    <>
      <a href="#hovedinnhold" className="skip-link">
        {t.skipLink}
      </a>
      <AppHeader
        userName={actor.name}
        organisationName={actor.organisationName}
        roleLabel={textsIn(commonTexts, locale).roles[actor.role]}
        items={navItemsFor(actor, locale)}
        unread={unread}
        signOut={logOut}
        t={t}
      />
      <main id="hovedinnhold" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm">
        <a href="/tilgjengelighet">{t.accessibilityStatement}</a> · <a href="/offentlig">{t.publicFigures}</a>
      </footer>
    </>
  );
}
