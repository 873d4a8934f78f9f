// The settings notifications follow (issue 12): a round's reminder days, chosen in the new-round
// form, and the date by which a ministry's agencies report a year's figures.
import { beforeAll, describe, expect, it } from "vitest";
import { jobPrincipal } from "@/lib/access";
import { prisma } from "@/lib/db";
import { sendRound } from "@/lib/data/letter-commands";
import { runReminders } from "@/lib/data/reminders";
import { listReportingDeadlines, setReportingDeadline } from "@/lib/data/reporting-deadlines";
import { createRound, getRoundOverview } from "@/lib/data/rounds";
import { reportingDeadlineSchema, roundSchema } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";
import { createTestSector, roundInput, type TestSector } from "../support/fixtures";

let s: TestSector;
let caseCounter = 0;
const caseNumber = () => `34/${(Date.now() % 10000) * 10 + ++caseCounter}`;

beforeAll(async () => {
  s = await createTestSector();
});

/** The round form's values as the browser sends them (strings), with these reminder days typed. */
function roundForm(reminderDays: string | undefined) {
  const { reminderDays: _stored, ...input } = roundInput(caseNumber(), [s.agencyA]);
  return {
    ...input,
    date: "2033-01-03",
    deadline: "2033-06-01",
    signatories: input.signatories.map((x) => ({ ...x, byAuthority: String(x.byAuthority) })),
    copyTo: input.copyTo.join("\n"),
    ...(reminderDays === undefined ? {} : { reminderDays }),
  };
}

const reminderError = (typed: string) => {
  const parsed = roundSchema.safeParse(roundForm(typed));
  return parsed.success ? null : parsed.error.issues.filter((i) => i.path[0] === "reminderDays").map((i) => i.message);
};

describe("a round's reminder days", () => {
  it("are whole days 1–60, at most 5, comma-separated; refused with a Norwegian message next to the field", () => {
    expect(reminderError("30, 7,1")).toBeNull();
    expect(roundSchema.parse(roundForm(" 3, 14 ,3 ")).reminderDays).toEqual([14, 3]);
    expect(roundSchema.parse(roundForm(undefined)).reminderDays).toEqual([14, 3]);
    expect(reminderError("")).toEqual([nb.errors.reminderDaysFormat]);
    expect(reminderError("14; 3")).toEqual([nb.errors.reminderDaysFormat]);
    expect(reminderError("14, 2.5")).toEqual([nb.errors.reminderDaysFormat]);
    expect(reminderError("14,")).toEqual([nb.errors.reminderDaysFormat]);
    expect(reminderError("-3")).toEqual([nb.errors.reminderDaysFormat]);
    expect(reminderError("0")).toEqual([nb.errors.reminderDaysRange]);
    expect(reminderError("61, 3")).toEqual([nb.errors.reminderDaysRange]);
    expect(reminderError("30, 20, 14, 7, 3, 1")).toEqual([nb.errors.reminderDaysTooMany]);
  });

  it("are stored with the round, shown in its overview, and the reminders follow them", async () => {
    const { id: roundId } = await createRound(s.actors.adviser, roundSchema.parse(roundForm("10, 7")));
    expect((await prisma.addendumRound.findUniqueOrThrow({ where: { id: roundId } })).reminderDays).toEqual([10, 7]);
    expect((await getRoundOverview(s.actors.adviser, roundId, new Date("2033-01-03T00:00:00Z"))).reminderDays).toEqual([10, 7]);

    await prisma.letter.updateMany({ where: { roundId }, data: { number: "Tillegg 12" } });
    await sendRound(s.actors.adviser, roundId);
    const plan = await prisma.actionPlan.findFirstOrThrow({ where: { roundId, agencyId: s.agencyA } });
    const keys = async () =>
      (await prisma.notification.findMany({ where: { userId: s.actors.hrA.userId, kind: "PLAN_DEADLINE", link: `/planer/${plan.id}` }, orderBy: { createdAt: "asc" } })).map((n) => n.key.split(":")[2]);
    const at = (day: string) => runReminders(jobPrincipal("notifier"), new Date(`${day}T06:00:00+02:00`));
    await at("2033-05-18"); // 14 days before: not one of this round's days
    expect(await keys()).toEqual([]);
    await at("2033-05-22"); // 10 days before
    await at("2033-05-25"); // 7 days before
    expect(await keys()).toEqual(["before-10", "before-7"]);
  });
});

describe("the date by which agencies report a year's figures", () => {
  it("is set and moved for the adviser's own ministry only, audited in the same change", async () => {
    await setReportingDeadline(s.actors.adviser, { year: 2024, dueOn: new Date("2025-03-01T00:00:00Z") });
    await setReportingDeadline(s.actors.adviser, { year: 2024, dueOn: new Date("2025-03-15T00:00:00Z") });
    await setReportingDeadline(s.actors.adviser, { year: 2023, dueOn: new Date("2024-03-01T00:00:00Z") });
    expect(await listReportingDeadlines(s.actors.adviser)).toEqual([
      { year: 2024, dueOn: new Date("2025-03-15T00:00:00Z") },
      { year: 2023, dueOn: new Date("2024-03-01T00:00:00Z") },
    ]);
    const row = await prisma.reportingDeadline.findUniqueOrThrow({ where: { ministryId_year: { ministryId: s.ministryId, year: 2024 } } });
    expect(row.setById).toBe(s.actors.adviser.userId);

    const events = await prisma.auditEvent.findMany({ where: { entity: "ReportingDeadline", entityId: `${s.ministryId}:2024` }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.before, e.after])).toEqual([
      ["set", s.actors.adviser.userId, null, { year: 2024, dueOn: "2025-03-01" }],
      ["set", s.actors.adviser.userId, { year: 2024, dueOn: "2025-03-01" }, { year: 2024, dueOn: "2025-03-15" }],
    ]);

    // Another ministry's adviser sets their own sector's date and sees only theirs.
    await setReportingDeadline(s.actors.otherAdviser, { year: 2024, dueOn: new Date("2025-02-01T00:00:00Z") });
    expect(await listReportingDeadlines(s.actors.otherAdviser)).toEqual([{ year: 2024, dueOn: new Date("2025-02-01T00:00:00Z") }]);
    expect((await listReportingDeadlines(s.actors.adviser))[0]!.dueOn).toEqual(new Date("2025-03-15T00:00:00Z"));
  });

  it("is refused to everyone but the ministry's adviser, and nothing is written", async () => {
    for (const actor of [s.actors.hrA, s.actors.leader, s.actors.leaderA, s.actors.auditor]) {
      await expect(setReportingDeadline(actor, { year: 2022, dueOn: new Date("2023-03-01T00:00:00Z") })).rejects.toMatchObject({ code: "forbidden" });
      await expect(listReportingDeadlines(actor)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await prisma.reportingDeadline.count({ where: { year: 2022, ministryId: s.ministryId } })).toBe(0);
  });

  it("is validated: a reporting year and a real date after the year has ended, in Norwegian", () => {
    const errors = (input: Record<string, string>) => {
      const parsed = reportingDeadlineSchema.safeParse(input);
      // The first message of each field: the one the form shows.
      return parsed.success ? null : Object.fromEntries(parsed.error.issues.toReversed().map((i) => [i.path.join("."), i.message]));
    };
    expect(errors({ year: "2024", dueOn: "2025-03-01" })).toBeNull();
    expect(reportingDeadlineSchema.parse({ year: "2024", dueOn: "2025-03-01" })).toEqual({ year: 2024, dueOn: new Date("2025-03-01T00:00:00Z") });
    expect(errors({ year: "2024", dueOn: "2024-12-31" })).toEqual({ dueOn: nb.errors.dueBeforeYearEnds(2024) });
    expect(errors({ year: "2017", dueOn: "2018-03-01" })).toEqual({ year: nb.errors.yearTooEarly });
    expect(errors({ year: "", dueOn: "1. mars" })).toEqual({ year: nb.errors.required, dueOn: nb.errors.invalidDate });
    expect(errors({ year: "2024", dueOn: "" })).toEqual({ dueOn: nb.errors.required });
  });
});
