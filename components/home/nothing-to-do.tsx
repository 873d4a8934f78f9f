import { HomeLink } from "@/components/home/home-link";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { NavItem } from "@/components/layout/nav-items";
import { nb } from "@/lib/i18n/nb";

/** The empty state: nothing to do now, and where else to go. */
export function NothingToDo({ links }: { links: NavItem[] }) {
  return (
    <section aria-labelledby="hjem-ingenting" className="flex flex-col gap-3">
      <Heading level={2} data-size="md" id="hjem-ingenting">
        {nb.home.nothing}
      </Heading>
      <Paragraph>{nb.home.nothingHelp}</Paragraph>
      <ul className="ml-6 list-disc">
        {links.map((l) => (
          <li key={l.href}>
            <HomeLink href={l.href}>{nb.home.goTo(l.label)}</HomeLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
