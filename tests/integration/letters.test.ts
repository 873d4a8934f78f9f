// Issuing a round: drafts stay with the ministry, sending freezes, a correction is a new letter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createCorrection, sendLetter, sendRound, updateLetter } from "@/lib/data/letter-commands";
import { getLetter, listOwnLetters } from "@/lib/data/letters";
import { createRound, getRoundOverview } from "@/lib/data/rounds";
import type { LetterInput } from "@/lib/domain/schemas";
import { createTestSector, roundInput, type TestSector } from "../support/fixtures";

let s: TestSector;
let roundId: string;
let letterA: string;
let letterB: string;

beforeAll(async () => {
  s = await createTestSector();
  roundId = (await createRound(s.actors.adviser, roundInput("27/500", [s.agencyA, s.agencyB]))).id;
  const letters = await prisma.letter.findMany({ where: { roundId }, orderBy: { ourRef: "asc" } });
  letterA = letters[0]!.id;
  letterB = letters[1]!.id;
});
afterAll(() => prisma.$disconnect());

async function edit(letterId: string, changes: Partial<LetterInput>): Promise<void> {
  await updateLetter(s.actors.adviser, { ...(await letterInput(letterId)), ...changes });
}

/** The letter as it is stored, as its form would send it. */
async function letterInput(letterId: string): Promise<LetterInput> {
  const l = await prisma.letter.findUniqueOrThrow({ where: { id: letterId } });
  return {
    letterId,
    version: l.version,
    number: l.number,
    title: l.title,
    yourRef: l.yourRef,
    ourRef: l.ourRef,
    date: l.date,
    deadline: l.deadline,
    body: l.body,
    department: l.department,
    caseworkerName: l.caseworkerName,
    caseworkerPhone: l.caseworkerPhone,
    signatories: l.signatories as LetterInput["signatories"],
    copyTo: l.copyTo,
  };
}

describe("draft letters", () => {
  it("are the ministry's: the agency does not see them", async () => {
    await expect(getLetter(s.actors.hrA, letterA)).rejects.toMatchObject({ code: "not_found" });
    expect((await listOwnLetters(s.actors.hrA)).map((l) => l.id)).not.toContain(letterA);
    const preview = await getLetter(s.actors.adviser, letterA);
    expect(preview.status).toBe("DRAFT");
    // Nor does the auditor, in the letter or in the round (the round is the ministry's draft).
    await expect(getLetter(s.actors.auditor, letterA)).rejects.toMatchObject({ code: "not_found" });
    await expect(getRoundOverview(s.actors.auditor, roundId, new Date())).rejects.toMatchObject({ code: "not_found" });
  });

  it("are changed per letter by the ministry's adviser only", async () => {
    await edit(letterA, { number: "Tillegg nr. 8", yourRef: "20/1234" });
    expect(await prisma.letter.findUniqueOrThrow({ where: { id: letterA } })).toMatchObject({ number: "Tillegg nr. 8", yourRef: "20/1234" });
    await expect(updateLetter(s.actors.otherAdviser, { letterId: letterA } as LetterInput)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateLetter(s.actors.auditor, { letterId: letterA } as LetterInput)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("are never overwritten by a save based on an older version: the newer letter comes back", async () => {
    const l = await prisma.letter.findUniqueOrThrow({ where: { id: letterB } });
    await edit(letterB, { body: "Kari sin tekst" });
    const stale = updateLetter(s.actors.adviser, { ...(await letterInput(letterB)), version: l.version, body: "Ola sin tekst" });
    await expect(stale).rejects.toMatchObject({ code: "conflict", data: { version: l.version + 1, values: { body: "Kari sin tekst" } } });
    expect((await prisma.letter.findUniqueOrThrow({ where: { id: letterB } })).body).toBe("Kari sin tekst");
  });

  it("keep Vår ref unique within the ministry", async () => {
    const a = await prisma.letter.findUniqueOrThrow({ where: { id: letterA } });
    await expect(edit(letterB, { ourRef: a.ourRef })).rejects.toMatchObject({ code: "invalid", fieldErrors: { ourRef: [expect.any(String)] } });
  });
});

describe("sending", () => {
  it("is refused, naming each letter, while a letter has no number; nothing is sent", async () => {
    await expect(sendRound(s.actors.adviser, roundId)).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { letters: [expect.stringContaining("EtatB")] },
    });
    expect(await prisma.letter.count({ where: { roundId, status: "SENT" } })).toBe(0);
  });

  it("freezes every letter, fixes its title, creates the plans, and shows the letter to its agency", async () => {
    await edit(letterB, { number: "Tillegg 3" });
    expect(await sendRound(s.actors.adviser, roundId)).toBe(2);
    const a = await prisma.letter.findUniqueOrThrow({ where: { id: letterA } });
    expect(a.status).toBe("SENT");
    expect(a.sentAt).not.toBeNull();
    expect(a.title).toMatch(/^Tillegg nr\. 8 til tildelingsbrev 2026 til EtatA-\w+ – Ny runde$/);
    expect(await prisma.actionPlan.count({ where: { roundId } })).toBe(2);
    expect((await prisma.addendumRound.findUniqueOrThrow({ where: { id: roundId } })).sentAt).not.toBeNull();
    expect((await listOwnLetters(s.actors.hrA)).map((l) => l.id)).toContain(letterA);
    expect(await prisma.auditEvent.count({ where: { entity: "Letter", entityId: letterA, action: "send" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entity: "AddendumRound", entityId: roundId, action: "send" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entity: "ActionPlan", action: "create", entityId: { in: (await prisma.actionPlan.findMany({ where: { roundId } })).map((p) => p.id) } } })).toBe(2);
    // Once sent, the auditor reads the round and its letters.
    expect((await getRoundOverview(s.actors.auditor, roundId, new Date())).rows).toHaveLength(2);
  });

  it("never edits a sent letter", async () => {
    await expect(edit(letterA, { number: "Tillegg nr. 9" })).rejects.toMatchObject({ code: "conflict" });
    expect((await prisma.letter.findUniqueOrThrow({ where: { id: letterA } })).number).toBe("Tillegg nr. 8");
    await expect(sendRound(s.actors.adviser, roundId)).rejects.toMatchObject({ code: "conflict" });
  });

  it("corrects a sent letter with a new letter in the same round", async () => {
    const { id } = await createCorrection(s.actors.adviser, letterA);
    const correction = await prisma.letter.findUniqueOrThrow({ where: { id } });
    const original = await prisma.letter.findUniqueOrThrow({ where: { id: letterA } });
    expect(correction).toMatchObject({ roundId, agencyId: s.agencyA, status: "DRAFT", correctsId: letterA, number: "Tillegg nr. 8" });
    expect(correction.ourRef).toBe(original.ourRef.replace(/-(\d+)$/, (_m, n) => `-${Number(n) + 2}`));
    await expect(getLetter(s.actors.hrA, id)).rejects.toMatchObject({ code: "not_found" });
    await sendLetter(s.actors.adviser, id);
    const inbox = await listOwnLetters(s.actors.hrA);
    expect(inbox.map((l) => l.id)).toEqual(expect.arrayContaining([letterA, id]));
    expect(await prisma.actionPlan.count({ where: { roundId, agencyId: s.agencyA } })).toBe(1);
  });
});
