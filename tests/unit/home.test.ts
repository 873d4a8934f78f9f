// The home page's rules: the order of what to do next, how far a deadline is (and in words), the
// years an agency owes figures for.
import { describe, expect, it } from "vitest";
import { todayInNorway } from "@/lib/domain/format";
import { dueOf, followUpDate, homeKindOf, lastCompleteYear, missingYears, orderChanges, orderItems, yearEnded, type HomeItem } from "@/lib/domain/home";
import { nb } from "@/lib/i18n/nb";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const today = d("2021-02-17");

describe("how far a deadline is", () => {
  it("counts calendar days: today, one day, many days, past", () => {
    expect(dueOf(d("2021-02-17"), today)).toEqual({ kind: "today" });
    expect(dueOf(d("2021-02-18"), today)).toEqual({ kind: "inDays", days: 1 });
    expect(dueOf(d("2021-03-01"), today)).toEqual({ kind: "inDays", days: 12 });
    expect(dueOf(d("2021-02-16"), today)).toEqual({ kind: "overdue", days: 1 });
    expect(dueOf(d("2020-12-01"), today)).toEqual({ kind: "overdue", days: 78 });
  });

  it("says it in words: singular and plural, today, and overdue plainly", () => {
    const plan = (deadline: string) => nb.home.planDue(d(deadline), dueOf(d(deadline), today));
    expect(plan("2021-03-01")).toBe("Handlingsplanen skal sendes innen 1. mars 2021 – om 12 dager");
    expect(plan("2021-02-18")).toBe("Handlingsplanen skal sendes innen 18. februar 2021 – om 1 dag");
    expect(plan("2021-02-17")).toBe("Handlingsplanen skal sendes innen 17. februar 2021 – fristen er i dag");
    expect(plan("2021-02-16")).toBe("Handlingsplanen skulle vært sendt innen 16. februar 2021 – fristen gikk ut for 1 dag siden");
    expect(plan("2020-12-01")).toBe("Handlingsplanen skulle vært sendt innen 1. desember 2020 – fristen gikk ut for 78 dager siden");
  });

  it("takes today in Norway: late on 28 February UTC is already 1 March in Oslo", () => {
    const now = new Date("2021-02-28T23:30:00Z");
    expect(dueOf(d("2021-03-01"), todayInNorway(now))).toEqual({ kind: "today" });
  });
});

describe("the order of what to do next", () => {
  const item = (kind: HomeItem["kind"], date: string, name = ""): HomeItem => {
    switch (kind) {
      case "planDue":
        return { kind, date: d(date), href: "/planer/p", roundTitle: "Runde" };
      case "figuresMissing":
        return { kind, date: d(date), href: "/tall", year: 2019 };
      case "awaitsReview":
        return { kind, date: d(date), href: `/planer/${name}`, agencyName: name, roundTitle: "Runde" };
      case "overdue":
        return { kind, date: d(date), href: "/runder/r", agencyName: name, roundTitle: "Runde" };
      default:
        throw new Error(kind);
    }
  };

  it("puts the earliest date first: what is most overdue, then what is due soonest", () => {
    const items = [item("planDue", "2021-03-01"), item("figuresMissing", "2020-01-01"), item("awaitsReview", "2020-11-27", "Valg"), item("awaitsReview", "2020-11-16", "Kart")];
    expect(orderItems(items).map((i) => i.date.toISOString().slice(0, 10))).toEqual(["2020-01-01", "2020-11-16", "2020-11-27", "2021-03-01"]);
  });

  it("breaks a tie on the date by kind (a deadline first), then by name in Norwegian order", () => {
    const items = [item("awaitsReview", "2020-12-01", "Øst"), item("overdue", "2020-12-01", "Åsen"), item("overdue", "2020-12-01", "Ørland"), item("awaitsReview", "2020-12-01", "Arendal")];
    expect(orderItems(items).map((i) => `${i.kind} ${"agencyName" in i ? i.agencyName : ""}`)).toEqual([
      "overdue Ørland", "overdue Åsen", "awaitsReview Arendal", "awaitsReview Øst",
    ]);
  });

  it("does not change the list it is given", () => {
    const items = [item("planDue", "2021-03-01"), item("figuresMissing", "2020-01-01")];
    orderItems(items);
    expect(items[0]!.kind).toBe("planDue");
  });
});

describe("the years an agency owes figures for", () => {
  it("are the years from the first reporting year to the last complete one, without those reported", () => {
    expect(lastCompleteYear(today)).toBe(2020);
    expect(missingYears([2019, 2020], today, null)).toEqual([2018]);
    expect(missingYears([2018, 2019, 2020], today, null)).toEqual([]);
    expect(missingYears([], d("2023-06-01"), null)).toEqual([2018, 2019, 2020, 2021, 2022]);
  });

  it("start when the agency came into being (Digdir: 2020)", () => {
    expect(missingYears([], today, d("2020-01-01"))).toEqual([2020]);
    expect(missingYears([2020], today, d("2020-01-01"))).toEqual([]);
  });

  it("are owed from the day the year ended, in Norway", () => {
    expect(yearEnded(2020)).toEqual(d("2021-01-01"));
    // 31 December 23:30 UTC is New Year's Day in Oslo: 2021 has ended.
    expect(lastCompleteYear(todayInNorway(new Date("2021-12-31T23:30:00Z")))).toBe(2021);
  });
});

describe("the sector plan's unreported measures", () => {
  it("are dated by the earliest due date among them, else by the plan's publication", () => {
    const published = new Date("2021-03-15T10:00:00Z");
    expect(followUpDate(["", "2021-12-31", "2021-06-30"], published)).toEqual({ date: d("2021-06-30"), hasDue: true });
    expect(followUpDate(["", ""], published)).toEqual({ date: published, hasDue: false });
  });

  it("are counted in words, singular and plural", () => {
    expect(nb.home.followUpMissing(1)).toBe("1 tiltak i sektorplanen mangler status fra dere");
    expect(nb.home.followUpMissing(5)).toBe("5 tiltak i sektorplanen mangler status fra dere");
  });
});

describe("the audit office's changes since the last visit", () => {
  it("come per kind, the most recent kind first", () => {
    const groups = orderChanges([
      { entity: "ActionPlan", action: "submit", count: 2, latest: new Date("2021-02-01T10:00:00Z") },
      { entity: "HiringReport", action: "create", count: 9, latest: new Date("2021-02-03T10:00:00Z") },
    ]);
    expect(groups.map((g) => g.entity)).toEqual(["HiringReport", "ActionPlan"]);
  });
});

describe("which home a person gets", () => {
  it("follows the role", () => {
    expect(homeKindOf("AGENCY_HR")).toBe("agency");
    expect(homeKindOf("ADVISER")).toBe("adviser");
    expect(homeKindOf("LEADER")).toBe("leader");
    expect(homeKindOf("AUDITOR")).toBe("auditor");
    expect(homeKindOf("ADMIN")).toBe("admin");
  });
});
