// Governance meetings against PostgreSQL: meeting 1 with points is finalised; meeting 2 gives those
// points their new statuses; both read as they were. The agency reads its own finalised minutes
// only; another agency and another sector are refused; the audit office reads its audited sectors.
// The sector plan's measure for the first meeting is marked done from the record.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getAgencyFollowUp, reportFollowUp } from "@/lib/data/follow-ups";
import { createMeeting, finaliseMeeting, getMeeting, listMeetings, meetingMinutesData, reopenMeeting, saveMeeting } from "@/lib/data/meetings";
import { meetingSchema } from "@/lib/domain/meeting-schema";
import type { MeetingInput } from "@/lib/domain/meeting-schema";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { createTestSector, type TestSector } from "../support/fixtures";

let s: TestSector;
let sectorPlanId: string;
const content: SectorPlanContent = {
  title: "Handlingsplan 2021",
  introduction: "",
  themes: [{
    id: "tema-etatsstyring", title: "Etatsstyringsdialogen", description: "",
    measures: [
      { id: "tiltak-etatsstyring-plan", kind: "MANDATORY", due: "", text: "Det skal legges en plan for hvordan handlingsplanen skal følges opp i virksomheten i det første etatsstyringsmøtet." },
      { id: "m2", kind: "MANDATORY", due: "", text: "Ledere skal ta kurset." },
    ],
  }],
};

beforeAll(async () => {
  s = await createTestSector();
  const plan = await prisma.sectorPlan.create({ data: { ministryId: s.ministryId, year: 2021, content, version: 1 } });
  await prisma.sectorPlanVersion.create({ data: { sectorPlanId: plan.id, number: 1, content } });
  sectorPlanId = plan.id;
});
afterAll(() => prisma.$disconnect());

const code = async (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code ?? String(e));
const input = (meetingId: string, version: number, over: Partial<MeetingInput> = {}): MeetingInput =>
  meetingSchema.parse({
    meetingId, version, date: "2021-03-12", markFirstMeasure: false, followUps: [],
    participants: [{ name: "Kari Nordmann", title: "Avdelingsdirektør", side: "MINISTRY" }, { name: "Ola Hansen", title: "HR-direktør", side: "AGENCY" }],
    points: [
      { what: "Lage en plan for oppfølgingen", responsible: "HR-direktør", side: "AGENCY", dueOn: "2021-06-01" },
      { what: "Sende tallene for 2020", responsible: "Husbanken", side: "AGENCY", dueOn: "" },
      { what: "Invitere til samling", responsible: "KMD", side: "MINISTRY", dueOn: "" },
    ],
    ...over,
  });

describe("a governance meeting's record, meeting after meeting", () => {
  let first: string;
  let second: string;

  it("records meeting 1 as a draft with the brief as its basis, then finalises it and marks the first measure done", async () => {
    const created = await createMeeting(s.actors.adviser, { agencyId: s.agencyA, date: "2021-03-12" });
    first = created.id;
    // One draft per agency at a time.
    expect(await code(createMeeting(s.actors.adviser, { agencyId: s.agencyA, date: "2021-03-20" }))).toBe("conflict");
    const draft = await getMeeting(s.actors.adviser, first);
    expect(draft.status).toBe("DRAFT");
    expect(draft.basis.agencyName).toContain("EtatA");
    expect(draft.basis.figures).toEqual([{ year: 2020, figure: { kind: "shown", total: 19, target: 2, share: 2 / 19 } }]);
    expect(draft.firstMeasure?.id).toBe("tiltak-etatsstyring-plan");
    expect(draft.followUps).toEqual([]);

    const saved = await saveMeeting(s.actors.adviser, input(first, created.version, { markFirstMeasure: true }));
    // A save based on the older version is refused, and nothing is overwritten.
    expect(await code(saveMeeting(s.actors.adviser, input(first, created.version, { points: [] })))).toBe("conflict");
    await finaliseMeeting(s.actors.adviser, { meetingId: first, version: saved.version });

    const record = await getMeeting(s.actors.adviser, first);
    expect(record.status).toBe("FINAL");
    expect(record.points.map((p) => [p.what, p.status])).toEqual([
      ["Lage en plan for oppfølgingen", "NOT_STARTED"], ["Sende tallene for 2020", "NOT_STARTED"], ["Invitere til samling", "NOT_STARTED"],
    ]);
    // Frozen: a save on a finalised record is refused.
    expect(await code(saveMeeting(s.actors.adviser, input(first, record.version)))).toBe("conflict");

    const followUp = await getAgencyFollowUp(s.actors.hrA, sectorPlanId, s.agencyA);
    const measure = followUp.measures.find((m) => m.measure.id === "tiltak-etatsstyring-plan")!;
    expect(measure.followUp?.status).toBe("DONE");
    expect(measure.followUp?.comment).toBe("Avtalt i etatsstyringsmøtet 12.3.2021");
    expect(measure.followUp?.revisions[0]).toMatchObject({ status: "DONE", actorName: "ADVISER" });
    // The agency's own report after that starts from the new version (the adviser's write bumped it).
    expect(await code(reportFollowUp(s.actors.hrA, { sectorPlanId, measureId: "tiltak-etatsstyring-plan", version: 0, status: "IN_PROGRESS", reason: "", comment: "" }))).toBe("conflict");
  });

  it("records meeting 2 with the statuses of meeting 1's points; both read as they were", async () => {
    expect(await code(createMeeting(s.actors.adviser, { agencyId: s.agencyA, date: "2021-03-01" }))).toBe("invalid");
    const created = await createMeeting(s.actors.adviser, { agencyId: s.agencyA, date: "2021-09-10" });
    second = created.id;
    const draft = await getMeeting(s.actors.adviser, second);
    expect(draft.followUps.map((f) => [f.what, f.status])).toEqual([
      ["Lage en plan for oppfølgingen", "NOT_STARTED"], ["Sende tallene for 2020", "NOT_STARTED"], ["Invitere til samling", "NOT_STARTED"],
    ]);
    const [plan, figures, gathering] = draft.followUps;
    // A point not open before this meeting cannot be given a status.
    expect(await code(saveMeeting(s.actors.adviser, input(second, created.version, { followUps: [{ pointId: "nope", status: "DONE", comment: "" }] })))).toBe("invalid");
    const saved = await saveMeeting(s.actors.adviser, input(second, created.version, {
      date: "2021-09-10",
      points: [{ what: "Rapportere på tiltakene", responsible: "HR", side: "AGENCY", dueOn: "" }],
      followUps: [
        { pointId: plan!.pointId, status: "DONE", comment: "Planen er lagt fram" },
        { pointId: figures!.pointId, status: "IN_PROGRESS", comment: "Kommer i oktober" },
      ],
    }));
    await finaliseMeeting(s.actors.adviser, { meetingId: second, version: saved.version });

    const later = await getMeeting(s.actors.adviser, second);
    expect(later.followUps.map((f) => [f.what, f.statusBefore, f.status, f.comment])).toEqual([
      ["Lage en plan for oppfølgingen", "NOT_STARTED", "DONE", "Planen er lagt fram"],
      ["Sende tallene for 2020", "NOT_STARTED", "IN_PROGRESS", "Kommer i oktober"],
      // Given no status, the point was recorded as it stood.
      ["Invitere til samling", "NOT_STARTED", "NOT_STARTED", ""],
    ]);
    expect(gathering).toBeDefined();
    // Meeting 1 still shows its points as they were then.
    const earlier = await getMeeting(s.actors.hrA, first);
    expect(earlier.points.map((p) => p.status)).toEqual(["NOT_STARTED", "NOT_STARTED", "NOT_STARTED"]);
    expect(earlier.followUps).toEqual([]);

    // Meeting 3 follows up what is still open, from both meetings; the point done is not listed again.
    const third = await createMeeting(s.actors.adviser, { agencyId: s.agencyA, date: "2022-02-01" });
    const open = await getMeeting(s.actors.adviser, third.id);
    expect(open.followUps.map((f) => [f.what, f.status])).toEqual([
      ["Sende tallene for 2020", "IN_PROGRESS"], ["Invitere til samling", "NOT_STARTED"], ["Rapportere på tiltakene", "NOT_STARTED"],
    ]);
    // Meeting 2 cannot be reopened now: a later record builds on it.
    expect(await code(reopenMeeting(s.actors.adviser, { meetingId: second, version: later.version }))).toBe("conflict");
  });

  it("lets the agency read its own finalised minutes, never a draft, and nobody else's", async () => {
    const own = await listMeetings(s.actors.hrA, s.agencyA);
    expect(own.canWrite).toBe(false);
    expect(own.meetings.map((m) => m.status)).toEqual(["FINAL", "FINAL"]);
    const draftId = (await listMeetings(s.actors.adviser, s.agencyA)).meetings.find((m) => m.status === "DRAFT")!.id;
    expect(await code(getMeeting(s.actors.hrA, draftId))).toBe("not_found");
    expect(await code(getMeeting(s.actors.leaderA, draftId))).toBe("not_found");
    expect((await getMeeting(s.actors.leaderA, first)).status).toBe("FINAL");
    // Another agency of the sector, and another sector's adviser.
    expect(await code(getMeeting(s.actors.hrB, first))).toBe("not_found");
    expect(await code(listMeetings(s.actors.hrB, s.agencyA))).toBe("not_found");
    expect(await code(getMeeting(s.actors.otherAdviser, first))).toBe("not_found");
    expect(await code(meetingMinutesData(s.actors.hrB, first))).toBe("not_found");
    // Nobody but the ministry's adviser writes.
    expect(await code(createMeeting(s.actors.hrA, { agencyId: s.agencyA, date: "2023-01-01" }))).toBe("forbidden");
    expect(await code(createMeeting(s.actors.otherAdviser, { agencyId: s.agencyA, date: "2023-01-01" }))).toBe("not_found");
  });

  it("lets the audit office read the finalised minutes of the sectors it audits, and no drafts", async () => {
    const audited = await listMeetings(s.actors.auditor, s.agencyA);
    expect(audited.meetings.map((m) => m.status)).toEqual(["FINAL", "FINAL"]);
    const minutes = await meetingMinutesData(s.actors.auditor, second);
    expect(minutes.record.followUps).toHaveLength(3);
    expect(minutes.ministry.letterhead).toContain("DET KONGELIGE");
    await prisma.organisation.update({ where: { id: s.actors.auditor.organisationId }, data: { audits: { disconnect: { id: s.ministryId } } } });
    const { loadMember } = await import("@/lib/data/users");
    const notAuditing = (await loadMember(s.actors.auditor.userId))!;
    expect(await code(getMeeting(notAuditing, first))).toBe("not_found");
  });

  it("reopens the latest record with an audit event, and finalises it again", async () => {
    const draftId = (await listMeetings(s.actors.adviser, s.agencyA)).meetings.find((m) => m.status === "DRAFT")!.id;
    const draft = await getMeeting(s.actors.adviser, draftId);
    const saved = await saveMeeting(s.actors.adviser, input(draftId, draft.version, { date: "2022-02-01", points: [] }));
    // Finalising with a stale version is refused.
    expect(await code(finaliseMeeting(s.actors.adviser, { meetingId: draftId, version: draft.version }))).toBe("conflict");
    const { version } = await finaliseMeeting(s.actors.adviser, { meetingId: draftId, version: saved.version });
    const reopened = await reopenMeeting(s.actors.adviser, { meetingId: draftId, version });
    expect((await getMeeting(s.actors.adviser, draftId)).status).toBe("DRAFT");
    const events = await prisma.auditEvent.findMany({ where: { entity: "GovernanceMeeting", entityId: draftId }, orderBy: { at: "asc" }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(["create", "save", "finalise", "reopen"]);
    await finaliseMeeting(s.actors.adviser, { meetingId: draftId, version: reopened.version });
  });
});
