// npm run db:migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the existing migrations to schema.prisma (replayed in a shadow database on
// DATABASE_URL's server or the embedded one). Prints nothing new when they already agree.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { APP_PG_PORT } from "./lib/app-config";
import { startPostgres } from "./lib/postgres";
import { MIGRATIONS_DIR, pendingSchemaChanges } from "./lib/schema-engine";

async function main() {
  const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9_]+/g, "_");
  if (!name) {
    console.error("Usage: npm run db:migration -- <name>");
    process.exit(2);
  }
  const server = await startPostgres("pg", APP_PG_PORT);
  try {
    const sql = await pendingSchemaChanges(server.adminUrl);
    if (sql === null) {
      console.log("schema.prisma and the migrations agree: no migration written.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  } finally {
    await server.stop();
  }
}

// Exit explicitly: the WebAssembly engine leaves a 10 s timer behind (its lock timeout).
main().then(() => process.exit(0), (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
