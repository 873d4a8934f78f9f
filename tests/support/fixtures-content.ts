import type { PlanContent } from "@/lib/domain/plan-content";

/** A plan that passes planCompleteness. */
export const COMPLETE_CONTENT: PlanContent = {
  challenges: [{ id: "c1", category: "RECRUITMENT_PRACTICE", challenge: "Få søkere fra målgruppen.", opportunities: "Samarbeid med NAV." }],
  measures: [{ id: "m1", what: "Kurs for ledere.", owner: "HR", due: "2021-06-30", status: "NOT_STARTED", challengeId: "c1" }],
  goals: [
    { id: "g1", term: "SHORT", description: "Én tilsetting i målgruppen.", target: "1 tilsetting", date: "2021-12-31" },
    { id: "g2", term: "LONG", description: "5 % av nytilsatte.", target: "5 %", date: "2023-12-31" },
  ],
  goalLink: { text: "Bedre tjenester.", agencyGoals: [] },
  responsibilities: [{ id: "r1", who: "HR-sjefen", what: "Følger opp planen." }],
  trainee: { decision: "WILL_USE", positions: "Rådgiver", count: 1, reasoning: "" },
};

