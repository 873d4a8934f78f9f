import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { LetterImportForm } from "@/components/letters/letter-import-form";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { getLetterImportContext } from "@/lib/data/letter-import";
import { importLetterAction, recogniseLetterAction } from "./actions";

export const metadata: Metadata = { title: "Importer sendt brev" };

export default async function ImportLetterPage() {
  const actor = await requireActor();
  if (!can(actor, "round.write")) notFound();
  const { agencies, rounds } = await getLetterImportContext(actor);
  return (
    <div className="flex flex-col gap-6">
      <Paragraph>
        <Link href="/runder">Tillegg til tildelingsbrev</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Importer et brev som er sendt
      </Heading>
      <Paragraph className="max-w-3xl">
        Brev departementet sendte før Dugnad kan hentes inn her: last opp brevet som PDF, eller lim inn teksten fra en skanning.
        Virksomhet, referanser, dato, tittel, frist, signatarer og brevtekst blir gjenkjent og vist for kontroll før du lagrer.
      </Paragraph>
      <LetterImportForm
        agencies={agencies.map((a) => ({ id: a.id, name: a.name }))}
        rounds={rounds}
        recognise={recogniseLetterAction}
        save={importLetterAction}
      />
    </div>
  );
}
