// The data layer refuses cross-agency reads and writes, whatever id a forged request names.
import { parseDashboardQuery } from "@/lib/domain/dashboard-query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getLetter, listOwnLetters } from "@/lib/data/letters";
import { getPlan, readContent, reviewPlan, savePlan } from "@/lib/data/plans";
import { listReadableFigures, saveOwnReport } from "@/lib/data/hiring";
import { createRound, getRoundOverview } from "@/lib/data/rounds";
import { getDashboard } from "@/lib/data/dashboard";
import { COMPLETE_CONTENT, createTestSector, draftWith, roundInput, type TestSector } from "../support/fixtures";

let s: TestSector;
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

const today = new Date("2026-11-23T00:00:00Z");

describe("an agency's plan", () => {
  it("is refused to another agency's HR, as if it did not exist", async () => {
    await expect(getPlan(s.actors.hrA, s.planB)).rejects.toMatchObject({ code: "not_found" });
  });

  it("cannot be written by another agency's HR with a forged plan id", async () => {
    await expect(savePlan(s.actors.hrA, { planId: s.planB, version: 1, content: draftWith("overskrevet") }, "draft")).rejects.toMatchObject({
      code: "not_found",
    });
    const b = await prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planB } });
    expect(readContent(b.content).challenges[0]?.challenge).toBe("B sitt hemmelige utkast");
    expect(b.version).toBe(1);
  });

  it("keeps drafts inside the agency: the ministry sees status only", async () => {
    const own = await getPlan(s.actors.hrB, s.planB);
    expect(own.draft?.challenges[0]?.challenge).toBe("B sitt hemmelige utkast");
    for (const outsider of [s.actors.adviser, s.actors.auditor, s.actors.leader]) {
      const seen = await getPlan(outsider, s.planB);
      expect(seen.status).toBe("DRAFT");
      expect(seen.draft).toBeNull();
      expect(seen.latestVersion).toBeNull();
    }
  });

  it("is not readable from another ministry's sector", async () => {
    await expect(getPlan(s.actors.otherAdviser, s.planA)).rejects.toMatchObject({ code: "not_found" });
  });

  it("cannot be written by the adviser, the leader or the auditor", async () => {
    for (const actor of [s.actors.adviser, s.actors.leader, s.actors.auditor]) {
      await expect(savePlan(actor, { planId: s.planA, version: 1, content: COMPLETE_CONTENT }, "draft")).rejects.toMatchObject({
        code: "forbidden",
      });
    }
  });

  it("cannot be reviewed by the agency or by another ministry", async () => {
    await expect(reviewPlan(s.actors.hrA, { planId: s.planA, versionNumber: 1, decision: "approve", message: "", comments: [] })).rejects.toMatchObject({ code: "forbidden" });
    await expect(reviewPlan(s.actors.otherAdviser, { planId: s.planA, versionNumber: 1, decision: "approve", message: "", comments: [] })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("letters", () => {
  it("reach only the agency they are addressed to", async () => {
    await expect(getLetter(s.actors.hrA, s.letterB)).rejects.toMatchObject({ code: "not_found" });
    const own = await listOwnLetters(s.actors.hrA);
    expect(own.map((l) => l.id)).toEqual([s.letterA]);
  });

  it("are marked read when the agency opens them, not when the ministry or the auditor does", async () => {
    await getLetter(s.actors.auditor, s.letterB);
    await getLetter(s.actors.adviser, s.letterB);
    expect((await prisma.letter.findUniqueOrThrow({ where: { id: s.letterB } })).status).toBe("SENT");
    const read = await getLetter(s.actors.hrB, s.letterB);
    expect(read.status).toBe("READ");
    const stored = await prisma.letter.findUniqueOrThrow({ where: { id: s.letterB } });
    expect(stored.readAt).not.toBeNull();
  });
});

describe("hiring figures", () => {
  it("are written only for the actor's own agency", async () => {
    await saveOwnReport(s.actors.hrA, { year: 2021, permanentTotal: 10, permanentTarget: 1, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0, reason: "", version: null });
    const rows = await prisma.hiringReport.findMany({ where: { year: 2021, agencyId: { in: [s.agencyA, s.agencyB] } } });
    expect(rows.map((r) => r.agencyId)).toEqual([s.agencyA]);
    await expect(
      saveOwnReport(s.actors.adviser, { year: 2021, permanentTotal: 1, permanentTarget: 0, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0, reason: "", version: null }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("of another agency are not listed to an agency; the ministry sees small counts exactly, marked", async () => {
    const hrA = await listReadableFigures(s.actors.hrA);
    expect(new Set(hrA.map((f) => f.agencyId))).toEqual(new Set([s.agencyA]));
    const adviser = await listReadableFigures(s.actors.adviser);
    const b2020 = adviser.find((f) => f.agencyId === s.agencyB && f.year === 2020);
    expect(b2020?.figure).toEqual({ kind: "few", total: 3, target: 1 });
    expect(adviser.some((f) => f.agencyId === s.otherMinistryAgency)).toBe(false);
    const own = await listReadableFigures(s.actors.hrB);
    expect(own.find((f) => f.year === 2020)?.figure).toEqual({ kind: "few", total: 3, target: 1 });
    // Another sector's auditor-free view: the auditor of this sector sees the same exact counts.
    const auditor = await listReadableFigures(s.actors.auditor);
    expect(auditor.find((f) => f.agencyId === s.agencyB && f.year === 2020)?.figure).toEqual({ kind: "few", total: 3, target: 1 });
  });

  it("show an agency's leader only its own row, and no sector total that would reveal a small agency", async () => {
    const d = await getDashboard(s.actors.leaderA, parseDashboardQuery({}));
    expect(d.agencies.map((a) => a.id)).toEqual([s.agencyA]);
    // The sector has A's 19 hires and B's 3: the sector total would give B's numbers away.
    const y2020 = d.sector.find((y) => y.year === 2020);
    expect(y2020).toMatchObject({ showable: false, share: null });
    expect(y2020?.total).toBe(0);
    // Not even when a filter or a page leaves the agency's own row out of the table.
    for (const q of [{ sok: "finnes-ikke" }, { side: "2" }, { plan: "APPROVED" }]) {
      const filtered = await getDashboard(s.actors.leaderA, parseDashboardQuery(q));
      expect(filtered.sector.find((y) => y.year === 2020)).toMatchObject({ showable: false, total: 0 });
    }
  });

  it("are shown to the ministry exactly, small ones too: nothing is hidden from those who receive them anyway", async () => {
    const d = await getDashboard(s.actors.adviser, parseDashboardQuery({}));
    const byId = new Map(d.agencies.map((a) => [a.id, a.figures[2020]]));
    expect(byId.get(s.agencyB)).toEqual({ kind: "few", total: 3, target: 1 });
    expect(byId.get(s.agencyA)).toEqual({ kind: "shown", total: 19, target: 2, share: 2 / 19 });
    expect(d.sector.find((y) => y.year === 2020)).toMatchObject({ showable: true, total: 22, target: 3 });
  });
});

describe("rounds", () => {
  it("are created by the ministry's adviser for its own agencies only", async () => {
    await expect(createRound(s.actors.adviser, roundInput("26/9", [s.agencyA, s.otherMinistryAgency]))).rejects.toMatchObject({ code: "invalid" });
    await expect(createRound(s.actors.hrA, roundInput("26/9", [s.agencyA]))).rejects.toMatchObject({ code: "forbidden" });
    await expect(createRound(s.actors.auditor, roundInput("26/9", [s.agencyA]))).rejects.toMatchObject({ code: "forbidden" });
  });

  it("create one draft letter per agency, with the agency's name in the text", async () => {
    const { id } = await createRound(s.actors.adviser, roundInput("26/77", [s.agencyA, s.agencyB]));
    const overview = await getRoundOverview(s.actors.adviser, id, today);
    expect(overview.rows).toHaveLength(2);
    expect(overview.counts).toMatchObject({ letters: 2, draft: 2, unread: 0 });
    const letters = await prisma.letter.findMany({ where: { roundId: id }, orderBy: { ourRef: "asc" } });
    expect(letters.map((l) => l.ourRef)).toEqual(["26/77-1", "26/77-2"]);
    expect(letters.every((l) => l.status === "DRAFT")).toBe(true);
    expect(letters[0]?.body).toMatch(/^KMD ber EtatA-\w+ om en plan\.$/);
    expect(letters[0]?.signatories).toEqual([{ name: "Jan Olav Pettersen", title: "ekspedisjonssjef", byAuthority: true }]);
    await expect(createRound(s.actors.adviser, roundInput("26/77", [s.agencyA]))).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { caseNumber: [expect.any(String)] },
    });
    await expect(getRoundOverview(s.actors.otherAdviser, id, today)).rejects.toMatchObject({ code: "not_found" });
  });
});
