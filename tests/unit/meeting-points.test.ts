// The governance meeting's carry rules: which earlier points a meeting follows up, and with which
// status; and how the sector plan's measure for the first meeting is found.
import { describe, expect, it } from "vitest";
import {
  currentPointStatus, dateAllowed, firstMeetingMeasure, isOpenPoint, pointsToFollowUp, readMeetingBasis, type PointHistory,
} from "@/lib/domain/meetings";
import { auditKindLabel, summariseAuditEvent } from "@/lib/domain/audit-summary";
import { meetingSchema } from "@/lib/domain/meeting-schema";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const point = (id: string, meetingId: string, updates: PointHistory["updates"] = [], status: PointHistory["status"] = "NOT_STARTED"): PointHistory => ({ id, meetingId, status, updates });

describe("points followed up at the next meeting", () => {
  it("lists the open points of finalised meetings, not those of a draft or of the meeting itself", () => {
    const points = [point("p1", "m1"), point("p2", "m1", [], "IN_PROGRESS"), point("p3", "draft-m2"), point("p4", "m3")];
    const listed = pointsToFollowUp(points, new Set(["m1", "m3"]), "m3");
    expect(listed.map((p) => p.id)).toEqual(["p1", "p2"]);
  });

  it("drops a point done or dropped at a finalised meeting, and brings back one still in progress", () => {
    const m2 = { meetingId: "m2", meetingDate: d("2021-06-01"), meetingFinal: true };
    const points = [
      point("done", "m1", [{ ...m2, status: "DONE" }]),
      point("dropped", "m1", [{ ...m2, status: "CANCELLED" }]),
      point("going", "m1", [{ ...m2, status: "IN_PROGRESS" }]),
    ];
    expect(pointsToFollowUp(points, new Set(["m1", "m2"]), "m3").map((p) => p.id)).toEqual(["going"]);
  });

  it("leaves out what the meeting being written gives a point: its draft status does not decide whether it is listed", () => {
    const draft = { meetingId: "m2", meetingDate: d("2021-06-01"), meetingFinal: false, status: "DONE" as const };
    const p = point("p1", "m1", [draft]);
    expect(currentPointStatus(p, "m2")).toBe("NOT_STARTED");
    expect(pointsToFollowUp([p], new Set(["m1"]), "m2").map((x) => x.id)).toEqual(["p1"]);
  });

  it("takes the latest finalised meeting's status, in date order", () => {
    const p = point("p1", "m1", [
      { meetingId: "m3", meetingDate: d("2021-09-01"), meetingFinal: true, status: "DONE" },
      { meetingId: "m2", meetingDate: d("2021-06-01"), meetingFinal: true, status: "IN_PROGRESS" },
    ]);
    expect(currentPointStatus(p)).toBe("DONE");
    expect(currentPointStatus(p, "m3")).toBe("IN_PROGRESS");
  });

  it("counts not started and in progress as open", () => {
    expect(["NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED"].map((s) => isOpenPoint(s as never))).toEqual([true, true, false, false]);
  });

  it("refuses a meeting dated before the last finalised one", () => {
    expect(dateAllowed(d("2021-03-12"), null)).toBe(true);
    expect(dateAllowed(d("2021-03-12"), d("2021-03-12"))).toBe(true);
    expect(dateAllowed(d("2021-03-11"), d("2021-03-12"))).toBe(false);
  });

  it("reads a stored basis back, also one with fields missing", () => {
    expect(readMeetingBasis({ agencyName: "Husbanken" })).toEqual({ agencyName: "Husbanken", ministryName: "", plan: null, openComments: 0, figures: [], followUp: null });
  });
});

describe("the sector plan's measure for the first governance meeting", () => {
  const plan = (measures: { id: string; text: string }[]): SectorPlanContent => ({
    title: "Plan", introduction: "", themes: [{ id: "t", title: "Tema", description: "", measures: measures.map((m) => ({ ...m, kind: "MANDATORY" as const, due: "" })) }],
  });

  it("is found by its stable id, whatever its words", () => {
    expect(firstMeetingMeasure(plan([{ id: "x", text: "Noe annet" }, { id: "tiltak-etatsstyring-plan", text: "Omskrevet tekst" }]))).toEqual({ id: "tiltak-etatsstyring-plan", text: "Omskrevet tekst" });
  });

  it("is found by its words when written anew with another id", () => {
    const text = "Det skal legges en plan for hvordan handlingsplanen skal følges opp i virksomheten i det første etatsstyringsmøtet mellom KMD og virksomheten i 2022.";
    expect(firstMeetingMeasure(plan([{ id: "m-9", text }]))?.id).toBe("m-9");
  });

  it("is not there in a plan without it", () => {
    expect(firstMeetingMeasure(plan([{ id: "m1", text: "Ledere skal ta kurset." }]))).toBeNull();
  });
});

describe("the record's form, as the server checks it", () => {
  const valid = {
    meetingId: "m1", version: 1, date: "2021-03-12", markFirstMeasure: false, followUps: [],
    participants: [{ name: "Kari Nordmann", title: "", side: "MINISTRY" }],
    points: [{ what: "Lage en plan", responsible: "HR", side: "AGENCY", dueOn: "" }],
  };
  const errors = (input: unknown) => {
    const r = meetingSchema.safeParse(input);
    // The first message per field, as the form shows it.
    return r.success ? {} : Object.fromEntries(r.error.issues.reverse().map((i) => [i.path.join("."), i.message]));
  };

  it("accepts a record with an optional due date left empty", () => {
    expect(errors(valid)).toEqual({});
  });

  it("says what is wrong, by the field", () => {
    expect(errors({
      ...valid, date: "2021-02-30",
      participants: [{ name: " ", title: "", side: "" }],
      points: [{ what: "", responsible: "", side: "AGENCY", dueOn: "1.6.2021" }],
      followUps: [{ pointId: "p1", status: "LATER", comment: "" }],
    })).toEqual({
      date: "Skriv en gyldig dato.",
      "participants.0.name": "Skriv navnet.",
      "participants.0.side": "Velg departementet eller virksomheten.",
      "points.0.what": "Skriv hva som er avtalt.",
      "points.0.responsible": "Skriv hvem som er ansvarlig.",
      "points.0.dueOn": "Skriv en gyldig dato.",
      "followUps.0.status": "Velg en status.",
    });
  });

  it("refuses a NUL character in a text, and a missing date", () => {
    const e = errors({ ...valid, date: "", points: [{ what: "A\u0000B", responsible: "HR", side: "AGENCY", dueOn: "" }] });
    expect(e.date).toBe("Skriv møtets dato.");
    expect(e["points.0.what"]).toMatch(/tegn/i);
  });
});

describe("the record in the audit log", () => {
  it("names each kind of event and shows the meeting's date only", () => {
    expect(["create", "save", "finalise", "reopen"].map((a) => auditKindLabel("GovernanceMeeting", a))).toEqual([
      "Referat fra etatsstyringsmøte påbegynt", "Referat fra etatsstyringsmøte lagret", "Referat fra etatsstyringsmøte fastsatt", "Referat fra etatsstyringsmøte gjenåpnet",
    ]);
    expect(summariseAuditEvent({ entity: "GovernanceMeeting", action: "save", before: null, after: { date: "2021-03-12", participants: 2, points: 3 } })).toEqual(["Møtedato: 12.3.2021"]);
  });
});
