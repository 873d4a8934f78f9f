// A plan imported from a Word document the test makes with the `docx` package: the review result,
// applying it (the draft replaced, the original kept as an attachment, an audit event), a stale
// review refused with the newer draft, another agency refused; and attachments on plans and
// letters: checked by content, read as their owner is read, deleted by the uploader's side.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  deleteAttachment, getAttachmentFile, listLetterAttachments, listPlanAttachments, storeAttachment, uploadLetterAttachment, uploadPlanAttachment,
} from "@/lib/data/attachments";
import { applyPlanImport, readPlanImport } from "@/lib/data/plan-import";
import { getPlan, readContent, savePlan } from "@/lib/data/plans";
import { DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE } from "@/lib/documents/attachment-file";
import { createTestSector, draftWith, type TestSector } from "../support/fixtures";
import { docxOf, pdfOf, PNG_BYTES, SAMPLE_PLAN } from "../support/plan-docx";

let s: TestSector;
let docx: Uint8Array;
beforeAll(async () => {
  s = await createTestSector();
  docx = await docxOf(SAMPLE_PLAN);
});
afterAll(() => prisma.$disconnect());

const planVersion = async (planId: string) => (await prisma.actionPlan.findUniqueOrThrow({ where: { id: planId } })).version;

describe("a plan imported from Word", () => {
  it("is split for review without saving anything, then replaces the draft and keeps the original", async () => {
    const before = await planVersion(s.planA);
    const review = await readPlanImport(s.actors.hrA, s.planA, docx);
    expect(review.version).toBe(before);
    expect(review.elements.measures).toContain("- Samarbeid med NAV om praksisplasser");
    expect(review.unplaced).toContain("Vedlegg");
    expect(await planVersion(s.planA)).toBe(before);

    // HR corrects a field before applying.
    const elements = { ...review.elements, goalLink: "Mangfold gir bedre tjenester til alle innbyggere." };
    const done = await applyPlanImport(s.actors.hrA, { planId: s.planA, version: review.version, elements, fileName: "C:\\Planer\\Handlingsplan 2021.docx", bytes: docx });
    expect(done.version).toBe(before + 1);

    const plan = await getPlan(s.actors.hrA, s.planA);
    expect(plan.draft!.measures.map((m) => m.what)).toEqual(["Alle ledere som rekrutterer, tar DFØs kurs i inkluderende rekruttering", "Samarbeid med NAV om praksisplasser"]);
    expect(plan.draft!.goals.map((g) => g.term)).toEqual(["SHORT", "LONG"]);
    expect(plan.draft!.goalLink.text).toBe("Mangfold gir bedre tjenester til alle innbyggere.");
    expect(plan.draft!.responsibilities[0]).toMatchObject({ who: "Toppleder", what: "forankring i ledergruppen" });

    const attachments = await listPlanAttachments(s.actors.hrA, s.planA);
    expect(attachments).toEqual([expect.objectContaining({ fileName: "Handlingsplan 2021.docx", mediaType: DOCX_MEDIA_TYPE, purpose: "ORIGINAL_IMPORT", size: docx.length })]);
    const file = await getAttachmentFile(s.actors.hrA, attachments[0]!.id);
    expect(Buffer.from(file.content).equals(Buffer.from(docx))).toBe(true);

    const audit = await prisma.auditEvent.findMany({ where: { entityId: { in: [s.planA, attachments[0]!.id] } }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["import", "attach"]));
  });

  it("is refused when the draft was saved after the review began, with the newer draft", async () => {
    const review = await readPlanImport(s.actors.hrA, s.planA, docx);
    await savePlan(s.actors.hrA, { planId: s.planA, version: review.version, content: draftWith("Lagret av en kollega") }, "draft");
    const attempt = applyPlanImport(s.actors.hrA, { planId: s.planA, version: review.version, elements: review.elements, fileName: "plan.docx", bytes: docx });
    await expect(attempt).rejects.toMatchObject({ code: "conflict", data: { version: review.version + 1 } });
    const stored = await prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planA } });
    expect(readContent(stored.content).challenges[0]!.challenge).toBe("Lagret av en kollega");
    expect(await prisma.attachment.count({ where: { planId: s.planA, purpose: "ORIGINAL_IMPORT" } })).toBe(1);
  });

  it("is refused to another agency's HR, as if the plan did not exist", async () => {
    await expect(readPlanImport(s.actors.hrA, s.planB, docx)).rejects.toMatchObject({ code: "not_found" });
    const version = await planVersion(s.planB);
    const elements = (await readPlanImport(s.actors.hrB, s.planB, docx)).elements;
    await expect(applyPlanImport(s.actors.hrA, { planId: s.planB, version, elements, fileName: "x.docx", bytes: docx })).rejects.toMatchObject({ code: "not_found" });
    expect(await planVersion(s.planB)).toBe(version);
  });

  it("refuses a file that is not a Word document, and a text the plan cannot hold, by the field", async () => {
    await expect(readPlanImport(s.actors.hrA, s.planA, await pdfOf("Plan"))).rejects.toMatchObject({ code: "invalid", fieldErrors: { file: [expect.stringContaining("Bare Word-dokumenter")] } });
    await expect(readPlanImport(s.actors.hrA, s.planA, PNG_BYTES)).rejects.toMatchObject({ code: "invalid", fieldErrors: { file: [expect.stringContaining("verken en PDF eller et Word-dokument")] } });
    const review = await readPlanImport(s.actors.hrA, s.planA, docx);
    const elements = { ...review.elements, traineeAssessment: "x".repeat(6_000) };
    await expect(applyPlanImport(s.actors.hrA, { planId: s.planA, version: review.version, elements, fileName: "p.docx", bytes: docx })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { "elements.traineeAssessment": [expect.stringContaining("for langt")] },
    });
  });

  it("is refused once the plan is submitted", async () => {
    const version = await planVersion(s.planB);
    await prisma.actionPlan.update({ where: { id: s.planB }, data: { status: "SUBMITTED" } });
    await expect(readPlanImport(s.actors.hrB, s.planB, docx)).rejects.toMatchObject({ code: "conflict" });
    await prisma.actionPlan.update({ where: { id: s.planB }, data: { status: "DRAFT", version } });
  });
});

describe("attachments", () => {
  it("are checked by content: a PNG called .pdf is refused, a PDF called .docx is stored as the PDF it is", async () => {
    await expect(uploadPlanAttachment(s.actors.hrA, s.planA, { fileName: "bilde.pdf", bytes: PNG_BYTES })).rejects.toMatchObject({ code: "invalid" });
    const pdf = await pdfOf("Vedlegg");
    const stored = await uploadPlanAttachment(s.actors.hrA, s.planA, { fileName: "vedlegg.docx", bytes: pdf });
    expect(stored).toMatchObject({ fileName: "vedlegg.docx.pdf", mediaType: PDF_MEDIA_TYPE });
  });

  it("of a draft are the agency's own; the ministry reads those there when the plan was submitted", async () => {
    const own = await listPlanAttachments(s.actors.hrA, s.planA);
    expect(own.length).toBeGreaterThan(0);
    expect(await listPlanAttachments(s.actors.adviser, s.planA)).toEqual([]);
    await expect(getAttachmentFile(s.actors.adviser, own[0]!.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getAttachmentFile(s.actors.hrB, own[0]!.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(listPlanAttachments(s.actors.hrB, s.planA)).rejects.toMatchObject({ code: "not_found" });

    await prisma.planVersion.create({ data: { planId: s.planA, number: 1, content: draftWith("Sendt"), submittedAt: new Date(Date.now() + 1000) } });
    const ministry = await listPlanAttachments(s.actors.adviser, s.planA);
    expect(ministry.map((a) => a.id)).toEqual(own.map((a) => a.id));
    expect(ministry.every((a) => !a.canDelete)).toBe(true);
    expect((await getAttachmentFile(s.actors.auditor, own[0]!.id)).mediaType).toBe(own[0]!.mediaType);
    await expect(getAttachmentFile(s.actors.otherAdviser, own[0]!.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("are deleted by the agency's HR while the plan can be changed, never by others", async () => {
    const stored = await uploadPlanAttachment(s.actors.hrA, s.planA, { fileName: "slett meg.pdf", bytes: await pdfOf("Slett") });
    await expect(deleteAttachment(s.actors.hrB, stored.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteAttachment(s.actors.adviser, stored.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteAttachment(s.actors.hrA, stored.id)).resolves.toEqual({ fileName: "slett meg.pdf" });
    expect(await prisma.attachment.count({ where: { id: stored.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entity: "Attachment", entityId: stored.id, action: "detach" } })).toBe(1);
  });

  it("on letters: the adviser adds them to drafts and sent letters, deletes only a draft's; the agency reads a sent letter's", async () => {
    const letter = await prisma.letter.findUniqueOrThrow({ where: { id: s.letterA }, select: { status: true, body: true } });
    const stored = await uploadLetterAttachment(s.actors.adviser, s.letterA, { fileName: "Vedlegg 1.pdf", bytes: await pdfOf("Vedlegg til brevet") });
    expect(stored.mediaType).toBe(PDF_MEDIA_TYPE);
    // The letter's text is not changed by an attachment.
    expect((await prisma.letter.findUniqueOrThrow({ where: { id: s.letterA }, select: { body: true } })).body).toBe(letter.body);
    await expect(uploadLetterAttachment(s.actors.hrA, s.letterA, { fileName: "x.pdf", bytes: await pdfOf("x") })).rejects.toMatchObject({ code: "forbidden" });
    await expect(uploadLetterAttachment(s.actors.otherAdviser, s.letterA, { fileName: "x.pdf", bytes: await pdfOf("x") })).rejects.toMatchObject({ code: "not_found" });

    if (letter.status === "DRAFT") {
      await expect(listLetterAttachments(s.actors.hrA, s.letterA)).rejects.toMatchObject({ code: "not_found" });
      await prisma.letter.update({ where: { id: s.letterA }, data: { status: "SENT", sentAt: new Date() } });
    }
    expect((await listLetterAttachments(s.actors.hrA, s.letterA)).map((a) => a.fileName)).toContain("Vedlegg 1.pdf");
    expect((await getAttachmentFile(s.actors.hrA, stored.id)).fileName).toBe("Vedlegg 1.pdf");
    await expect(getAttachmentFile(s.actors.hrB, stored.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteAttachment(s.actors.adviser, stored.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("belong to exactly one owner", async () => {
    await expect(prisma.$transaction((tx) => storeAttachment(tx, s.actors.hrA, { fileName: "x.pdf", bytes: PNG_BYTES }))).rejects.toMatchObject({ code: "invalid" });
    await expect(
      prisma.$executeRaw`insert into "Attachment" (id, "planId", "letterId", "fileName", "mediaType", size, sha256, content, "uploadedByOrganisationId") values ('two-owners', ${s.planA}, ${s.letterA}, 'x.pdf', 'application/pdf', 1, 'x', '\\x00', ${s.agencyA})`,
    ).rejects.toThrow(/Attachment_one_owner/);
  });
});
