import type { Metadata } from "next";
import Link from "next/link";
import { Button, Field, Heading, Label, Paragraph, Select, SelectOption } from "@digdir/designsystemet-react";
import { FollowUpMatrix } from "@/components/sector-plan/follow-up-matrix";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getFollowUpMatrix } from "@/lib/data/follow-ups";
import { formatShortDate } from "@/lib/domain/format";
import { mandatoryDoneShare } from "@/lib/domain/follow-up";

export const metadata: Metadata = { title: "Oppfølging av sektorplanen" };

/** The ministry's follow-up matrix, filterable by theme (?tema=id; a plain GET form, works without script). */
export default async function FollowUpMatrixPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ tema?: string }> }) {
  const { id } = await params;
  const { tema } = await searchParams;
  const actor = await requireActor();
  const matrix = await orNotFound(getFollowUpMatrix(actor, id));
  const themes = matrix.plan.content.themes;
  const theme = themes.find((th) => th.id === tema);
  const measures = theme ? matrix.measures.filter((m) => m.theme.id === theme.id) : matrix.measures;
  const reported = matrix.agencies.filter((a) => a.cells.size > 0).length;
  const overall = mandatoryDoneShare(matrix.plan.content, new Map());
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/sektorplan/${matrix.plan.id}`}>← Til sektorplanen</Link>
      <Heading level={1} data-size="lg">
        Oppfølging av sektorplanen {matrix.plan.year}
      </Heading>
      <Paragraph>
        Versjon {matrix.plan.versionNumber}, publisert {formatShortDate(matrix.plan.publishedAt)}. {reported} av {matrix.agencies.length}{" "}
        virksomheter har rapportert. Planen har {overall.mandatory} skal-tiltak. Velg en virksomhet for å se underlaget til
        etatsstyringsmøtet.
      </Paragraph>
      {matrix.plan.successor && (
        <Paragraph>
          Planen er avløst av <Link href={`/sektorplan/${matrix.plan.successor.id}/oppfolging`}>handlingsplan {matrix.plan.successor.year}</Link>, som
          følger opp tiltakene som er videreført. Oppfølgingen her kan leses, men ikke endres.
        </Paragraph>
      )}
      <form method="get" className="flex flex-wrap items-end gap-3">
        <Field>
          <Label>Tema</Label>
          <Select name="tema" defaultValue={theme?.id ?? ""}>
            <SelectOption value="">Alle temaer</SelectOption>
            {themes.map((th) => (
              <SelectOption key={th.id} value={th.id}>
                {th.title}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          Vis
        </Button>
      </form>
      {theme && (
        <Paragraph>
          Viser tiltakene i temaet <strong>{theme.title}</strong>. Andelen skal-tiltak gjennomført gjelder hele planen.
        </Paragraph>
      )}
      <FollowUpMatrix measures={measures} ends={matrix.plan.ends} agencies={matrix.agencies} />
    </div>
  );
}
