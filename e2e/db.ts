// The e2e server's throwaway database, for the few checks a browser cannot make (that nothing was
// created, how a session row ages). Tests change it only to move time forward for a session, or to
// add what only a background job writes (a notification, an e-mail that could not be sent).
import pg from "pg";
import { readE2eEnv } from "../scripts/lib/e2e-env";

export async function withDatabase<T>(run: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: readE2eEnv().DATABASE_URL });
  await db.connect();
  try {
    return await run(db);
  } finally {
    await db.end();
  }
}
