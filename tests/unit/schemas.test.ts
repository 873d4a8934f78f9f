import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hiringReportSchema, planSubmitSchema, planDraftSchema, roundSchema } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";

const errorsOf = (r: { success: boolean; error?: z.ZodError }) =>
  r.error ? (z.flattenError(r.error).fieldErrors as Record<string, string[]>) : {};

describe("hiring report form", () => {
  const schema = hiringReportSchema(2026);
  const valid = { year: "2025", permanentTotal: "18", permanentTarget: "2", temporaryTotal: "1", temporaryTarget: "0" };

  it("accepts whole numbers from the form and turns them into numbers", () => {
    const r = schema.safeParse(valid);
    expect(r.success && r.data).toEqual({ year: 2025, permanentTotal: 18, permanentTarget: 2, temporaryTotal: 1, temporaryTarget: 0 });
  });

  it("refuses negative, fractional, missing and non-numeric counts with a message per field", () => {
    const r = schema.safeParse({ ...valid, permanentTotal: "-1", permanentTarget: "2.5", temporaryTotal: "", temporaryTarget: "tre" });
    const e = errorsOf(r);
    expect(e.permanentTotal).toEqual([nb.errors.notNegative]);
    expect(e.permanentTarget).toEqual([nb.errors.wholeNumber]);
    expect(e.temporaryTotal).toEqual([nb.errors.required]);
    expect(e.temporaryTarget).toEqual([nb.errors.wholeNumber]);
  });

  it("refuses more target-group hires than hires", () => {
    const e = errorsOf(schema.safeParse({ ...valid, permanentTarget: "19", temporaryTarget: "2" }));
    expect(e.permanentTarget).toEqual([nb.errors.targetExceedsTotal]);
    expect(e.temporaryTarget).toEqual([nb.errors.targetExceedsTotal]);
  });

  it("refuses a year that has not begun", () => {
    expect(errorsOf(schema.safeParse({ ...valid, year: "2027" })).year).toEqual([nb.errors.futureYear]);
    expect(schema.safeParse({ ...valid, year: "2026" }).success).toBe(true);
  });
});

describe("plan forms", () => {
  const base = { planId: "p1", version: "3", challenges: "a", measures: "b", goals: "c", goalLink: "d", responsibilities: "e", traineeAssessment: "f" };

  it("saves a partial draft", () => {
    expect(planDraftSchema.safeParse({ planId: "p1", version: 0, challenges: "bare dette" }).success).toBe(true);
  });

  it("names every missing element when submitting", () => {
    const e = errorsOf(planSubmitSchema.safeParse({ ...base, goals: " ", traineeAssessment: "" }));
    expect(e.goals).toEqual([nb.errors.missingElement("Mål")]);
    expect(e.traineeAssessment).toEqual([nb.errors.missingElement("Vurdering av traineeprogrammet")]);
    expect(Object.keys(e)).toHaveLength(2);
  });
});

describe("round form", () => {
  const today = new Date("2026-11-23T00:00:00Z");
  const schema = roundSchema(today);
  const valid = { title: "Handlingsplan", caseNumber: "26/1234", deadline: "2027-01-15", body: "Tekst", agencyIds: ["a", "b"] };

  it("accepts a round and a single chosen agency", () => {
    expect(schema.safeParse(valid).success).toBe(true);
    const one = schema.safeParse({ ...valid, agencyIds: "a" });
    expect(one.success && one.data.agencyIds).toEqual(["a"]);
  });

  it("needs an agency, a future deadline and a case number like 21/1234", () => {
    const e = errorsOf(schema.safeParse({ ...valid, agencyIds: [], deadline: "2026-11-01", caseNumber: "abc" }));
    expect(e.agencyIds).toEqual([nb.errors.chooseAgency]);
    expect(e.deadline).toEqual([nb.errors.deadlineInPast]);
    expect(e.caseNumber).toEqual([nb.errors.caseNumberFormat]);
  });
});

describe("hiring report form, all problems at once", () => {
  it("reports target above total even when another field is wrong", () => {
    const e = errorsOf(
      hiringReportSchema(2026).safeParse({ year: "2027", permanentTotal: "-3", permanentTarget: "1", temporaryTotal: "4", temporaryTarget: "5" }),
    );
    expect(e.year).toEqual([nb.errors.futureYear]);
    expect(e.permanentTotal).toEqual([nb.errors.notNegative]);
    expect(e.temporaryTarget).toEqual([nb.errors.targetExceedsTotal]);
    expect(e.permanentTarget).toBeUndefined();
  });
});
