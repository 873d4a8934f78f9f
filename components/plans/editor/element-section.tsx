"use client";

import type { ReactNode } from "react";
import { Alert, Heading, Paragraph, Tag } from "@/components/ds/primitives";
import { PlanComments, type PlanCommentItem } from "@/components/plans/plan-comments";
import { useTexts } from "@/components/i18n/locale-provider";
import type { PlanElementKey, PlanProblem } from "@/lib/domain/plan-content";
import { commonTexts } from "@/lib/i18n/common";
import { planTexts } from "@/lib/i18n/plan-nb";
import { planEditorTexts } from "@/lib/i18n/plan-editor";

export const sectionId = (element: PlanElementKey) => `element-${element}`;

/**
 * One element of the plan: heading, help text, a live completeness indicator in words,
 * the ministry's comments on it, the server's complaints from the last submit, and the fields.
 */
export function ElementSection({
  element,
  problems,
  serverErrors,
  comments,
  children,
}: {
  element: PlanElementKey;
  problems: PlanProblem[];
  serverErrors?: string[];
  comments: PlanCommentItem[];
  children: ReactNode;
}) {
  const t = useTexts(planEditorTexts);
  const id = sectionId(element);
  const title = useTexts(planTexts).elements[element];
  const help = useTexts(commonTexts).planElementHelp;
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      tabIndex={-1}
      className="flex scroll-mt-4 flex-col gap-4 border-t border-[var(--ds-color-neutral-border-subtle)] pt-6 focus-visible:outline-2"
    >
      <div className="flex flex-col gap-2">
        <Heading level={2} data-size="sm" id={`${id}-heading`}>
          {title}
        </Heading>
        <Paragraph>{help[element]}</Paragraph>
        <Completeness problems={problems} />
        {serverErrors && serverErrors.length > 0 && (
          <Alert data-color="danger">
            <Paragraph>{t.serverElementErrors}</Paragraph>
            <ul className="ml-6 list-disc">
              {serverErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Alert>
        )}
      </div>
      <PlanComments comments={comments} label={t.elementComments(title)} />
      {children}
    </section>
  );
}

/** "Komplett", or what is missing, in words (never colour alone). */
export function Completeness({ problems }: { problems: PlanProblem[] }) {
  const t = useTexts(planEditorTexts);
  const words = useTexts(planTexts).problems;
  if (problems.length === 0) {
    return (
      <p>
        <Tag data-color="success">{t.complete}</Tag>
      </p>
    );
  }
  return (
    <div>
      <p>
        <Tag data-color="warning">{t.missing}</Tag>
      </p>
      <ul className="mt-1 ml-6 list-disc">
        {problems.map((p) => (
          <li key={p}>{words[p]}</li>
        ))}
      </ul>
    </div>
  );
}
