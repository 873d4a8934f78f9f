import { describe, expect, it } from "vitest";
import { isComplete, isEditable, isOverdue, isVisibleOutsideAgency, missingElements, PLAN_ELEMENTS } from "@/lib/domain/plan";

const full = Object.fromEntries(PLAN_ELEMENTS.map((k) => [k, `Tekst for ${k}`])) as Record<(typeof PLAN_ELEMENTS)[number], string>;

describe("plan completeness", () => {
  it("covers the five required elements and the trainee assessment", () => {
    expect(PLAN_ELEMENTS).toEqual(["challenges", "measures", "goals", "goalLink", "responsibilities", "traineeAssessment"]);
  });

  it("is complete only when every element has text", () => {
    expect(isComplete(full)).toBe(true);
    expect(missingElements({ ...full, goals: "  \n " })).toEqual(["goals"]);
    expect(missingElements({})).toEqual([...PLAN_ELEMENTS]);
  });
});

describe("plan status", () => {
  it("lets the agency edit until it submits, and again when changes are requested", () => {
    expect(isEditable("NOT_STARTED")).toBe(true);
    expect(isEditable("DRAFT")).toBe(true);
    expect(isEditable("CHANGES_REQUESTED")).toBe(true);
    expect(isEditable("SUBMITTED")).toBe(false);
    expect(isEditable("APPROVED")).toBe(false);
  });

  it("keeps drafts inside the agency", () => {
    expect(isVisibleOutsideAgency("DRAFT")).toBe(false);
    expect(isVisibleOutsideAgency("NOT_STARTED")).toBe(false);
    expect(isVisibleOutsideAgency("CHANGES_REQUESTED")).toBe(false);
    expect(isVisibleOutsideAgency("SUBMITTED")).toBe(true);
    expect(isVisibleOutsideAgency("APPROVED")).toBe(true);
  });

  it("marks plans overdue past the deadline until submitted", () => {
    const deadline = new Date("2020-12-01T00:00:00Z");
    const after = new Date("2020-12-02T00:00:00Z");
    expect(isOverdue("DRAFT", deadline, after)).toBe(true);
    expect(isOverdue("NOT_STARTED", deadline, deadline)).toBe(false);
    expect(isOverdue("SUBMITTED", deadline, after)).toBe(false);
  });
});
