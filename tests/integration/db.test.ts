// The app's Prisma client (lib/db.ts) reaches the run's migrated test database.
import { afterAll, expect, inject, it } from "vitest";
import { MAX_NAMED_STATEMENTS, prisma, statementName } from "@/lib/db";

afterAll(() => prisma.$disconnect());

it("lib/db connects to the integration database", async () => {
  const rows = await prisma.$queryRaw<{ db: string }[]>`select current_database() as db`;
  expect(rows[0]?.db).toBe(new URL(inject("databaseUrl")).pathname.slice(1));
  const migrations = await prisma.$queryRaw<{ n: bigint }[]>`select count(*) as n from _prisma_migrations`;
  expect(Number(migrations[0]?.n)).toBeGreaterThan(0);
});

it("prepares each SQL text once per connection: a named statement, parsed and planned once", async () => {
  const marker = `prepared-${Date.now()}`;
  await prisma.$transaction(async (tx) => {
    // One connection for the transaction: the same text twice, then what that connection holds.
    for (let i = 0; i < 2; i++) expect(await tx.$queryRaw<{ m: string }[]>`select ${marker}::text as m`).toEqual([{ m: marker }]);
    const held = await tx.$queryRaw<{ name: string; statement: string }[]>`select name, statement from pg_prepared_statements where statement like ${"%as m%"}`;
    expect(held).toHaveLength(1);
    expect(held[0]!.name).toBe(statementName({ sql: held[0]!.statement }));
    expect(held[0]!.name).toMatch(/^dugnad_[\w-]{24}$/);
  });
  // Prisma's own queries are named too: a model query answers as before.
  expect(await prisma.organisation.count({ where: { id: marker } })).toBe(0);
});

it("names each text alike every time, different texts differently, and stops naming new texts after the limit", () => {
  expect(statementName({ sql: "select 1" })).toBe(statementName({ sql: "select 1" }));
  expect(statementName({ sql: "select 1" })).not.toBe(statementName({ sql: "select 2" }));
  for (let i = 0; i < MAX_NAMED_STATEMENTS; i++) statementName({ sql: `select ${i} as limit_test` });
  // Over the limit a new text goes unnamed (pg's unnamed statement, parsed every time) …
  expect(statementName({ sql: "select 'one too many'" })).toBe("");
  // … while the texts already named keep their names.
  expect(statementName({ sql: "select 1" })).toMatch(/^dugnad_/);
});
