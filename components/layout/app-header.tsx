import Link from "next/link";
import { Button } from "@digdir/designsystemet-react";
import type { NavItem } from "@/components/layout/nav-items";
import { NavLinks } from "@/components/layout/nav-links";

interface Props {
  userName: string;
  organisationName: string;
  roleLabel: string;
  items: NavItem[];
  /** Unread notifications (the bell); null: the person has no notifications. */
  unread: number | null;
  signOut: () => Promise<void>;
}

export function AppHeader({ userName, organisationName, roleLabel, items, unread, signOut }: Props) {
  return (
    <header className="no-print border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-tinted)]">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-semibold text-[var(--ds-color-neutral-text-default)] no-underline">
          Dugnad
        </Link>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          {unread !== null && <NotificationBell unread={unread} />}
          <span>
            <Link href="/profil" aria-label={`Min profil: ${userName}`}>
              {userName}
            </Link>{" "}
            · {roleLabel}, {organisationName}
          </span>
          <form action={signOut}>
            <Button type="submit" variant="secondary" data-size="sm">
              Logg ut
            </Button>
          </form>
        </div>
      </div>
      <nav aria-label="Hovedmeny" className="mx-auto max-w-6xl px-4 pb-2">
        <NavLinks items={items} />
      </nav>
    </header>
  );
}

/** The link to one's notifications, with the unread count as a badge (read out as "(3 uleste)"). */
function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link href="/varsler" className="inline-flex items-center gap-1">
      Varsler
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="inline-block min-w-6 rounded-full bg-[var(--ds-color-danger-base-default)] px-2 text-center font-semibold text-[var(--ds-color-danger-base-contrast-default)] no-underline"
        >
          {unread}
        </span>
      )}
      <span className="sr-only">{unread === 0 ? "(ingen uleste)" : `(${unread} uleste)`}</span>
    </Link>
  );
}
