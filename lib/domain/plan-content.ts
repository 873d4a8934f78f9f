import { z } from "zod";
import { plainText } from "@/lib/domain/text";
import { common } from "@/lib/i18n/common";

// The structured content of an action plan (DESIGN.md §2; DFØ's grouping of challenges).
// Drafts may be partial; completeness is a separate rule (planCompleteness).

const MAX_TEXT = 5_000;
const shortText = plainText().max(300, { error: () => common().errors.tooLong }).default("");
const longText = plainText().max(MAX_TEXT, { error: () => common().errors.tooLong }).default("");
const optionalDate = plainText()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: () => common().errors.invalidDate })
  .default("");

export const CHALLENGE_CATEGORIES = ["RECRUITMENT_PRACTICE", "LEADERSHIP_CULTURE", "TARGET_GROUP_BARRIERS"] as const;
export const MEASURE_STATUSES = ["NOT_STARTED", "UNDER_WAY", "DONE", "DROPPED"] as const;
export const GOAL_TERMS = ["SHORT", "LONG"] as const;
export const TRAINEE_DECISIONS = ["WILL_USE", "WILL_CONSIDER", "NOT_NOW"] as const;

const id = plainText().min(1).max(40);

export const challengeSchema = z.object({
  id,
  category: z.enum(CHALLENGE_CATEGORIES),
  challenge: longText,
  opportunities: longText,
});

export const measureSchema = z.object({
  id,
  what: longText,
  owner: shortText,
  due: optionalDate,
  status: z.enum(MEASURE_STATUSES).default("NOT_STARTED"),
  /** The challenge (id) this measure answers, if any. */
  challengeId: plainText().max(40).default(""),
});

export const goalSchema = z.object({
  id,
  term: z.enum(GOAL_TERMS),
  description: longText,
  /** Measurable target where possible: "5 %", "2 traineestillinger". */
  target: shortText,
  date: optionalDate,
});

export const responsibilitySchema = z.object({ id, who: shortText, what: longText });

export const planContentSchema = z.object({
  challenges: z.array(challengeSchema).max(30).default([]),
  measures: z.array(measureSchema).max(50).default([]),
  goals: z.array(goalSchema).max(30).default([]),
  goalLink: z
    .object({ text: longText, agencyGoals: z.array(plainText().max(300)).max(20).default([]) })
    .default({ text: "", agencyGoals: [] }),
  responsibilities: z.array(responsibilitySchema).max(30).default([]),
  trainee: z
    .object({
      decision: z.enum(TRAINEE_DECISIONS).nullable().default(null),
      positions: shortText,
      count: z.number().int().min(0).max(1000).nullable().default(null),
      reasoning: longText,
    })
    .default({ decision: null, positions: "", count: null, reasoning: "" }),
});

export type PlanContent = z.infer<typeof planContentSchema>;
export type PlanElementKey = "challenges" | "measures" | "goals" | "goalLink" | "responsibilities" | "traineeAssessment";

export const EMPTY_PLAN_CONTENT: PlanContent = planContentSchema.parse({});

const filled = (s: string) => s.trim().length > 0;

/**
 * What each element still lacks before the plan can be submitted (empty list: complete).
 * Messages are codes the UI words in Norwegian (lib/i18n/nb.ts, planProblems).
 */
export function planCompleteness(c: PlanContent): Record<PlanElementKey, PlanProblem[]> {
  const problems: Record<PlanElementKey, PlanProblem[]> = {
    challenges: [],
    measures: [],
    goals: [],
    goalLink: [],
    responsibilities: [],
    traineeAssessment: [],
  };
  if (!c.challenges.some((x) => filled(x.challenge))) problems.challenges.push("noChallenge");
  if (c.challenges.some((x) => filled(x.challenge) && !filled(x.opportunities))) problems.challenges.push("challengeWithoutOpportunity");
  const measures = c.measures.filter((m) => filled(m.what));
  if (measures.length === 0) problems.measures.push("noMeasure");
  if (measures.some((m) => !filled(m.owner) || !m.due)) problems.measures.push("measureWithoutOwnerOrDue");
  const goals = c.goals.filter((g) => filled(g.description));
  if (!goals.some((g) => g.term === "SHORT")) problems.goals.push("noShortTermGoal");
  if (!goals.some((g) => g.term === "LONG")) problems.goals.push("noLongTermGoal");
  if (!filled(c.goalLink.text)) problems.goalLink.push("noGoalLink");
  if (!c.responsibilities.some((r) => filled(r.who) && filled(r.what))) problems.responsibilities.push("noResponsibility");
  if (!c.trainee.decision) problems.traineeAssessment.push("noTraineeDecision");
  else if (c.trainee.decision === "NOT_NOW" && !filled(c.trainee.reasoning)) problems.traineeAssessment.push("noTraineeReasoning");
  else if (c.trainee.decision !== "NOT_NOW" && !filled(c.trainee.positions)) problems.traineeAssessment.push("noTraineePositions");
  return problems;
}

export type PlanProblem =
  | "noChallenge"
  | "challengeWithoutOpportunity"
  | "noMeasure"
  | "measureWithoutOwnerOrDue"
  | "noShortTermGoal"
  | "noLongTermGoal"
  | "noGoalLink"
  | "noResponsibility"
  | "noTraineeDecision"
  | "noTraineeReasoning"
  | "noTraineePositions";

export function isPlanComplete(c: PlanContent): boolean {
  return Object.values(planCompleteness(c)).every((p) => p.length === 0);
}
