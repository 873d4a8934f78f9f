import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { accessibilityTexts } from "@/lib/i18n/accessibility";
import { getTexts } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(accessibilityTexts)).title };
}

// Served to anyone, signed in or not (also the floor the benchmark compares the dashboard with).
// Rendered per request like every page, for the nonce of its Content-Security-Policy (app/layout.tsx).

export default async function AccessibilityStatementPage() {
  const t = await getTexts(accessibilityTexts);
  return (
    <main id="hovedinnhold" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
      <Heading level={1} data-size="lg">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      <Heading level={2} data-size="md">
        {t.howHeading}
      </Heading>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        {t.how.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Heading level={2} data-size="md">
        {t.gapsHeading}
      </Heading>
      <Paragraph>{t.gaps}</Paragraph>
      <Heading level={2} data-size="md">
        {t.feedbackHeading}
      </Heading>
      <Paragraph>{t.feedback}</Paragraph>
      <Paragraph>
        <Link href="/">{t.home}</Link>
      </Paragraph>
    </main>
  );
}
