// Next year's round from an earlier one: the dates a year on, the new case number, the text.
import { describe, expect, it } from "vitest";
import { addYears, caseNumberOf, commonSender, nextCaseNumber, shiftText } from "@/lib/domain/round-continuation";
import { dashboardQuerySchema, dashboardSearch } from "@/lib/domain/dashboard-query";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe("addYears", () => {
  it("moves a date to the same day a year on", () => {
    expect(iso(addYears(d("2020-12-01"), 1))).toBe("2021-12-01");
    expect(iso(addYears(d("2020-10-30"), 1))).toBe("2021-10-30");
    expect(iso(addYears(d("2020-12-31"), 1))).toBe("2021-12-31");
  });

  it("keeps 29 February sane: 28 February in a common year, and back to 29 in four years", () => {
    expect(iso(addYears(d("2024-02-29"), 1))).toBe("2025-02-28");
    expect(iso(addYears(d("2024-02-29"), 4))).toBe("2028-02-29");
    expect(iso(addYears(d("2023-02-28"), 1))).toBe("2024-02-28");
    expect(iso(addYears(d("2023-03-01"), 1))).toBe("2024-03-01");
  });
});

describe("case numbers", () => {
  it("reads the case number of a reference", () => {
    expect(caseNumberOf("20/56-69")).toBe("20/56");
    expect(caseNumberOf("19/4649-79")).toBe("19/4649");
    expect(caseNumberOf("tilfeldig")).toBeNull();
  });

  it("suggests the new year's prefix with the same sequence number when it is free", () => {
    expect(nextCaseNumber("20/56", 2021, () => false)).toBe("21/56");
    expect(nextCaseNumber("19/4649", 2021, () => false)).toBe("21/4649");
    expect(nextCaseNumber("99/12", 2100, () => false)).toBe("00/12");
  });

  it("skips numbers the ministry's letters use already", () => {
    const taken = new Set(["21/56", "21/57"]);
    expect(nextCaseNumber("20/56", 2021, (c) => taken.has(c))).toBe("21/58");
  });

  it("starts at 1 without an earlier case number", () => {
    expect(nextCaseNumber(null, 2021, () => false)).toBe("21/1");
    expect(nextCaseNumber("noe annet", 2021, (c) => c === "21/1")).toBe("21/2");
  });
});

describe("shiftText", () => {
  const change = { year: 2020, oldDeadline: "1.12.2020", newDeadline: "1.12.2021" };

  it("moves the deadline and the round's year, and leaves other dates and numbers alone", () => {
    expect(shiftText("tildelingsbrevet for 2020 … innen **1.12.2020**.", change)).toBe("tildelingsbrevet for 2021 … innen **1.12.2021**.");
    expect(shiftText("Møtet 4.11.2020, 20200 kroner, 2019 og 12020.", change)).toBe("Møtet 4.11.2020, 20200 kroner, 2019 og 12020.");
  });
});

describe("commonSender", () => {
  const a = { department: "A", caseworkerName: "Kari", caseworkerPhone: "22 22 22 22", signatories: [{ name: "Ola" }] };
  const b = { ...a, department: "B" };

  it("is the sender most letters had, the first on a tie", () => {
    expect(commonSender([b, a, a])?.department).toBe("A");
    expect(commonSender([b, a])?.department).toBe("B");
    expect(commonSender([])).toBeNull();
  });
});

describe("the dashboard's round", () => {
  it("is kept in the query when it looks like an id, dropped otherwise", () => {
    expect(dashboardQuerySchema.parse({ runde: "cm1abc_2-x" }).runde).toBe("cm1abc_2-x");
    expect(dashboardQuerySchema.parse({ runde: "'; drop table" }).runde).toBeUndefined();
    expect(dashboardSearch(dashboardQuerySchema.parse({ runde: "r1", side: "2" }), { side: 1 })).toBe("?runde=r1");
  });
});
