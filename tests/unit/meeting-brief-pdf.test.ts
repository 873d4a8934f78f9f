// The meeting brief as a one-page PDF: the agency's plan status, open comments, figures (as the
// pages suppress them) and its follow-up of the sector plan.
import { describe, expect, it } from "vitest";
import type { MeetingBrief } from "@/lib/data/meeting-brief";
import { renderMeetingBriefPdf } from "@/lib/documents/meeting-brief-pdf";
import { mandatoryDoneShare } from "@/lib/domain/follow-up";
import { allMeasures } from "@/lib/domain/sector-plan";
import { SECTOR_PLAN_2021 } from "../../prisma/seed-data/sector-plan-2021";
import { normalise, pdfText } from "../support/document-text";

const statuses = new Map([["tiltak-etatsstyring-plan", "DONE"], ["tiltak-trainee", "NOT_RELEVANT"]] as const);
const brief: MeetingBrief = {
  agency: { id: "a", name: "Statsbygg", shortName: "Statsbygg", ministryName: "Kommunal- og moderniseringsdepartementet" },
  plan: { id: "p", status: "CHANGES_REQUESTED", roundTitle: "Handlingsplan for inkluderingsdugnaden", deadline: new Date("2020-12-01T00:00:00Z"), submittedAt: new Date("2020-11-30T10:00:00Z"), latestVersion: 1 },
  openComments: [
    { id: "c1", versionNumber: 1, element: "goals", body: "Målene trenger tall og dato.", createdAt: new Date() },
    { id: "c2", versionNumber: 1, element: "general", body: "Send inn på nytt innen 15. januar.", createdAt: new Date() },
  ],
  figures: [
    { year: 2019, figure: { kind: "shown", total: 40, target: 1, share: 0.025 } },
    { year: 2020, figure: { kind: "suppressed", reason: "few" } },
  ],
  followUp: {
    plan: { id: "s", year: 2021, ministryId: "m", versionNumber: 1, publishedAt: new Date("2021-01-20T12:00:00Z"), content: SECTOR_PLAN_2021, successor: null, ends: new Map(), former: [] },
    agency: { id: "a", name: "Statsbygg", parentId: "m" },
    measures: allMeasures(SECTOR_PLAN_2021).map((x) => {
      const status = statuses.get(x.measure.id as "tiltak-trainee");
      return {
        ...x,
        followUp: status
          ? { measureId: x.measure.id, status, reason: status === "NOT_RELEVANT" ? "Ingen ledige stillinger – «vurderes» på nytt → 2022." : "", comment: "", version: 1, updatedAt: new Date(), revisions: [], carried: false }
          : null,
        end: null,
      };
    }),
    former: [],
    share: mandatoryDoneShare(SECTOR_PLAN_2021, new Map(statuses)),
    canReport: false,
  },
};

describe("the meeting brief PDF", () => {
  it("fits one page and has every part of the brief", async () => {
    const pdf = await pdfText(await renderMeetingBriefPdf(brief, new Date("2021-03-01T10:00:00Z")));
    const text = normalise(pdf.text);
    expect(pdf.pages).toBe(1);
    expect(text).toContain("Underlag til etatsstyringsmøtet – Statsbygg");
    expect(text).toContain("Handlingsplan for inkluderingsdugnaden: Endringer etterspurt, siste innsendte versjon 1 (frist 1.12.2020).");
    expect(text).toContain("Mål: Målene trenger tall og dato.");
    expect(text).toContain("Generelt: Send inn på nytt innen 15. januar.");
    expect(text).toContain("2019: 40 nytilsatte, 1 i målgruppen, andel 2,5 %");
    expect(text).toContain("2020: Skjult");
    expect(text).toContain("Skal-tiltak gjennomført: 1 av 5 (20,0 %)");
    expect(text).toContain("Tiltak 5 (skal), Deltakelse i trainee-programmet: Ikke relevant");
    expect(pdf.info).toMatchObject({ Title: "Underlag til etatsstyringsmøtet – Statsbygg" });
  });
});
