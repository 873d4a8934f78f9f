// Prisma's own schema engine, compiled to WebAssembly, driven through the pg driver adapter.
// It writes and applies migrations in Prisma's format (same _prisma_migrations table and
// checksums as `prisma migrate deploy`), so the native CLI works wherever it can be installed.
// The engine module imports its .wasm directly: run under `node --experimental-wasm-modules`.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createDatabase, dropDatabase, ROOT } from "./postgres";

// The engine reads pg_catalog columns of PostgreSQL's internal one-byte type "char" (OID 18),
// such as pg_constraint.contype, and expects them as Character values; the pg driver adapter
// does not map that type ("Column type 'char' could not be deserialized"). This patch, made in
// the migration scripts only and never in the app, reports those columns as Character.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

type Field = { dataTypeID: number };
type AdapterProto = {
  performIO(query: object): Promise<{ fields: Field[] }>;
  queryRaw(query: object): Promise<{ columnTypes: number[] }>;
};
let patched = false;
async function patchCharColumns(): Promise<void> {
  if (patched) return;
  patched = true;
  const probe = await new PrismaPg({ connectionString: "postgresql://localhost/unused" }).connect();
  const proto = Object.getPrototypeOf(probe) as AdapterProto;
  await probe.dispose();
  const charColumns = new WeakMap<object, number[]>();
  const performIO = proto.performIO;
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    const indexes = result.fields.flatMap((f, i) => (f.dataTypeID === PG_CHAR_OID ? [i] : []));
    if (indexes.length) {
      for (const i of indexes) result.fields[i]!.dataTypeID = PG_TEXT_OID;
      charColumns.set(query, indexes);
    }
    return result;
  };
  const queryRaw = proto.queryRaw;
  proto.queryRaw = async function (query) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
    return result;
  };
}

export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
const LOCKFILE = "migration_lock.toml";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

export function readSchema(): string {
  return readFileSync(SCHEMA_PATH, "utf8");
}

export function migrationList(): MigrationList {
  const lockPath = path.join(MIGRATIONS_DIR, LOCKFILE);
  const directories = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(MIGRATIONS_DIR, d.name, "migration.sql")))
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: LOCKFILE,
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  } as MigrationList;
}

/**
 * Discrete connection fields rather than a connection string: the adapter opens its shadow
 * database as `{ ...config, database }`, and a connection string would override that name.
 */
function poolConfig(databaseUrl: string) {
  const url = new URL(databaseUrl);
  return {
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)) || "postgres",
    ssl: url.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
  };
}

// The engine reports a Rust panic through this global before it throws; keep the message.
let lastPanic = "";
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => {
    lastPanic = message;
  },
};

export async function withEngine<T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await import("@prisma/schema-engine-wasm");
  await patchCharColumns();
  // The engine does not close the adapters it opens: their pools would keep the process alive
  // for pg's idle timeout (10 s) and keep holding Prisma's migration advisory lock. Track them.
  const pgFactory = new PrismaPg(poolConfig(databaseUrl));
  const opened: { dispose(): Promise<void> }[] = [];
  const connect = pgFactory.connect.bind(pgFactory);
  pgFactory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  const factory = bindMigrationAwareSqlAdapterFactory(pgFactory);
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) process.stderr.write(`[schema-engine] ${message}\n`);
  };
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", readSchema()]] }, log, factory);
  try {
    return await run(engine);
  } catch (error) {
    if (lastPanic) throw new Error(`Schema engine panic: ${lastPanic}`, { cause: error });
    throw error;
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}

/** Applies pending migrations; returns the names applied (none when up to date). */
export async function applyMigrations(databaseUrl: string, options: { until?: string } = {}): Promise<string[]> {
  const all = migrationList();
  // `until`: only the migrations up to and including this one (a test of a data migration).
  const until = options.until;
  const migrationsList = until ? { ...all, migrationDirectories: all.migrationDirectories.filter((d) => d.path <= until) } : all;
  return withEngine(databaseUrl, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes a database built from the migrations to what schema.prisma describes; null when
 * they agree. The migrations are replayed in a throwaway database on the server of `adminUrl`
 * (our own shadow database: the adapter's built-in one cannot be dropped while it is in use).
 */
export async function pendingSchemaChanges(adminUrl: string): Promise<string | null> {
  const shadow = `dugnad_shadow_${process.pid}_${Date.now()}`;
  await createDatabase(adminUrl, shadow);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${shadow}`;
    await applyMigrations(url.toString());
    const files = [{ path: SCHEMA_PATH, content: readSchema() }];
    const result = await withEngine(url.toString(), (engine) =>
      engine.diff({
        from: { tag: "schemaDatasource", files, configDir: path.dirname(SCHEMA_PATH) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      }),
    );
    return result.exitCode === 2 ? (result.stdout ?? "") : null;
  } finally {
    await dropDatabase(adminUrl, shadow);
  }
}
