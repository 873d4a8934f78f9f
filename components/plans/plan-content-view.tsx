// An action plan's content, read only: the six elements with headings, tables where the content
// is tabular, and an optional slot per element (the ministry's comments) beside it.
// A server component. Designsystemet's table parts are used as named exports (Table.Head and
// the like do not survive the server/client boundary).
import type { ReactNode } from "react";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds/primitives";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { CHALLENGE_CATEGORIES, type PlanContent, type PlanElementKey } from "@/lib/domain/plan-content";
import { formatPlanDate, measureChallengeText } from "@/lib/domain/plan-text";
import { PLAN_ELEMENTS } from "@/lib/domain/plan";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";
import { planTexts } from "@/lib/i18n/plan-nb";
import { requestLocale } from "@/lib/i18n/server";

type Level = 2 | 3 | 4 | 5;
type Texts = (typeof planTexts)["nb"];
/** What every part of the view reads: the texts and the language for dates. */
type Words = { t: Texts; locale: Locale };

const filled = (s: string) => s.trim().length > 0;

function Prose({ text, t }: { text: string; t: Texts }) {
  return filled(text) ? <p className="whitespace-pre-line break-words">{text.trim()}</p> : <p>{t.missing}</p>;
}

function Empty({ t }: { t: Texts }) {
  return <Paragraph>{t.empty}</Paragraph>;
}

function Challenges({ content, level, t }: { content: PlanContent; level: Level } & Words) {
  const items = content.challenges.filter((c) => filled(c.challenge) || filled(c.opportunities));
  if (items.length === 0) return <Empty t={t} />;
  return (
    <div className="flex flex-col gap-4">
      {CHALLENGE_CATEGORIES.map((category) => {
        const inCategory = items.filter((c) => c.category === category);
        if (inCategory.length === 0) return null;
        return (
          <div key={category} className="flex flex-col gap-2">
            <Heading level={(level + 1) as Level} data-size="2xs">
              {t.challengeCategories[category]}
            </Heading>
            <ul className="flex flex-col gap-3">
              {inCategory.map((c) => (
                <li key={c.id} className="rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
                  <dl className="flex flex-col gap-1">
                    <dt className="font-semibold">{t.fields.challenge}</dt>
                    <dd>
                      <Prose text={c.challenge} t={t} />
                    </dd>
                    <dt className="mt-2 font-semibold">{t.fields.opportunities}</dt>
                    <dd>
                      <Prose text={c.opportunities} t={t} />
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

function Measures({ content, t, locale }: { content: PlanContent } & Words) {
  const items = content.measures.filter((m) => filled(m.what) || filled(m.owner) || m.due);
  if (items.length === 0) return <Empty t={t} />;
  return (
    <ScrollRegion label={t.measuresCaption}>
      <Table border className="w-full">
        <caption className="sr-only">{t.measuresCaption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t.fields.measure}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.owner}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.due}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.status}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.answers}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((m) => (
            <TableRow key={m.id}>
              <TableCell className="whitespace-pre-line break-words">{m.what.trim() || t.missing}</TableCell>
              <TableCell>{m.owner.trim() || t.missing}</TableCell>
              <TableCell className="whitespace-nowrap">{formatPlanDate(m.due, locale) || t.missing}</TableCell>
              <TableCell>{t.measureStatuses[m.status]}</TableCell>
              <TableCell>{measureChallengeText(content, m, 80, locale) || t.missing}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

function Goals({ content, t, locale }: { content: PlanContent } & Words) {
  const items = content.goals.filter((g) => filled(g.description) || filled(g.target) || g.date);
  if (items.length === 0) return <Empty t={t} />;
  const ordered = [...items.filter((g) => g.term === "SHORT"), ...items.filter((g) => g.term === "LONG")];
  return (
    <ScrollRegion label={t.goalsCaption}>
      <Table border className="w-full">
        <caption className="sr-only">{t.goalsCaption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t.fields.goalTerm}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.goal}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.target}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.goalDate}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {ordered.map((g) => (
            <TableRow key={g.id}>
              <TableCell>{t.goalTerms[g.term]}</TableCell>
              <TableCell className="whitespace-pre-line break-words">{g.description.trim() || t.missing}</TableCell>
              <TableCell>{g.target.trim() || t.missing}</TableCell>
              <TableCell className="whitespace-nowrap">{formatPlanDate(g.date, locale) || t.missing}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

function GoalLink({ content, level, t }: { content: PlanContent; level: Level } & Words) {
  const { text } = content.goalLink;
  const agencyGoals = content.goalLink.agencyGoals.filter(filled);
  if (!filled(text) && agencyGoals.length === 0) return <Empty t={t} />;
  return (
    <div className="flex flex-col gap-3">
      {filled(text) && <Prose text={text} t={t} />}
      {agencyGoals.length > 0 && (
        <div>
          <Heading level={(level + 1) as Level} data-size="2xs" className="mb-1">
            {t.fields.agencyGoals}
          </Heading>
          <ul className="list-disc pl-6">
            {agencyGoals.map((g, i) => (
              <li key={i}>{g}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function Responsibilities({ content, t }: { content: PlanContent } & Words) {
  const items = content.responsibilities.filter((r) => filled(r.who) || filled(r.what));
  if (items.length === 0) return <Empty t={t} />;
  return (
    <ScrollRegion label={t.responsibilitiesCaption}>
      <Table border className="w-full">
        <caption className="sr-only">{t.responsibilitiesCaption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t.fields.who}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.fields.what}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((r) => (
            <TableRow key={r.id}>
              <TableHeaderCell scope="row">{r.who.trim() || t.missing}</TableHeaderCell>
              <TableCell className="whitespace-pre-line break-words">{r.what.trim() || t.missing}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

function Trainee({ content, t }: { content: PlanContent } & Words) {
  const { decision, positions, count, reasoning } = content.trainee;
  if (!decision && !filled(positions) && count === null && !filled(reasoning)) return <Empty t={t} />;
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{t.fields.decision}</dt>
      <dd>{decision ? t.traineeDecisions[decision] : t.noDecision}</dd>
      {filled(positions) && (
        <>
          <dt className="font-semibold">{t.fields.positions}</dt>
          <dd>{positions.trim()}</dd>
        </>
      )}
      {count !== null && (
        <>
          <dt className="font-semibold">{t.fields.count}</dt>
          <dd>{count}</dd>
        </>
      )}
      {(filled(reasoning) || decision === "NOT_NOW") && (
        <>
          <dt className="font-semibold">{t.fields.reasoning}</dt>
          <dd>
            <Prose text={reasoning} t={t} />
          </dd>
        </>
      )}
    </dl>
  );
}

function ElementBody({ element, content, level, words }: { element: PlanElementKey; content: PlanContent; level: Level; words: Words }) {
  switch (element) {
    case "challenges":
      return <Challenges content={content} level={level} {...words} />;
    case "measures":
      return <Measures content={content} {...words} />;
    case "goals":
      return <Goals content={content} {...words} />;
    case "goalLink":
      return <GoalLink content={content} level={level} {...words} />;
    case "responsibilities":
      return <Responsibilities content={content} {...words} />;
    case "traineeAssessment":
      return <Trainee content={content} {...words} />;
  }
}

export async function PlanContentView({
  content,
  commentsByElement,
  headingLevel = 2,
}: {
  content: PlanContent;
  /** Shown beside each element (below it on narrow screens), e.g. the ministry's comments. */
  commentsByElement?: Partial<Record<PlanElementKey, ReactNode>>;
  /** The elements' heading level (2 unless the view sits under another level-2 heading). */
  headingLevel?: 2 | 3 | 4;
}) {
  const locale = await requestLocale();
  const words: Words = { t: textsIn(planTexts, locale), locale };
  const { t } = words;
  return (
    <div className="flex flex-col gap-8">
      {PLAN_ELEMENTS.map((element) => {
        const headingId = `element-${element}`;
        const comments = commentsByElement?.[element];
        return (
          <section key={element} aria-labelledby={headingId} className="flex flex-col gap-3 xl:flex-row xl:items-start xl:gap-6">
            <div className="flex min-w-0 flex-1 flex-col gap-3">
              <Heading level={headingLevel} data-size="sm" id={headingId}>
                {t.elements[element]}
              </Heading>
              <ElementBody element={element} content={content} level={headingLevel} words={words} />
            </div>
            {comments != null && comments !== false && <div className="empty:hidden xl:w-72 xl:shrink-0">{comments}</div>}
          </section>
        );
      })}
    </div>
  );
}
