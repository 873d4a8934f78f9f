// Uploaded files are what their content says, never what their name says: real PDFs (pdfkit) and
// DOCX files (the docx package) pass; a PNG called .pdf, a ZIP without a Word document, an
// executable called .docx, a ZIP bomb and an oversized file are refused before anything is inflated.
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkAttachmentFile, DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE, safeFileName } from "@/lib/documents/attachment-file";
import { docxToHtml } from "@/lib/documents/docx-read";
import { ZipRefused } from "@/lib/documents/zip-read";
import { docxOf, pdfOf, PNG_BYTES, SAMPLE_PLAN } from "../support/plan-docx";
import { craftZip, deflated, deflatedFill } from "../support/zip-craft";

const MB = 1024 * 1024;
const LIMIT = 10 * MB;

async function docxEntries() {
  const files = unzipSync(await docxOf(SAMPLE_PLAN));
  return Object.entries(files)
    .filter(([name]) => !name.endsWith("/"))
    .map(([name, bytes]) => deflated(name, new TextDecoder().decode(bytes)));
}

describe("checkAttachmentFile", () => {
  it("takes a PDF made by pdfkit and a DOCX made by the docx package", async () => {
    expect(checkAttachmentFile(await pdfOf("Handlingsplan"), LIMIT)).toEqual({ ok: true, mediaType: PDF_MEDIA_TYPE, extension: "pdf" });
    expect(checkAttachmentFile(await docxOf(SAMPLE_PLAN), LIMIT)).toEqual({ ok: true, mediaType: DOCX_MEDIA_TYPE, extension: "docx" });
  });

  it("refuses a PNG, a Windows executable, plain text and an empty file, whatever they are called", () => {
    expect(checkAttachmentFile(PNG_BYTES, LIMIT)).toEqual({ ok: false, reason: "notPdfOrDocx" });
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);
    expect(checkAttachmentFile(exe, LIMIT)).toEqual({ ok: false, reason: "notPdfOrDocx" });
    expect(checkAttachmentFile(new TextEncoder().encode("Dette er ikke en PDF"), LIMIT)).toEqual({ ok: false, reason: "notPdfOrDocx" });
    expect(checkAttachmentFile(new Uint8Array(), LIMIT)).toEqual({ ok: false, reason: "empty" });
  });

  it("refuses a PDF header without a trailer (a cut-off or fake PDF)", async () => {
    const pdf = await pdfOf("Avkuttet");
    expect(checkAttachmentFile(pdf.subarray(0, pdf.length - 200), LIMIT)).toEqual({ ok: false, reason: "damagedPdf" });
    expect(checkAttachmentFile(new TextEncoder().encode("%PDF-1.7\nnothing else"), LIMIT)).toEqual({ ok: false, reason: "damagedPdf" });
  });

  it("refuses a ZIP that is not a Word document: no word/document.xml, or a spreadsheet", async () => {
    const plainZip = craftZip([deflated("notes.txt", "hei")]);
    expect(checkAttachmentFile(plainZip, LIMIT)).toEqual({ ok: false, reason: "notDocx" });
    const noDocument = craftZip((await docxEntries()).filter((e) => e.name !== "word/document.xml"));
    expect(checkAttachmentFile(noDocument, LIMIT)).toEqual({ ok: false, reason: "notDocx" });
    const wrongType = craftZip(
      (await docxEntries()).map((e) =>
        e.name === "[Content_Types].xml"
          ? deflated(e.name, '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
          : e,
      ),
    );
    expect(checkAttachmentFile(wrongType, LIMIT)).toEqual({ ok: false, reason: "notDocx" });
  });

  it("refuses a ZIP bomb from its directory, and a document that lies about its size while reading it", async () => {
    const { data, size } = await deflatedFill("<w:document>", "0", 200, "</w:document>");
    const entries = (await docxEntries()).filter((e) => e.name !== "word/document.xml");
    const bomb = craftZip([...entries, { name: "word/document.xml", data, declaredSize: size }]);
    expect(bomb.length).toBeLessThan(LIMIT);
    expect(checkAttachmentFile(bomb, LIMIT)).toEqual({ ok: false, reason: "damagedDocx" });
    const liar = craftZip([...entries, { name: "word/document.xml", data, declaredSize: 1000 }]);
    // The directory looks fine; reading the document stops after the 1 000 bytes it declares.
    expect(checkAttachmentFile(liar, LIMIT)).toEqual({ ok: true, mediaType: DOCX_MEDIA_TYPE, extension: "docx" });
    await expect(docxToHtml(liar)).rejects.toBeInstanceOf(ZipRefused);
  });

  it("refuses a file over the limit", async () => {
    const pdf = await pdfOf("Stor");
    expect(checkAttachmentFile(pdf, pdf.length - 1)).toEqual({ ok: false, reason: "tooLarge" });
    expect(checkAttachmentFile(pdf, pdf.length).ok).toBe(true);
  });
});

describe("file names", () => {
  it("keeps only a safe display name with the extension the content has", () => {
    expect(safeFileName("C:\\Users\\hr\\Plan 2021.docx", "docx")).toBe("Plan 2021.docx");
    expect(safeFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(safeFileName("rapport\u202Efdp.exe", "pdf")).toBe("rapportfdp.exe.pdf");
    expect(safeFileName("a\u0000b\r\n<c>.PDF", "pdf")).toBe("ab_c_.PDF");
    expect(safeFileName("...", "docx")).toBe("vedlegg.docx");
    expect(safeFileName(`${"å".repeat(300)}.pdf`, "pdf")).toHaveLength(120);
  });
});

describe("in the audit log", () => {
  it("names a letter's attachment by its file, a plan's only by what it is", async () => {
    const { auditKindLabel, summariseAuditEvent } = await import("@/lib/domain/audit-summary");
    expect(auditKindLabel("Attachment", "attach")).toBe("Vedlegg lagt til");
    expect(auditKindLabel("ActionPlan", "import")).toBe("Handlingsplan importert fra Word");
    expect(summariseAuditEvent({ entity: "Attachment", action: "attach", before: null, after: { letterId: "l1", fileName: "Vedlegg 1.pdf", purpose: "ATTACHMENT" } })).toEqual(["Fil: Vedlegg 1.pdf"]);
    const plan = summariseAuditEvent({ entity: "Attachment", action: "detach", before: { planId: "p1", fileName: "Hemmelig utkast.docx", purpose: "ORIGINAL_IMPORT" }, after: null });
    expect(plan).toEqual(["Vedlegg til handlingsplan", "Originalen planen er importert fra"]);
  });
});
