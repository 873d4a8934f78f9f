import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@digdir/designsystemet-react";

export const metadata: Metadata = { title: "Tilgjengelighetserklæring" };

// Served to anyone, signed in or not (also the floor the benchmark compares the dashboard with).
// Rendered per request like every page, for the nonce of its Content-Security-Policy (app/layout.tsx).

export default function AccessibilityStatementPage() {
  return (
    <main id="hovedinnhold" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
      <Heading level={1} data-size="lg">
        Tilgjengelighetserklæring for Dugnad
      </Heading>
      <Paragraph>
        Dugnad skal kunne brukes av alle. Løsningen er laget for å oppfylle kravene til universell utforming av ikt
        (WCAG 2.1 nivå A og AA), og hver side kontrolleres automatisk med axe når løsningen testes.
      </Paragraph>
      <Heading level={2} data-size="md">
        Slik er løsningen laget
      </Heading>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        <li>Alle sider kan brukes med tastatur alene, og fokus vises tydelig.</li>
        <li>Diagrammer har en kort tekst, og de samme tallene står i en tabell under.</li>
        <li>Status vises med tekst, ikke bare med farge.</li>
        <li>Feil i skjemaer vises ved feltet, med en forklaring på hva som må rettes.</li>
        <li>Brev og planer kan lastes ned som PDF og DOCX med overskrifter og lister.</li>
      </ul>
      <Heading level={2} data-size="md">
        Kjente mangler
      </Heading>
      <Paragraph>
        PDF-filene er ikke merket (tagget) for skjermlesere ennå. Bruk DOCX-versjonen eller siden i nettleseren hvis du
        bruker skjermleser.
      </Paragraph>
      <Heading level={2} data-size="md">
        Gi tilbakemelding
      </Heading>
      <Paragraph>
        Finner du noe som ikke virker for deg, ta kontakt med departementets kontaktperson for inkluderingsdugnaden. Du
        kan også klage til Tilsynet for universell utforming av ikt (uutilsynet.no).
      </Paragraph>
      <Paragraph>
        <Link href="/">Til forsiden</Link>
      </Paragraph>
    </main>
  );
}
