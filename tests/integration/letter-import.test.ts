// Importing a letter sent before Dugnad: the scanned (damaged) seed letter is recognised against the
// ministry's agencies, checked, and saved as sent; the agency reads it; duplicates and other
// ministries are refused.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getLetterImportContext, importLetter } from "@/lib/data/letter-import";
import { getLetter, listOwnLetters } from "@/lib/data/letters";
import { getRoundOverview } from "@/lib/data/rounds";
import { loadMember } from "@/lib/data/users";
import { recogniseLetter } from "@/lib/domain/letter-import";
import { letterImportSchema, type LetterImportInput } from "@/lib/domain/letter-import-schema";
import type { Actor } from "@/lib/access";
import { seed } from "../support/document-text";
import { createTestSector, type TestSector } from "../support/fixtures";
import { ocrDamage } from "../support/ocr-damage";

let s: TestSector;
let dss: string;
let dssHr: Actor;

beforeAll(async () => {
  s = await createTestSector();
  // The real DSS in this test's ministry (short name and org number made unique).
  const tag = randomUUID().slice(0, 8);
  dss = (await prisma.organisation.create({
    data: { kind: "AGENCY", name: "Departementenes sikkerhets- og serviceorganisasjon", shortName: `DSS-${tag}`, orgNumber: `dss${tag}`, postalAddress: "Postboks 8129 Dep\n0032 OSLO", parentId: s.ministryId },
  })).id;
  const hr = await prisma.user.create({ data: { email: `hr-dss-${tag}@test`, name: "HR DSS", passwordHash: "x", role: "AGENCY_HR", organisationId: dss } });
  dssHr = (await loadMember(hr.id))!;
});
afterAll(() => prisma.$disconnect());

/** The form as the adviser saves it after checking what was recognised, with changes. */
async function formFrom(text: string, changes: Record<string, unknown> = {}): Promise<LetterImportInput> {
  const { agencies } = await getLetterImportContext(s.actors.adviser);
  const r = recogniseLetter(text, agencies);
  return letterImportSchema.parse({
    agencyId: r.agencyId ?? "", ourRef: r.ourRef, yourRef: r.yourRef, date: r.date, deadline: r.deadline, title: r.title, number: r.number,
    body: r.body, department: r.department, caseworkerName: r.caseworkerName, caseworkerPhone: r.caseworkerPhone,
    signatories: r.signatories, copyTo: r.copyTo.join("\n"), roundChoice: "new", roundId: "", roundTitle: "Handlingsplan for inkluderingsdugnaden",
    importedFrom: "text",
    ...changes,
  });
}

async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    return error as { code: string; fieldErrors: Record<string, string[]> };
  }
  throw new Error("not refused");
}

describe("importing a letter sent before Dugnad", () => {
  let letterId: string;
  let roundId: string;

  it("saves the scanned letter as sent on its date, in a round made for it, with the agency's plan", async () => {
    const input = await formFrom(ocrDamage(seed("tillegg-2020-dss.txt")));
    expect(input.agencyId).toBe(dss);
    const notificationsBefore = await prisma.notification.count({ where: { userId: dssHr.userId } });
    ({ letterId, roundId } = await importLetter(s.actors.adviser, input));

    const letter = await prisma.letter.findUniqueOrThrow({ where: { id: letterId } });
    expect(letter).toMatchObject({
      agencyId: dss, status: "SENT", ourRef: "19/4649-79", number: "Tillegg 3", ministryId: s.ministryId,
      title: "Tildelingsbrev 2020 Tillegg 3 - Handlingsplan for inkluderingsdugnaden, DSS",
      date: new Date("2020-10-30"), sentAt: new Date("2020-10-30"), deadline: new Date("2020-12-01"), importedFrom: "text",
      signatories: [
        { name: expect.stringMatching(/^Jan Olav Pettersen$/), title: "ekspedisjonssjef", byAuthority: true },
        { name: expect.any(String), title: "seniorrådgiver", byAuthority: false },
      ],
    });
    expect(letter.importedAt).toBeInstanceOf(Date);
    // The body as scanned (the adviser corrects it in the form; here it was saved as it came).
    expect(letter.body).toBe(input.body);
    const round = await prisma.addendumRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(round).toMatchObject({ ministryId: s.ministryId, year: 2020, sentAt: new Date("2020-10-30"), title: "Handlingsplan for inkluderingsdugnaden" });
    expect(await prisma.actionPlan.count({ where: { roundId, agencyId: dss } })).toBe(1);
    const audit = await prisma.auditEvent.findMany({ where: { entityId: letterId } });
    expect(audit.map((e) => e.action)).toEqual(["import"]);
    // Sent long ago, outside the app: nobody is notified now.
    expect(await prisma.notification.count({ where: { userId: dssHr.userId } })).toBe(notificationsBefore);
  });

  it("the agency's HR reads it like any other letter", async () => {
    const own = await listOwnLetters(dssHr);
    expect(own.map((l) => l.id)).toContain(letterId);
    const read = await getLetter(dssHr, letterId);
    expect(read).toMatchObject({ status: "READ", ourRef: "19/4649-79" });
    const overview = await getRoundOverview(s.actors.adviser, roundId, new Date("2020-11-15"));
    expect(overview.rows).toEqual([expect.objectContaining({ letterId, agencyId: dss, letterStatus: "READ", planStatus: "NOT_STARTED" })]);
  });

  it("refuses a reference the ministry has used, by the reference field", async () => {
    const error = await refusal(async () => importLetter(s.actors.adviser, await formFrom(seed("tillegg-2020-dss.txt"))));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors.ourRef).toEqual(["Departementet har allerede et brev med denne Vår ref. Kontroller referansen."]);
    expect(await prisma.letter.count({ where: { ministryId: s.ministryId, ourRef: "19/4649-79" } })).toBe(1);
  });

  it("puts a second letter into the existing round of its year, without a second plan; a round of another year is refused", async () => {
    const second = await formFrom(seed("tillegg-2020-dss.txt"), { ourRef: "19/4649-80", roundChoice: "existing", roundId });
    const { letterId: id2 } = await importLetter(s.actors.adviser, second);
    expect((await prisma.letter.findUniqueOrThrow({ where: { id: id2 } })).roundId).toBe(roundId);
    expect(await prisma.actionPlan.count({ where: { roundId, agencyId: dss } })).toBe(1);
    const wrongYear = await formFrom(seed("tillegg-2020-dss.txt"), { ourRef: "21/1-1", date: "2021-10-01", deadline: "2021-12-01", roundChoice: "existing", roundId });
    const error = await refusal(() => importLetter(s.actors.adviser, wrongYear));
    expect(error.fieldErrors.roundId).toEqual(["Runden gjelder et annet år. Velg en runde for 2021, eller opprett en ny."]);
  });

  it("another ministry's adviser cannot import for the agency, nor see that it exists", async () => {
    const input = await formFrom(seed("tillegg-2020-dss.txt"), { ourRef: "19/4649-81" });
    expect((await refusal(() => importLetter(s.actors.otherAdviser, input))).code).toBe("not_found");
    const { agencies } = await getLetterImportContext(s.actors.otherAdviser);
    expect(agencies.map((a) => a.id)).not.toContain(dss);
    expect((await refusal(() => importLetter(s.actors.hrA, input))).code).toBe("forbidden");
  });

  it("offers only the ministry's sent rounds to import into", async () => {
    const { rounds } = await getLetterImportContext(s.actors.adviser);
    expect(rounds.map((r) => r.id)).toContain(roundId);
    // The test sector's round was never sent: its letters are drafts.
    expect(rounds.map((r) => r.id)).not.toContain(s.roundId);
  });
});
