import Link from "next/link";
import { Button } from "@digdir/designsystemet-react";
import type { NavItem } from "@/components/layout/nav-items";
import { NavLinks } from "@/components/layout/nav-links";

interface Props {
  userName: string;
  organisationName: string;
  roleLabel: string;
  items: NavItem[];
  signOut: () => Promise<void>;
}

export function AppHeader({ userName, organisationName, roleLabel, items, signOut }: Props) {
  return (
    <header className="no-print border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-tinted)]">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-semibold text-[var(--ds-color-neutral-text-default)] no-underline">
          Dugnad
        </Link>
        <div className="flex flex-wrap items-center gap-4 text-sm">
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
