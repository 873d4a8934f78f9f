// npm run db:backup [-- --out <file>] [--url <databaseUrl>] — a consistent backup of the app's
// database while the app runs: DATABASE_URL's, or the embedded one under .data/ (that of a running
// `npm start`, or started for the backup and stopped again). Default file:
// .data/backups/dugnad-<UTC time>.backup.gz. See scripts/lib/backup.ts and decision 031.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { APP_DATABASE, APP_PG_PORT } from "./lib/app-config";
import { BackupError, defaultBackupPath, writeBackup } from "./lib/backup";
import { ROOT, startPostgres } from "./lib/postgres";

const { values } = parseArgs({ options: { out: { type: "string" }, url: { type: "string" } } });

async function main(): Promise<void> {
  let url = values.url ?? process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    if (!existsSync(path.join(ROOT, ".data", "pg", "PG_VERSION"))) {
      throw new BackupError("There is no embedded database under .data/pg to back up (npm start creates it); set DATABASE_URL or --url for a server.");
    }
    const server = await startPostgres("pg", APP_PG_PORT);
    stop = server.stop;
    url = server.urlFor(APP_DATABASE);
  }
  try {
    const file = values.out ? path.resolve(values.out) : defaultBackupPath(ROOT);
    const started = Date.now();
    const result = await writeBackup(url, file);
    const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
    const shown = path.relative(process.cwd(), result.file);
    console.log(`Backup written: ${shown.startsWith("..") ? result.file : shown} (${(result.bytes / 1024).toFixed(0)} kB, mode 0600)`);
    console.log(`  ${result.tables.length} tables, ${rows} rows, at migration ${result.header.migrations.at(-1)!.name}, PostgreSQL ${result.header.postgresVersion}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log("  Restore into an empty database: npm run db:restore -- <file> [--url <databaseUrl>]");
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof BackupError ? error.message : `Backup failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
