// Integration project: one throwaway database for the whole run, migrated (not seeded), its URL
// handed to the test workers (see database-url.ts), dropped at the end.
import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/lib/prepare-database";
import { createTestDatabase } from "../../scripts/lib/test-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("test");
  try {
    await migrate(database.url);
  } catch (error) {
    await database.dispose();
    throw error;
  }
  project.provide("databaseUrl", database.url);
  return () => database.dispose();
}
