import { HomeLink } from "@/components/home/home-link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import type { NavItem } from "@/components/layout/nav-items";
import { commonTexts } from "@/lib/i18n/common";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

/** The empty state: nothing to do now, and where else to go. */
export function NothingToDo({ links, locale = "nb" }: { links: NavItem[]; locale?: Locale }) {
  const t = textsIn(commonTexts, locale).home;
  return (
    <section aria-labelledby="hjem-ingenting" className="flex flex-col gap-3">
      <Heading level={2} data-size="md" id="hjem-ingenting">
        {t.nothing}
      </Heading>
      <Paragraph>{t.nothingHelp}</Paragraph>
      <ul className="ml-6 list-disc">
        {links.map((l) => (
          <li key={l.href}>
            <HomeLink href={l.href}>{t.goTo(l.label)}</HomeLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
