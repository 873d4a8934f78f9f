// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded
// PostgreSQL under .data/ when none is set. `node scripts/migrate.ts --url <url>` is used by
// the launcher and the tests.
import { parseArgs } from "node:util";
import PgBoss from "pg-boss";
import { applyMigrations } from "./lib/schema-engine";
import { ensureQueues } from "../lib/jobs/queues";
import { APP_DATABASE, APP_PG_PORT } from "./lib/app-config";
import { createDatabase, startPostgres } from "./lib/postgres";

const { values } = parseArgs({ options: { url: { type: "string" }, quiet: { type: "boolean" } } });

async function main() {
  let url = values.url;
  let stop = async () => {};
  if (!url) {
    const server = await startPostgres("pg", APP_PG_PORT);
    stop = server.stop;
    if (!process.env.DATABASE_URL) await createDatabase(server.adminUrl, APP_DATABASE);
    url = process.env.DATABASE_URL ?? server.urlFor(APP_DATABASE);
  }
  try {
    const applied = await applyMigrations(url);
    await installJobQueues(url);
    if (!values.quiet || applied.length > 0) {
      console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
    }
  } finally {
    await stop();
  }
}

/**
 * pg-boss's own schema ("pgboss", migrated by pg-boss itself) and the app's queues: a change that
 * puts a job on a queue in its transaction needs them before any worker has started.
 */
async function installJobQueues(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => {});
  await boss.start();
  try {
    await ensureQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

// Exit explicitly: the WebAssembly engine leaves a 10 s timer behind (its lock timeout).
main().then(() => process.exit(0), (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
