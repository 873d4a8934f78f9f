import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { CountingRules } from "@/components/hiring/counting-rules";
import { FIRST_REPORTING_YEAR } from "@/lib/domain/reporting-years";
import { ImportForm } from "@/components/hiring/import-form";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { todayInNorway } from "@/lib/domain/format";
import { IMPORT_COLUMNS } from "@/lib/domain/hiring-import";
import { hiringTexts } from "@/lib/i18n/figures";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { applyImportAction, checkImportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(hiringTexts)).importPage.title };
}

export default async function ImportPage() {
  const actor = await requireActor();
  if (!can(actor, "hiring.manage")) notFound();
  const locale = await requestLocale();
  const t = textsIn(hiringTexts, locale).importPage;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/tall">{t.back}</Link>
      <Heading level={1} data-size="lg">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      <Paragraph data-size="sm">
        {t.columns(IMPORT_COLUMNS.map((c) => c.header))}
        <a href="/api/tall/importmal.csv" download>
          {t.template}
        </a>
        .
      </Paragraph>
      <CountingRules years={Array.from({ length: todayInNorway().getUTCFullYear() - FIRST_REPORTING_YEAR + 1 }, (_, i) => FIRST_REPORTING_YEAR + i)} locale={locale} />
      <ImportForm defaultYear={todayInNorway().getUTCFullYear() - 1} check={checkImportAction} apply={applyImportAction} />
    </div>
  );
}
