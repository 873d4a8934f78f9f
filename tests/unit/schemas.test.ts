import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hiringReportSchema, letterSchema, planSubmitSchema, planDraftSchema, roundSchema } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";

const errorsOf = (r: { success: boolean; error?: z.ZodError }) =>
  r.error ? (z.flattenError(r.error).fieldErrors as Record<string, string[]>) : {};

describe("hiring report form", () => {
  const schema = hiringReportSchema(2026);
  const valid = { year: "2025", permanentTotal: "18", permanentTarget: "2", temporaryTotal: "1", temporaryTarget: "0", traineeTotal: "2" };

  it("accepts whole numbers from the form and turns them into numbers", () => {
    const r = schema.safeParse(valid);
    expect(r.success && r.data).toEqual({ year: 2025, permanentTotal: 18, permanentTarget: 2, temporaryTotal: 1, temporaryTarget: 0, traineeTotal: 2, reason: "", version: null });
    const revising = schema.safeParse({ ...valid, version: "3" });
    expect(revising.success && revising.data.version).toBe(3);
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

  it("takes trainees as one number, with no 'of whom in the target group'", () => {
    const r = schema.safeParse({ ...valid, traineeTarget: "0" });
    expect(r.success && r.data).not.toHaveProperty("traineeTarget");
    expect(errorsOf(schema.safeParse({ ...valid, traineeTotal: "" })).traineeTotal).toEqual([nb.errors.required]);
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

describe("round and letter forms", () => {
  const shared = {
    date: "2026-11-23",
    deadline: "2027-01-15",
    body: "Tekst",
    department: "Statsforvaltningsavdelingen",
    caseworkerName: "Gunn Dianne Rydning",
    caseworkerPhone: "22 24 46 36",
    signatories: [{ name: "Jan Olav Pettersen", title: "ekspedisjonssjef", byAuthority: true }],
    copyTo: "Riksrevisjonen\n\nDFØ",
  };
  const round = { ...shared, title: "Handlingsplan", caseNumber: "26/1234", agencyIds: ["a", "b"] };
  const letter = { ...shared, letterId: "l1", version: "2", number: "Tillegg nr. 8", title: "", yourRef: "", ourRef: "20/56-69" };

  it("accepts a round and a single chosen agency, and reads copy recipients line by line", () => {
    const r = roundSchema.safeParse(round);
    expect(r.success && r.data.copyTo).toEqual(["Riksrevisjonen", "DFØ"]);
    const one = roundSchema.safeParse({ ...round, agencyIds: "a" });
    expect(one.success && one.data.agencyIds).toEqual(["a"]);
  });

  it("needs an agency, a case number like 21/1234 and a deadline after the letter's date", () => {
    const e = errorsOf(roundSchema.safeParse({ ...round, agencyIds: [], deadline: "2026-11-01", caseNumber: "abc" }));
    expect(e.agencyIds).toEqual([nb.errors.chooseAgency]);
    expect(e.deadline).toEqual([nb.errors.deadlineBeforeDate]);
    expect(e.caseNumber).toEqual([nb.errors.caseNumberFormat]);
  });

  it("refuses a letter without signatories or with an empty one", () => {
    expect(errorsOf(letterSchema.safeParse({ ...letter, signatories: [] })).signatories).toEqual([nb.errors.signatoryRequired]);
    const r = letterSchema.safeParse({ ...letter, signatories: [{ name: " ", title: "rådgiver", byAuthority: false }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["signatories", 0, "name"]);
  });

  it("takes an empty title and Deres ref as none, and checks Vår ref", () => {
    const r = letterSchema.safeParse(letter);
    expect(r.success && [r.data.title, r.data.yourRef]).toEqual([null, null]);
    expect(errorsOf(letterSchema.safeParse({ ...letter, ourRef: "20/56" })).ourRef).toEqual([nb.errors.ourRefFormat]);
  });
});
