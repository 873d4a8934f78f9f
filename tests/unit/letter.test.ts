import { describe, expect, it } from "vitest";
import { fillTemplate, inlineRuns, parseLetterBody } from "@/lib/domain/letter";

describe("letter body", () => {
  it("puts the agency's name where the template says {virksomhet}", () => {
    expect(fillTemplate("KMD ber {virksomhet} om … Har {virksomhet} hatt", "Husbanken")).toBe("KMD ber Husbanken om … Har Husbanken hatt");
  });

  it("reads headings, paragraphs and lists", () => {
    const blocks = parseLetterBody("1. Innledning\n\nFørste avsnitt\nfortsetter.\n\n- en\n- to");
    expect(blocks).toEqual([
      { kind: "heading", text: "1. Innledning" },
      { kind: "paragraph", text: "Første avsnitt fortsetter." },
      { kind: "list", items: ["en", "to"] },
    ]);
  });

  it("keeps bold runs", () => {
    expect(inlineRuns("handlingsplan **innen 1.12.2020**.")).toEqual([
      { text: "handlingsplan ", bold: false },
      { text: "innen 1.12.2020", bold: true },
      { text: ".", bold: false },
    ]);
  });
});

describe("letter titles and references", () => {
  it("fills the round's title template per letter", async () => {
    const { titleFromTemplate } = await import("@/lib/domain/letter");
    expect(titleFromTemplate("{nummer} til tildelingsbrev {år} til {virksomhet} – Handlingsplan for inkluderingsdugnaden", "Tillegg nr. 8", 2020, "Husbanken")).toBe(
      "Tillegg nr. 8 til tildelingsbrev 2020 til Husbanken – Handlingsplan for inkluderingsdugnaden",
    );
  });

  it("gives a correction the next free document number in the case", async () => {
    const { nextOurRef } = await import("@/lib/domain/letter");
    expect(nextOurRef("20/56-69", new Set(["20/56-69"]))).toBe("20/56-70");
    expect(nextOurRef("20/56-69", new Set(["20/56-70", "20/56-71"]))).toBe("20/56-72");
  });
});
