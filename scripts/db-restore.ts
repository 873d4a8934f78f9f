// npm run db:restore -- <file> [--url <databaseUrl>] — restores a backup of npm run db:backup
// into an EMPTY database (it refuses one with anything in it): DATABASE_URL's, or the embedded
// one under .data/ (database "dugnad", created when missing). Checks the whole file first, builds
// the schema the backup was taken at, loads it in one transaction, then applies this version's
// newer migrations. Runs under `node --experimental-wasm-modules` (the schema engine).
import path from "node:path";
import { parseArgs } from "node:util";
import { APP_DATABASE, APP_PG_PORT } from "./lib/app-config";
import { BackupError, restoreBackup } from "./lib/backup";
import { createDatabase, startPostgres } from "./lib/postgres";
import { migrate } from "./lib/prepare-database";
import { applyMigrations } from "./lib/schema-engine";

const { values, positionals } = parseArgs({ options: { url: { type: "string" } }, allowPositionals: true });

async function main(): Promise<void> {
  if (positionals.length !== 1) throw new BackupError("Usage: npm run db:restore -- <backup file> [--url <databaseUrl>]");
  const file = path.resolve(positionals[0]!);
  let url = values.url ?? process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const server = await startPostgres("pg", APP_PG_PORT);
    stop = server.stop;
    await createDatabase(server.adminUrl, APP_DATABASE);
    url = server.urlFor(APP_DATABASE);
  }
  try {
    const result = await restoreBackup(url, file, {
      migrateUntil: async (target, until) => {
        await applyMigrations(target, { until });
      },
      migrateRest: migrate,
      log: (line) => console.log(line),
    });
    console.log(`Restored ${path.basename(file)} (taken ${result.header.createdAt}):`);
    const width = Math.max(...result.tables.map((t) => t.name.length));
    for (const table of result.tables) console.log(`  ${table.name.padEnd(width)}  ${String(table.rows).padStart(8)}`);
    console.log(`  ${"rows in all".padEnd(width)}  ${String(result.tables.reduce((sum, t) => sum + t.rows, 0)).padStart(8)}`);
    if (result.requeuedEmails) console.log(`${result.requeuedEmails} unsent e-mail(s) of the outbox put back on the queue.`);
  } finally {
    await stop();
  }
}

// Exit explicitly: the WebAssembly engine leaves a 10 s timer behind (its lock timeout).
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof BackupError ? error.message : `Restore failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
