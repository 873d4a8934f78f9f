// Text pasted from Word carries no-break spaces, and every share has one before "%": the bundled
// font has no glyph for it, so each PDF must print it as a space rather than fail.
import { describe, expect, it } from "vitest";
import { renderPlanPdf } from "@/lib/documents/plan-pdf";
import { renderSectorPlanPdf } from "@/lib/documents/sector-plan-pdf";
import { normalise, pdfText } from "../support/document-text";
import { COMPLETE_CONTENT } from "../support/fixtures-content";
import { SECTOR_PLAN_2021 } from "../../prisma/seed-data/sector-plan-2021";

describe("no-break spaces in PDFs", () => {
  it("the agency's plan prints them as spaces", async () => {
    const bytes = await renderPlanPdf({
      agencyName: "Statens\u00a0vegvesen",
      roundTitle: "Inkluderingsdugnaden\u00a02020",
      versionLabel: "Versjon 1",
      status: "Sendt inn",
      content: { ...COMPLETE_CONTENT, goalLink: { ...COMPLETE_CONTENT.goalLink, text: "Målet er 5\u00a0% innen 2023." } },
    });
    expect(normalise((await pdfText(bytes)).text)).toContain("Målet er 5 % innen 2023.");
  });

  it("the sector plan prints them as spaces, in a theme's title too", async () => {
    const content = { ...SECTOR_PLAN_2021, themes: [{ ...SECTOR_PLAN_2021.themes[0]!, title: "Mål om 5\u00a0% nytilsatte" }, ...SECTOR_PLAN_2021.themes.slice(1)] };
    const bytes = await renderSectorPlanPdf({ ministryName: "Kommunal-\u00a0og moderniseringsdepartementet", versionLabel: "Versjon\u00a01", content });
    expect(normalise((await pdfText(bytes)).text)).toContain("Mål om 5 % nytilsatte");
  });
});
