// Revising hiring figures: a reason, the history kept, closed years.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { listOwnReports, listReadableFigures, saveOwnReport, setYearClosed } from "@/lib/data/hiring";
import { createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

const figures = (permanentTotal: number, permanentTarget: number, reason = "", version: number | null = null) => ({
  year: 2022,
  permanentTotal,
  permanentTarget,
  temporaryTotal: 0,
  temporaryTarget: 0,
  traineeTotal: 1,
  reason,
  version,
});

describe("revising a year's figures", () => {
  it("needs a reason, and keeps who, when, the old and the new numbers", async () => {
    await saveOwnReport(s.actors.hrA, figures(20, 1));
    await expect(saveOwnReport(s.actors.hrA, figures(20, 2, "", 0))).rejects.toMatchObject({ code: "invalid", fieldErrors: { reason: [expect.any(String)] } });
    await saveOwnReport(s.actors.hrA, figures(20, 2, "Én tilsetting var glemt.", 0));
    const report = (await listOwnReports(s.actors.hrA)).find((r) => r.year === 2022)!;
    expect(report).toMatchObject({ permanentTarget: 2, traineeTotal: 1, cvGapDefinition: "TWO_OF_FIVE_YEARS" });
    expect(report.revisions.map((r) => [r.reason, (r.before as { permanentTarget?: number } | null)?.permanentTarget ?? null, (r.after as { permanentTarget: number }).permanentTarget])).toEqual([
      ["Én tilsetting var glemt.", 1, 2],
      ["Første rapportering", null, 1],
    ]);
    expect(report.revisions[0]?.actorName).toBe("AGENCY_HR");
  });

  it("is refused once the ministry has closed the year, and allowed again when an adviser reopens it", async () => {
    await expect(setYearClosed(s.actors.hrA, 2022, true)).rejects.toMatchObject({ code: "forbidden" });
    await expect(setYearClosed(s.actors.auditor, 2022, true)).rejects.toMatchObject({ code: "forbidden" });
    await setYearClosed(s.actors.adviser, 2022, true);
    await expect(saveOwnReport(s.actors.hrA, figures(21, 2, "Ny tilsetting", 1))).rejects.toMatchObject({ code: "invalid", fieldErrors: { year: [expect.any(String)] } });
    expect((await listOwnReports(s.actors.hrA)).find((r) => r.year === 2022)).toMatchObject({ closed: true, permanentTotal: 20 });
    await expect(setYearClosed(s.actors.hrA, 2022, false)).rejects.toMatchObject({ code: "forbidden" });
    await setYearClosed(s.actors.adviser, 2022, false);
    await saveOwnReport(s.actors.hrA, figures(21, 2, "Ny tilsetting", 1));
    expect((await listOwnReports(s.actors.hrA)).find((r) => r.year === 2022)?.permanentTotal).toBe(21);
  });

  it("is refused when someone saved the year since the form was opened, and the newer values come back", async () => {
    // Two people opened version 2; the first saves.
    await saveOwnReport(s.actors.hrA, figures(25, 3, "Kari retter", 2));
    const stale = saveOwnReport(s.actors.hrA, figures(30, 0, "Ola retter", 2));
    await expect(stale).rejects.toMatchObject({
      code: "conflict",
      data: { version: 3, values: { permanentTotal: 25, permanentTarget: 3 }, savedBy: "AGENCY_HR" },
    });
    expect((await listOwnReports(s.actors.hrA)).find((r) => r.year === 2022)).toMatchObject({ permanentTotal: 25, version: 3 });
    // A year someone else reported first is not overwritten as if it were new.
    await saveOwnReport(s.actors.hrA, { ...figures(5, 0), year: 2023 });
    await expect(saveOwnReport(s.actors.hrA, { ...figures(6, 0, "Ny"), year: 2023 })).rejects.toMatchObject({ code: "conflict", data: { values: { permanentTotal: 5 } } });
  });
});

describe("who counts", () => {
  it("keeps trainees as one count, all of them in the target group", async () => {
    const [report] = (await listReadableFigures(s.actors.hrA)).filter((f) => f.year === 2022);
    // 25 permanent (3 in the target group) and 1 trainee.
    expect(report?.figure).toMatchObject({ kind: "shown", total: 26, target: 4 });
    expect(report?.split).toEqual({ permanent: { total: 25, target: 3 }, temporary: { total: 0, target: 0 }, trainees: 1 });
  });

  it("shows the ministry the split between permanent and temporary hires, the figure's own way", async () => {
    const figures = await listReadableFigures(s.actors.leader);
    const a2022 = figures.find((f) => f.agencyId === s.agencyA && f.year === 2022);
    expect(a2022?.split).toEqual({ permanent: { total: 25, target: 3 }, temporary: { total: 0, target: 0 }, trainees: 1 });
    // B's 3 hires in 2020: exact, marked as under 5, with their split (the ministry receives it anyway).
    expect(figures.find((f) => f.agencyId === s.agencyB && f.year === 2020)).toMatchObject({
      figure: { kind: "few", total: 3, target: 1 },
      split: { permanent: { total: 3, target: 1 }, temporary: { total: 0, target: 0 }, trainees: 0 },
    });
  });

  it("refuses a year before the agency came into being", async () => {
    await prisma.organisation.update({ where: { id: s.agencyA }, data: { establishedOn: new Date("2020-01-01") } });
    await expect(saveOwnReport(s.actors.hrA, { ...figures(5, 0), year: 2019 })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { year: ["Virksomheten ble opprettet 1.1.2020, og har ingen tall for 2019."] },
    });
    await prisma.organisation.update({ where: { id: s.agencyA }, data: { establishedOn: null } });
  });
});
