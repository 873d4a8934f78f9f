"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/components/layout/nav-items";

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`block rounded px-3 py-2 underline-offset-4 ${
                current ? "bg-[var(--ds-color-accent-surface-default)] font-semibold underline" : "hover:underline"
              } text-[var(--ds-color-neutral-text-default)]`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
