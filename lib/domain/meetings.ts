// Governance meetings (etatsstyringsmøter): the rules of the record, pure (no I/O, no texts).
// A meeting's agreed points get their status at the next meeting; the history stays: a point's
// status at the meeting that agreed it stays on that meeting, and each later meeting keeps the
// status (and comment) it gave the point.
import type { AgencyFigure } from "@/lib/domain/shares";
import type { SectorPlanContent } from "@/lib/domain/sector-plan";
import { allMeasures } from "@/lib/domain/sector-plan";

export const MEETING_SIDES = ["MINISTRY", "AGENCY"] as const;
export type MeetingSide = (typeof MEETING_SIDES)[number];
export const MEETING_POINT_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export type MeetingPointStatus = (typeof MEETING_POINT_STATUSES)[number];
export type MeetingStatus = "DRAFT" | "FINAL";

/** A point still to be followed up at the next meeting. */
export function isOpenPoint(status: MeetingPointStatus): boolean {
  return status === "NOT_STARTED" || status === "IN_PROGRESS";
}

/** A point with its statuses over the meetings: the one it was agreed in, then each later one. */
export interface PointHistory {
  id: string;
  meetingId: string;
  /** The status given when it was agreed. */
  status: MeetingPointStatus;
  updates: { meetingId: string; meetingDate: Date; meetingFinal: boolean; status: MeetingPointStatus }[];
}

/**
 * A point's status as the finalised record stands, leaving out what the meeting `excluding` gives
 * it (the meeting now being written): the latest status given in a finalised meeting, else the
 * status it was agreed with.
 */
export function currentPointStatus(point: PointHistory, excluding?: string): MeetingPointStatus {
  const final = point.updates
    .filter((u) => u.meetingFinal && u.meetingId !== excluding)
    .sort((a, b) => a.meetingDate.getTime() - b.meetingDate.getTime());
  return final.at(-1)?.status ?? point.status;
}

/**
 * The points the meeting `meetingId` follows up: every point agreed in another, finalised meeting
 * of the agency that is still open as the finalised record stands (not started or in progress),
 * whichever meeting agreed it, so a point "in progress" at meeting 2 comes back at meeting 3.
 * A point done or dropped ("utgår") is not listed again.
 */
export function pointsToFollowUp<P extends PointHistory>(points: readonly P[], finalMeetingIds: ReadonlySet<string>, meetingId: string): P[] {
  return points.filter((p) => p.meetingId !== meetingId && finalMeetingIds.has(p.meetingId) && isOpenPoint(currentPointStatus(p, meetingId)));
}

/** The brief (lib/data/meeting-brief.ts) as it stood when the record was made: what the minutes show as their basis. */
export interface MeetingBasis {
  agencyName: string;
  ministryName: string;
  plan: { roundTitle: string; status: string; latestVersion: number | null; deadline: string } | null;
  openComments: number;
  figures: { year: number; figure: AgencyFigure }[];
  followUp: { title: string; versionNumber: number; done: number; mandatory: number } | null;
}

/** Reads a stored basis (JSON) back. */
export function readMeetingBasis(json: unknown): MeetingBasis {
  const b = (json ?? {}) as Partial<MeetingBasis>;
  return {
    agencyName: b.agencyName ?? "",
    ministryName: b.ministryName ?? "",
    plan: b.plan ?? null,
    openComments: b.openComments ?? 0,
    figures: Array.isArray(b.figures) ? b.figures : [],
    followUp: b.followUp ?? null,
  };
}

/**
 * The sector plan's measure for the first governance meeting ("Det skal legges en plan for hvordan
 * handlingsplanen skal følges opp … i det første etatsstyringsmøtet …"). Found by its stable id
 * (kept across versions and years), else by the words of the measure; null when the plan has none.
 */
export const FIRST_MEETING_MEASURE_ID = "tiltak-etatsstyring-plan";
export function firstMeetingMeasure(content: SectorPlanContent): { id: string; text: string } | null {
  const measures = allMeasures(content).map((x) => x.measure);
  const found = measures.find((m) => m.id === FIRST_MEETING_MEASURE_ID) ?? measures.find((m) => /første\s+etatsstyringsmøte/i.test(m.text));
  return found ? { id: found.id, text: found.text } : null;
}

/** A new meeting may not be dated before the last finalised one (the follow-up order is the record's order). */
export function dateAllowed(date: Date, latestFinalDate: Date | null): boolean {
  return !latestFinalDate || date.getTime() >= latestFinalDate.getTime();
}
