import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { CountingRules } from "@/components/hiring/counting-rules";
import { FIRST_REPORTING_YEAR } from "@/lib/domain/reporting-years";
import { ImportForm } from "@/components/hiring/import-form";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { todayInNorway } from "@/lib/domain/format";
import { IMPORT_COLUMNS } from "@/lib/domain/hiring-import";
import { applyImportAction, checkImportAction } from "./actions";

export const metadata: Metadata = { title: "Importer tall" };

export default async function ImportPage() {
  const actor = await requireActor();
  if (!can(actor, "hiring.manage")) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link href="/tall">← Nytilsettinger</Link>
      <Heading level={1} data-size="lg">
        Importer tall for et år
      </Heading>
      <Paragraph>
        Last opp tallene for mange virksomheter på en gang, som CSV (semikolon eller komma) eller Excel (.xlsx). Filen
        kontrolleres først, og alle feil vises per linje. Når filen er uten feil, importeres alle radene samlet: enten
        alle, eller ingen. Endrede tall får en revisjon i historikken, med filnavnet som begrunnelse.
      </Paragraph>
      <Paragraph data-size="sm">
        Kolonner: {IMPORT_COLUMNS.map((c) => `«${c.header}»`).join(", ")}. «Virksomhet» og «Begrunnelse» er valgfrie.
        «Traineer» er traineene i traineeprogrammet i staten som startet i året: alle er i målgruppen, og de føres
        bare der, ikke også under midlertidige.{" "}
        <a href="/api/tall/importmal.csv" download>
          Last ned malen med sektorens virksomheter (CSV)
        </a>
        .
      </Paragraph>
      <CountingRules years={Array.from({ length: todayInNorway().getUTCFullYear() - FIRST_REPORTING_YEAR + 1 }, (_, i) => FIRST_REPORTING_YEAR + i)} />
      <ImportForm defaultYear={todayInNorway().getUTCFullYear() - 1} check={checkImportAction} apply={applyImportAction} />
    </div>
  );
}
