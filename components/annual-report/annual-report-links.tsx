import Link from "next/link";
import { Heading, Link as DsLink, Paragraph } from "@/components/ds/primitives";
import { annualReportTexts } from "@/lib/i18n/annual-report-nb";
import { getTexts } from "@/lib/i18n/server";

/** From the figures page: the chapter IV text of each reported year. */
export async function AnnualReportLinks({ years }: { years: number[] }) {
  if (years.length === 0) return null;
  const t = await getTexts(annualReportTexts);
  return (
    <section aria-labelledby="aarsrapport" className="flex flex-col gap-2">
      <Heading level={2} data-size="md" id="aarsrapport">
        {t.page.linkFromFigures}
      </Heading>
      <Paragraph data-size="sm">{t.page.linksIntro}</Paragraph>
      <ul className="flex flex-wrap gap-4">
        {years.map((y) => (
          <li key={y}>
            <DsLink asChild>
              <Link href={`/tall/arsrapport/${y}`}>{t.page.title(y)}</Link>
            </DsLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
