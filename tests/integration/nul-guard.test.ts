// PostgreSQL refuses the NUL character in text and JSON. Whatever input validation misses, lib/db
// refuses before a query is sent, as an expected error ("not found" for a read, "invalid" for a
// write), never as a database error that becomes a 500.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db";
import { getDashboard } from "@/lib/data/dashboard";
import { ExpectedError } from "@/lib/data/errors";
import { getLetter } from "@/lib/data/letters";
import { getPlan, savePlan } from "@/lib/data/plans";
import { parseDashboardQuery } from "@/lib/domain/dashboard-query";
import { createTestSector, draftWith, type TestSector } from "../support/fixtures";

let s: TestSector;
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

const NUL = "\u0000";
const expected = (code: ExpectedError["code"]) => expect.objectContaining({ name: "ExpectedError", code });

it("PostgreSQL itself refuses a NUL character (what the guard is for)", async () => {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    await expect(client.query("select $1::text as t", [`a${NUL}b`])).rejects.toThrow(/0x00/);
  } finally {
    await client.end();
  }
});

describe("the guard in lib/db", () => {
  it("answers a read with a NUL as not found, in a where clause, a raw query and a transaction", async () => {
    await expect(prisma.organisation.findUnique({ where: { id: NUL } })).rejects.toEqual(expected("not_found"));
    await expect(prisma.organisation.findMany({ where: { name: { contains: `Hus${NUL}` } } })).rejects.toEqual(expected("not_found"));
    await expect(prisma.$queryRaw`select ${`a${NUL}`}::text as t`).rejects.toEqual(expected("not_found"));
    await expect(prisma.$transaction((tx) => tx.organisation.count({ where: { shortName: NUL } }))).rejects.toEqual(expected("not_found"));
    // The same queries without the NUL run as before.
    expect(await prisma.organisation.findUnique({ where: { id: s.agencyA } })).not.toBeNull();
    expect(await prisma.$queryRaw<{ t: string }[]>`select ${"a"}::text as t`).toEqual([{ t: "a" }]);
  });

  it("refuses a write with a NUL, in a text column, a JSON value or a JSON key, and writes nothing", async () => {
    const before = await prisma.organisation.findUniqueOrThrow({ where: { id: s.agencyA }, select: { name: true } });
    await expect(prisma.organisation.update({ where: { id: s.agencyA }, data: { name: `Ny${NUL}navn` } })).rejects.toEqual(expected("invalid"));
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: s.agencyA }, select: { name: true } })).toEqual(before);
    await expect(prisma.actionPlan.update({ where: { id: s.planA }, data: { content: { challenges: [{ [`x${NUL}`]: 1 }] } } })).rejects.toEqual(expected("invalid"));
    await expect(prisma.$executeRaw`update "Organisation" set name = ${NUL} where id = ${s.agencyA}`).rejects.toEqual(expected("invalid"));
    // A write to a record named by an id with a NUL (from a URL): there is no such record.
    await expect(prisma.organisation.update({ where: { id: NUL }, data: { name: "Nytt navn" } })).rejects.toEqual(expected("not_found"));
  });

  it("turns the data functions' NUL input into expected errors", async () => {
    // A page's id in the URL: not found.
    await expect(getPlan(s.actors.hrA, NUL)).rejects.toEqual(expected("not_found"));
    await expect(getLetter(s.actors.hrA, `${s.letterA}${NUL}`)).rejects.toEqual(expected("not_found"));
    // A search that got past the query schema (it does not: see tests/unit/nul-input.test.ts).
    await expect(getDashboard(s.actors.leader, { ...parseDashboardQuery({}), sok: NUL })).rejects.toEqual(expected("not_found"));
    // A JSON body: the draft is not saved.
    const plan = await prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planA }, select: { version: true, content: true } });
    await expect(savePlan(s.actors.hrA, { planId: s.planA, version: plan.version, content: draftWith(`Tekst${NUL}`) }, "draft")).rejects.toEqual(expected("invalid"));
    expect(await prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planA }, select: { version: true, content: true } })).toEqual(plan);
  });
});
