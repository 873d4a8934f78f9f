// PostgreSQL for the tests (vitest's integration project and the Playwright server): the server
// of DATABASE_URL, or an embedded one under .data/test-pg on a free port. Each run works in its
// own throwaway database, dropped at the end.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createDatabase, dropDatabase, freePort, ROOT, startEmbedded, startPostgres, type RunningPostgres } from "./postgres";

const TEST_PG = "test-pg";
const THROWAWAY = /^dugnad_(test|e2e)_\d+$/;

/** Port of an embedded test server still running from an earlier, interrupted run, if any. */
function runningPort(): number | null {
  const pidFile = path.join(ROOT, ".data", TEST_PG, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
    return Number(port) || null;
  } catch {
    return null; // stale pid file; PostgreSQL removes it itself on start
  }
}

async function dropLeftovers(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>("select datname from pg_database");
  await client.end();
  for (const { datname } of rows) if (THROWAWAY.test(datname)) await dropDatabase(adminUrl, datname);
}

export interface TestDatabase {
  url: string;
  /** Drops the database, then stops the server if this run started it. Never throws. */
  dispose(): Promise<void>;
}

/** Starts (or reuses) the test server and creates an empty database `dugnad_<kind>_<timestamp>`. */
export async function createTestDatabase(kind: "test" | "e2e"): Promise<TestDatabase> {
  let server: RunningPostgres;
  if (process.env.DATABASE_URL) {
    server = await startPostgres(TEST_PG, 0);
  } else {
    const port = runningPort();
    server = await startEmbedded(TEST_PG, port ?? (await freePort()));
    // A server we started ourselves is ours alone: throwaway databases on it are leftovers of
    // interrupted runs (e.g. a test runner killed together with PostgreSQL).
    if (port === null) await dropLeftovers(server.adminUrl);
  }
  const name = `dugnad_${kind}_${Date.now()}`;
  await createDatabase(server.adminUrl, name);
  return {
    url: server.urlFor(name),
    dispose: async () => {
      try {
        await dropDatabase(server.adminUrl, name);
      } catch (error) {
        console.warn(`Could not drop test database ${name}: ${error instanceof Error ? error.message : error}`);
      }
      await server.stop().catch(() => {});
    },
  };
}
