import Link from "next/link";
import { Button } from "@/components/ds/primitives";
import type { NavItem } from "@/components/layout/nav-items";
import { NavLinks } from "@/components/layout/nav-links";
import type { shellTexts } from "@/lib/i18n/shell";

type ShellTexts = typeof shellTexts.nb;

interface Props {
  userName: string;
  organisationName: string;
  roleLabel: string;
  items: NavItem[];
  /** Unread notifications (the bell); null: the person has no notifications. */
  unread: number | null;
  signOut: () => Promise<void>;
  /** The shell's texts in the page's language (a server component: functions may pass). */
  t: ShellTexts;
}

export function AppHeader({ userName, organisationName, roleLabel, items, unread, signOut, t }: Props) {
  return (
    <header className="no-print border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-tinted)]">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-semibold text-[var(--ds-color-neutral-text-default)] no-underline">
          Dugnad
        </Link>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          {unread !== null && <NotificationBell unread={unread} t={t} />}
          <span>
            <Link href="/profil" aria-label={t.profileLink(userName)}>
              {userName}
            </Link>{" "}
            · {roleLabel}, {organisationName}
          </span>
          <form action={signOut}>
            <Button type="submit" data-variant="secondary" data-size="sm">
              {t.signOut}
            </Button>
          </form>
        </div>
      </div>
      <nav aria-label={t.mainMenu} className="mx-auto max-w-6xl px-4 pb-2">
        <NavLinks items={items} />
      </nav>
    </header>
  );
}

/** The link to one's notifications, with the unread count as a badge (read out as "(3 uleste)"). */
function NotificationBell({ unread, t }: { unread: number; t: ShellTexts }) {
  return (
    <Link href="/varsler" className="inline-flex items-center gap-1">
      {t.notifications}
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="inline-block min-w-6 rounded-full bg-[var(--ds-color-danger-base-default)] px-2 text-center font-semibold text-[var(--ds-color-danger-base-contrast-default)] no-underline"
        >
          {unread}
        </span>
      )}
      <span className="sr-only">{t.unread(unread)}</span>
    </Link>
  );
}
