import { describe, expect, it } from "vitest";
import { daysUntil, formatLongDate, formatShare, formatShortDate, todayInNorway } from "@/lib/domain/format";

const date = (s: string) => new Date(`${s}T00:00:00Z`);

describe("Norwegian formats", () => {
  it("writes shares with a decimal comma and one decimal", () => {
    expect(formatShare(1, 20)).toBe("5,0\u00a0%");
    expect(formatShare(217, 10_000)).toBe("2,2\u00a0%");
    expect(formatShare(7, 7)).toBe("100,0\u00a0%");
    expect(formatShare(0, 7)).toBe("0,0\u00a0%");
  });

  it("writes dates as in the letters", () => {
    expect(formatShortDate(date("2020-12-01"))).toBe("1.12.2020");
    expect(formatLongDate(date("2020-11-04"))).toBe("4. november 2020");
    expect(formatLongDate(date("2020-10-30"))).toBe("30. oktober 2020");
  });

  it("counts days to and past a deadline", () => {
    expect(daysUntil(date("2020-12-01"), date("2020-11-24"))).toBe(7);
    expect(daysUntil(date("2020-12-01"), date("2020-12-03"))).toBe(-2);
  });

  it("takes today's date in Norway, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    expect(todayInNorway(new Date("2020-12-31T23:30:00Z")).toISOString()).toBe("2021-01-01T00:00:00.000Z");
  });
});

describe("CSV", () => {
  it("separates with semicolons, quotes where needed and keeps æøå readable in Excel", async () => {
    const { toCsv } = await import("@/lib/domain/csv");
    expect(toCsv([["Virksomhet", "Andel"], ['Bolig; og "bygg"', "10,5 %"]])).toBe('\uFEFFVirksomhet;Andel\r\n"Bolig; og ""bygg""";10,5 %\r\n');
  });
});
