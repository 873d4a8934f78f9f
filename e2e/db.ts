// The e2e server's throwaway database, for the few checks a browser cannot make (that nothing was
// created, how a session row ages). Tests change it only to move time forward for a session.
import { readFileSync } from "node:fs";
import pg from "pg";
import { e2eDatabaseFile } from "../scripts/lib/app-config";

export async function withDatabase<T>(run: (db: pg.Client) => Promise<T>): Promise<T> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const db = new pg.Client({ connectionString: readFileSync(e2eDatabaseFile(port), "utf8").trim() });
  await db.connect();
  try {
    return await run(db);
  } finally {
    await db.end();
  }
}
