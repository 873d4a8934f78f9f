"use client";

// Beside the sector plan editor: every agency's latest submitted action plan, one element at a
// time side by side (all agencies' Tiltak together, all trainee assessments together, …), and a
// button to take an agency's measure into the sector plan as a starting point.
import { useState } from "react";
import { Field } from "@/components/ds/field";
import { Button, Heading, Label, Paragraph } from "@/components/ds/primitives";
import { Select } from "@/components/ds/select";
import { useTexts } from "@/components/i18n/locale-provider";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import type { PlanContent, PlanElementKey } from "@/lib/domain/plan-content";
import { planElementText, shorten } from "@/lib/domain/plan-text";
import { commonTexts } from "@/lib/i18n/common";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";

export interface AgencyPlan {
  agencyId: string;
  agencyName: string;
  versionNumber: number;
  content: PlanContent;
}

interface Props {
  plans: AgencyPlan[];
  themes: { id: string; title: string }[];
  onUse: (themeId: string, text: string, from: string) => void;
}

export function AgencyPlansPanel({ plans, themes, onUse }: Props) {
  const [element, setElement] = useState<PlanElementKey>("measures");
  const t = useTexts(sectorPlanUiTexts).editor;
  const common = useTexts(commonTexts);
  const [themeId, setThemeId] = useState("");
  const target = themes.find((th) => th.id === themeId) ?? themes[0];
  return (
    <section aria-labelledby="virksomhetenes-planer" className="flex flex-col gap-4">
      <Heading level={2} data-size="sm" id="virksomhetenes-planer">
        {t.agencyPlans}
      </Heading>
      <Paragraph data-size="sm">{t.panelIntro}</Paragraph>
      <Field>
        <Label>{t.showElement}</Label>
        <Select value={element} onChange={(e) => setElement(e.target.value as PlanElementKey)}>
          {PLAN_ELEMENTS.map((k) => (
            <Select.Option key={k} value={k}>
              {common.planElements[k]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {element === "measures" && themes.length > 0 && (
        <Field>
          <Label>{t.targetTheme}</Label>
          <Select value={target?.id ?? ""} onChange={(e) => setThemeId(e.target.value)}>
            {themes.map((th, i) => (
              <Select.Option key={th.id} value={th.id}>
                {th.title || t.themeFallback(i + 1)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {plans.length === 0 ? (
        <Paragraph>{t.noAgencyPlans}</Paragraph>
      ) : (
        <ul className="grid gap-3">
          {plans.map((p) => (
            <li key={p.agencyId} className="rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
              <Heading level={3} data-size="2xs" className="mb-2">
                {p.agencyName} <span className="font-normal">{t.agencyVersion(p.versionNumber)}</span>
              </Heading>
              {element === "measures" ? (
                <Measures plan={p} themeTitle={target?.title ?? ""} onUse={target ? (text) => onUse(target.id, text, p.agencyName) : undefined} />
              ) : (
                <p className="whitespace-pre-wrap break-words text-sm" lang="nb">{planElementText(p.content, element)}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Measures({ plan, themeTitle, onUse }: { plan: AgencyPlan; themeTitle: string; onUse?: (text: string) => void }) {
  const t = useTexts(sectorPlanUiTexts).editor;
  const common = useTexts(commonTexts);
  const measures = plan.content.measures.filter((m) => m.what.trim());
  if (measures.length === 0) return <p className="text-sm">{common.planProblems.noMeasure}</p>;
  return (
    <ol className="flex list-decimal flex-col gap-2 pl-5 text-sm">
      {measures.map((m) => (
        <li key={m.id}>
          <p className="break-words" lang="nb">
            {m.what}
          </p>
          {onUse && (
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => onUse(m.what)}>
              {t.useAsStart}
              <span className="sr-only">{t.useAsStartContext(themeTitle, shorten(m.what, 50), plan.agencyName)}</span>
            </Button>
          )}
        </li>
      ))}
    </ol>
  );
}
