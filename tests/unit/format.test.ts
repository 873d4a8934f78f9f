import { describe, expect, it } from "vitest";
import {
  daysUntil, formatCount, formatDateTime, formatLongDate, formatShare, formatShortDate, formatTenths, todayInNorway,
} from "@/lib/domain/format";

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

describe("English formats (issue 14)", () => {
  it("writes shares and counts with a decimal point and thousands commas", () => {
    expect(formatShare(2, 19, undefined, "en")).toBe("10.5\u00a0%");
    expect(formatShare(0, 0, undefined, "en")).toBe("–");
    expect(formatTenths(49, "en")).toBe("4.9\u00a0%");
    expect(formatCount(1234, "en")).toBe("1,234");
  });

  it("writes dates with the month's English name, day first", () => {
    expect(formatShortDate(date("2026-12-02"), "en")).toBe("2 Dec 2026");
    expect(formatLongDate(date("2026-12-02"), "en")).toBe("2 December 2026");
    expect(formatLongDate(date("2020-05-30"), "en")).toBe("30 May 2020");
  });

  it("writes moments in Norwegian time with a 24-hour clock", () => {
    expect(formatDateTime(new Date("2026-12-02T19:30:00Z"), "en")).toBe("2 Dec 2026, 20:30");
    expect(formatDateTime(new Date("2026-07-01T07:05:00Z"), "en")).toBe("1 Jul 2026, 09:05");
  });

  it("leaves the Norwegian forms as they were", () => {
    expect(formatShare(2, 19)).toBe("10,5\u00a0%");
    expect(formatCount(1234)).toBe("1\u00a0234");
    expect(formatDateTime(new Date("2026-12-02T19:30:00Z"))).toBe("2.12.2026 kl. 20.30");
    expect(formatShortDate(date("2026-12-02"), "nb")).toBe("2.12.2026");
  });
});

describe("CSV", () => {
  it("separates with semicolons, quotes where needed and keeps æøå readable in Excel", async () => {
    const { toCsv } = await import("@/lib/domain/csv");
    expect(toCsv([["Virksomhet", "Andel"], ['Bolig; og "bygg"', "10,5 %"]])).toBe('\uFEFFVirksomhet;Andel\r\n"Bolig; og ""bygg""";10,5 %\r\n');
  });
});
