import type { Metadata } from "next";
import Link from "next/link";
import { Field } from "@/components/ds/field";
import { Button, Heading, Label, Paragraph } from "@/components/ds/primitives";
import { Select, SelectOption } from "@/components/ds/select";
import { FollowUpMatrix } from "@/components/sector-plan/follow-up-matrix";
import { orNotFound } from "@/lib/auth/page";
import { requireActor } from "@/lib/auth/session";
import { getFollowUpMatrix } from "@/lib/data/follow-ups";
import { formatShortDate } from "@/lib/domain/format";
import { mandatoryDoneShare } from "@/lib/domain/follow-up";
import { textsIn } from "@/lib/i18n/messages";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(sectorPlanUiTexts)).followUp.title };
}

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
  const locale = await requestLocale();
  const t = textsIn(sectorPlanUiTexts, locale).matrix;
  const f = textsIn(sectorPlanUiTexts, locale).followUp;
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/sektorplan/${matrix.plan.id}`}>{t.back}</Link>
      <Heading level={1} data-size="lg">
        {t.heading(matrix.plan.year)}
      </Heading>
      <Paragraph>
        {t.intro(matrix.plan.versionNumber, formatShortDate(matrix.plan.publishedAt, locale), reported, matrix.agencies.length, overall.mandatory)}
      </Paragraph>
      {matrix.plan.successor && (
        <Paragraph>
          {t.supersededBefore}
          <Link href={`/sektorplan/${matrix.plan.successor.id}/oppfolging`}>{f.actionPlan(matrix.plan.successor.year)}</Link>
          {t.supersededAfter}
        </Paragraph>
      )}
      <form method="get" className="flex flex-wrap items-end gap-3">
        <Field>
          <Label>{t.theme}</Label>
          <Select name="tema" defaultValue={theme?.id ?? ""}>
            <SelectOption value="">{t.allThemes}</SelectOption>
            {themes.map((th) => (
              <SelectOption key={th.id} value={th.id}>
                {th.title}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t.show}
        </Button>
      </form>
      {theme && (
        <Paragraph>
          {t.showingBefore}
          <strong lang="nb">{theme.title}</strong>
          {t.showingAfter}
        </Paragraph>
      )}
      <FollowUpMatrix measures={measures} ends={matrix.plan.ends} agencies={matrix.agencies} />
    </div>
  );
}
