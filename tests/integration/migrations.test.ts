// The migrations in prisma/migrations: they build the schema from an empty database, are
// recorded so that a second run applies nothing, and match prisma/schema.prisma (a change to
// the schema without a migration fails here: run `npm run db:migration`).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase } from "../../scripts/lib/postgres";
import { applyMigrations, migrationList, pendingSchemaChanges } from "../../scripts/lib/schema-engine";

const sharedUrl = new URL(inject("databaseUrl"));
const adminUrl = Object.assign(new URL(sharedUrl), { pathname: "/postgres" }).toString();
const name = `${sharedUrl.pathname.slice(1)}_migrations`;
const url = Object.assign(new URL(sharedUrl), { pathname: `/${name}` }).toString();

describe("migrations", () => {
  beforeAll(() => createDatabase(adminUrl, name));
  afterAll(() => dropDatabase(adminUrl, name));

  it("apply on an empty database", async () => {
    const all = migrationList().migrationDirectories.map((d) => d.path);
    expect(all.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual(all);
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("agree with prisma/schema.prisma", async () => {
    expect(await pendingSchemaChanges(adminUrl)).toBeNull();
  });
});
