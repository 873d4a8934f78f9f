import { AppHeader } from "@/components/layout/app-header";
import { navItemsFor } from "@/components/layout/nav-items";
import { can } from "@/lib/access";
import { signOut } from "@/lib/auth";
import { unreadCount } from "@/lib/data/notifications";
import { requireActor } from "@/lib/auth/session";
import { nb } from "@/lib/i18n/nb";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const unread = can(actor, "notification.read") ? await unreadCount(actor) : null;
  async function logOut() {
    "use server";
    await signOut({ redirectTo: "/logg-inn" });
  }
  return (
    <>
      <a href="#hovedinnhold" className="skip-link">
        Hopp til hovedinnhold
      </a>
      <AppHeader
        userName={actor.name}
        organisationName={actor.organisationName}
        roleLabel={nb.roles[actor.role]}
        items={navItemsFor(actor)}
        unread={unread}
        signOut={logOut}
      />
      <main id="hovedinnhold" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm">
        <a href="/tilgjengelighet">Tilgjengelighetserklæring</a> · <a href="/offentlig">Offentlige tall</a>
      </footer>
    </>
  );
}
