// What the backup tests (tests/integration/backup*.test.ts) share: databases of their own beside the
// run's, a client for a query, and the restore's migration steps as npm run db:restore takes them.
import pg from "pg";
import { inject } from "vitest";
import type { RestoreSteps } from "../../scripts/lib/backup";
import { migrate } from "../../scripts/lib/prepare-database";
import { applyMigrations } from "../../scripts/lib/schema-engine";

const sharedUrl = new URL(inject("databaseUrl"));

/** The run's PostgreSQL server's own database (for CREATE and DROP DATABASE). */
export const adminUrl = Object.assign(new URL(sharedUrl), { pathname: "/postgres" }).toString();

/** A database of its own on the run's server, named after the run's database, `kind` and `suffix`. */
export function ownDatabase(kind: string, suffix: string): { name: string; url: string } {
  const name = `${sharedUrl.pathname.slice(1)}_${kind}_${suffix}`;
  return { name, url: Object.assign(new URL(sharedUrl), { pathname: `/${name}` }).toString() };
}

export const restoreSteps: RestoreSteps = {
  migrateUntil: async (url, until) => {
    await applyMigrations(url, { until });
  },
  migrateRest: migrate,
};

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
