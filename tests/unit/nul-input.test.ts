// Every text a form, a query parameter or a JSON body brings is checked for the NUL character
// (which PostgreSQL refuses) before it reaches lib/data, with a Norwegian message by the field.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { readDashboardQuery } from "@/lib/domain/dashboard-query";
import { followUpSchema } from "@/lib/domain/follow-up";
import { EMPTY_PLAN_CONTENT, planContentSchema } from "@/lib/domain/plan-content";
import { hiringReportSchema, letterSchema, loginSchema, planDraftSchema, poolingRequestSchema, roundSchema } from "@/lib/domain/schemas";
import { newSectorPlanSchema, sectorPlanContentSchema } from "@/lib/domain/sector-plan";
import { plainText } from "@/lib/domain/text";
import { nb } from "@/lib/i18n/nb";

const NUL = "\u0000";
const MESSAGE = nb.errors.nulCharacter;

/** The field errors by path ("signatories.0.name"), as lib/auth/action's fieldErrorsOf gives them to the forms. */
function errors(r: { success: boolean; error?: z.ZodError }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of r.error?.issues ?? []) (out[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
  return out;
}

describe("plainText", () => {
  it("refuses a NUL anywhere, before any other check, with the message", () => {
    const schema = plainText({ error: nb.errors.required }).trim().min(1, { error: nb.errors.required }).max(5, { error: nb.errors.tooLong });
    for (const input of [NUL, `a${NUL}`, `${NUL.repeat(10)}`, ` ${NUL} `]) {
      expect(schema.safeParse(input).error?.issues.map((i) => i.message)).toEqual([MESSAGE]);
    }
  });

  it("otherwise checks as z.string() does", () => {
    const schema = plainText({ error: nb.errors.required }).trim().min(1, { error: nb.errors.required }).max(5, { error: nb.errors.tooLong });
    expect(schema.parse("  abc ")).toBe("abc");
    expect(schema.safeParse("").error?.issues[0]?.message).toBe(nb.errors.required);
    expect(schema.safeParse("abcdef").error?.issues[0]?.message).toBe(nb.errors.tooLong);
    expect(schema.safeParse(42).error?.issues[0]?.message).toBe(nb.errors.required);
  });
});

describe("the form schemas", () => {
  it("the plan's content (autosave's JSON body): the message is by the field", () => {
    const content = { ...EMPTY_PLAN_CONTENT, challenges: [{ id: "c1", category: "RECRUITMENT_PRACTICE", challenge: `Få søkere${NUL}`, opportunities: "" }] };
    expect(errors(planContentSchema.safeParse(content))).toEqual({ "challenges.0.challenge": [MESSAGE] });
    const goals = { ...EMPTY_PLAN_CONTENT, goalLink: { text: "", agencyGoals: [`Mål${NUL}`] } };
    expect(errors(planContentSchema.safeParse(goals))).toEqual({ "goalLink.agencyGoals.0": [MESSAGE] });
    expect(errors(planDraftSchema.safeParse({ planId: "p1", version: 0, measures: NUL }))).toEqual({ measures: [MESSAGE] });
  });

  it("hiring figures, pooling consent and follow-up", () => {
    const hiring = { year: "2025", permanentTotal: "1", permanentTarget: "0", temporaryTotal: "0", temporaryTarget: "0", traineeTotal: "0" };
    expect(errors(hiringReportSchema(2026).safeParse({ ...hiring, reason: `Rettet${NUL}` }))).toEqual({ reason: [MESSAGE] });
    expect(errors(poolingRequestSchema.safeParse({ fromYear: "2019", toYear: "2021", reason: NUL }))).toEqual({ reason: [MESSAGE] });
    expect(errors(followUpSchema.safeParse({ sectorPlanId: "s", measureId: "m", version: 0, status: "DONE", comment: `Ferdig${NUL}` }))).toEqual({ comment: [MESSAGE] });
  });

  it("rounds and letters", () => {
    const shared = {
      date: "2026-11-23",
      deadline: "2027-01-15",
      body: `Tekst${NUL}`,
      department: "Statsforvaltningsavdelingen",
      caseworkerName: "Gunn Dianne Rydning",
      caseworkerPhone: "22 24 46 36",
      signatories: [{ name: `Jan${NUL}`, title: "ekspedisjonssjef", byAuthority: true }],
      copyTo: `Riksrevisjonen\n${NUL}DFØ`,
    };
    const round = errors(roundSchema.safeParse({ ...shared, title: `Runde${NUL}`, caseNumber: "26/1234", agencyIds: [`a${NUL}`] }));
    expect(round).toEqual({ body: [MESSAGE], "signatories.0.name": [MESSAGE], "copyTo.1": [MESSAGE], title: [MESSAGE], "agencyIds.0": [MESSAGE] });
    const letter = errors(letterSchema.safeParse({ ...shared, letterId: "l1", number: "Tillegg nr. 8", title: NUL, yourRef: `x${NUL}`, ourRef: "20/56-69" }));
    expect(letter).toMatchObject({ body: [MESSAGE], title: [MESSAGE], yourRef: [MESSAGE] });
  });

  it("the sector plan and sign-in", () => {
    const plan = { title: "Plan", introduction: "", themes: [{ id: "t1", title: "Tema", description: "", measures: [{ id: "m1", text: `Tiltak${NUL}` }] }] };
    expect(errors(sectorPlanContentSchema.safeParse(plan))).toEqual({ "themes.0.measures.0.text": [MESSAGE] });
    expect(errors(newSectorPlanSchema.safeParse({ year: "2026", title: `Plan${NUL}` }))).toEqual({ title: [MESSAGE] });
    expect(loginSchema.safeParse({ email: `leder@kmd.test${NUL}`, password: "x" }).success).toBe(false);
  });
});

describe("the dashboard's search", () => {
  it("refuses a NUL: no search, and the message to show by the search field", () => {
    for (const sok of [NUL, `Hus${NUL}banken`]) {
      const { query, errors: e } = readDashboardQuery({ sok, sorter: "andel" });
      expect(query.sok).toBe("");
      expect(query.sorter).toBe("andel");
      expect(e).toEqual({ sok: nb.errors.nulInSearch });
    }
  });

  it("takes an ordinary search, and drops an over-long one silently as before", () => {
    expect(readDashboardQuery({ sok: " Husbanken " })).toEqual({ query: expect.objectContaining({ sok: "Husbanken" }), errors: {} });
    expect(readDashboardQuery({ sok: "x".repeat(101) })).toEqual({ query: expect.objectContaining({ sok: "" }), errors: {} });
  });
});
