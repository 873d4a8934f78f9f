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
