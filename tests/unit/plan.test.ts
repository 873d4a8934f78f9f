import { describe, expect, it } from "vitest";
import { isEditable, isOverdue, PLAN_ELEMENTS, transition, type PlanAction, type PlanStatus } from "@/lib/domain/plan";
import { EMPTY_PLAN_CONTENT, isPlanComplete, planCompleteness } from "@/lib/domain/plan-content";
import { COMPLETE_CONTENT } from "../support/fixtures-content";

describe("plan completeness", () => {
  it("covers the five required elements and the trainee assessment", () => {
    expect(PLAN_ELEMENTS).toEqual(["challenges", "measures", "goals", "goalLink", "responsibilities", "traineeAssessment"]);
    expect(Object.keys(planCompleteness(EMPTY_PLAN_CONTENT))).toEqual([...PLAN_ELEMENTS]);
  });

  it("finds every element of an empty plan incomplete, and a full one complete", () => {
    const problems = planCompleteness(EMPTY_PLAN_CONTENT);
    expect(PLAN_ELEMENTS.every((k) => problems[k].length > 0)).toBe(true);
    expect(isPlanComplete(COMPLETE_CONTENT)).toBe(true);
  });

  it("needs opportunities for each challenge, an owner and a due date for each measure", () => {
    const p = planCompleteness({
      ...COMPLETE_CONTENT,
      challenges: [{ id: "c", category: "LEADERSHIP_CULTURE", challenge: "Holdninger", opportunities: " " }],
      measures: [{ id: "m", what: "Kurs", owner: "", due: "", status: "NOT_STARTED", challengeId: "" }],
    });
    expect(p.challenges).toEqual(["challengeWithoutOpportunity"]);
    expect(p.measures).toEqual(["measureWithoutOwnerOrDue"]);
  });

  it("needs both a short-term and a long-term goal", () => {
    expect(planCompleteness({ ...COMPLETE_CONTENT, goals: COMPLETE_CONTENT.goals.filter((g) => g.term === "SHORT") }).goals).toEqual(["noLongTermGoal"]);
  });

  it("needs the reasoning when the agency will not use the trainee programme, and positions when it will", () => {
    const notNow = { decision: "NOT_NOW" as const, positions: "", count: null, reasoning: "" };
    expect(planCompleteness({ ...COMPLETE_CONTENT, trainee: notNow }).traineeAssessment).toEqual(["noTraineeReasoning"]);
    expect(planCompleteness({ ...COMPLETE_CONTENT, trainee: { ...notNow, reasoning: "Ingen ledige stillinger." } }).traineeAssessment).toEqual([]);
    expect(planCompleteness({ ...COMPLETE_CONTENT, trainee: { ...notNow, decision: "WILL_USE" } }).traineeAssessment).toEqual(["noTraineePositions"]);
  });
});

describe("plan status transitions", () => {
  const cases: [PlanStatus, PlanAction, PlanStatus | null][] = [
    ["NOT_STARTED", "save", "DRAFT"],
    ["DRAFT", "save", "DRAFT"],
    ["DRAFT", "submit", "SUBMITTED"],
    ["SUBMITTED", "save", null],
    ["SUBMITTED", "requestChanges", "CHANGES_REQUESTED"],
    ["SUBMITTED", "approve", "APPROVED"],
    ["CHANGES_REQUESTED", "save", "CHANGES_REQUESTED"],
    ["CHANGES_REQUESTED", "submit", "SUBMITTED"],
    ["CHANGES_REQUESTED", "approve", null],
    ["APPROVED", "save", null],
    ["APPROVED", "requestChanges", null],
    ["DRAFT", "approve", null],
    ["APPROVED", "submit", null],
  ];
  // Who may take each action is lib/access's (tests/unit/permission-matrix.test.ts).
  it.each(cases)("%s + %s → %s", (status, action, expected) => {
    expect(transition(status, action)).toBe(expected);
  });

  it("lets the agency edit until it submits, and again when changes are requested", () => {
    expect(["NOT_STARTED", "DRAFT", "CHANGES_REQUESTED"].every((s) => isEditable(s as PlanStatus))).toBe(true);
    expect(isEditable("SUBMITTED") || isEditable("APPROVED")).toBe(false);
  });

  it("marks plans overdue past the deadline until submitted", () => {
    const deadline = new Date("2020-12-01T00:00:00Z");
    const after = new Date("2020-12-02T00:00:00Z");
    expect(isOverdue("DRAFT", deadline, after)).toBe(true);
    expect(isOverdue("NOT_STARTED", deadline, deadline)).toBe(false);
    expect(isOverdue("SUBMITTED", deadline, after)).toBe(false);
  });
});
