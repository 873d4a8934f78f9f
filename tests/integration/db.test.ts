// The app's Prisma client (lib/db.ts) reaches the run's migrated test database.
import { afterAll, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db";

afterAll(() => prisma.$disconnect());

it("lib/db connects to the integration database", async () => {
  const rows = await prisma.$queryRaw<{ db: string }[]>`select current_database() as db`;
  expect(rows[0]?.db).toBe(new URL(inject("databaseUrl")).pathname.slice(1));
  const migrations = await prisma.$queryRaw<{ n: bigint }[]>`select count(*) as n from _prisma_migrations`;
  expect(Number(migrations[0]?.n)).toBeGreaterThan(0);
});
