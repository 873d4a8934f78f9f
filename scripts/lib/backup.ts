// Logical backup and restore of the app's database (npm run db:backup / db:restore), made by the
// app itself the way pg_dump makes one: docs/decisions/031-backup-and-restore.md.
//
// A backup is one gzip'd text file:
//   DUGNAD-BACKUP 1                 the magic line and format version
//   {header}                        JSON: time, PostgreSQL version, the applied migrations, every
//                                   table of the schema with its columns, the sequences
//   <COPY text rows of table 1>     exactly what `COPY … TO STDOUT` wrote, one row a line
//   \.                              end of the table (a data line never is "\.": COPY escapes "\")
//   …                               the next tables, in the header's order
//   {trailer}                       JSON: each table's row count and SHA-256 of its COPY data
// All of it is read in one REPEATABLE READ, READ ONLY transaction: one consistent snapshot while
// the app runs and writes. pg-boss's schema is not in it (see the decision record): a restore
// creates the queues afresh and puts every unsent e-mail of the outbox back on its queue.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import PgBoss from "pg-boss";
import { z } from "zod";
import { QUEUES } from "../../lib/jobs/queues";
import { MIGRATIONS_DIR, migrationList } from "./schema-engine";

export const MAGIC = "DUGNAD-BACKUP 1";
const SCHEMA = "public";
const MIGRATIONS_TABLE = "_prisma_migrations";
const END_OF_TABLE = Buffer.from("\\.\n");
const NEWLINE = 0x0a;
/** Longest header or trailer line read; anything longer is not a backup of ours. */
const MAX_META_LINE = 64 * 1024 * 1024;
/** How often a backup lists and locks the tables again when a migration changed them meanwhile. */
const LOCK_ATTEMPTS = 3;

/** An expected failure: a refused restore, a damaged file. The commands print its message alone. */
export class BackupError extends Error {}

const headerSchema = z.object({
  format: z.literal("dugnad-backup"),
  version: z.literal(1),
  /** When the snapshot was taken (the server's clock at its first SELECT, once the tables were locked). */
  createdAt: z.string(),
  database: z.string(),
  postgresVersion: z.string(),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })).min(1),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()).min(1) })),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string() })),
});
const trailerSchema = z.object({
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative(), sha256: z.string() })),
});
export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupTrailer = z.infer<typeof trailerSchema>;
export interface TableSummary {
  name: string;
  rows: number;
  sha256: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qualified = (name: string) => `${ident(SCHEMA)}.${ident(name)}`;

/**
 * A client, and what ended its connection if the server or the network did (pg_terminate_backend,
 * a restart, a dropped network). pg then emits "error" on the client, and an "error" event without
 * a listener is an uncaught exception: the command would die before its clean-up (deleting the
 * temporary file, the rollback). The listener keeps the error for the message instead, and destroys
 * the COPY stream in flight with it: pg-copy-streams only emits the error and leaves the stream
 * open, so a write or an end() would not fail cleanly. The next query fails ("not queryable").
 */
interface Connection {
  client: pg.Client;
  lost?: Error;
  copy?: Readable | Writable;
}

async function connect(url: string, applicationName: string): Promise<Connection> {
  const connection: Connection = { client: new pg.Client({ connectionString: url, application_name: applicationName }) };
  connection.client.on("error", (error) => {
    connection.lost ??= error;
    if (connection.copy && !connection.copy.destroyed) connection.copy.destroy(error);
  });
  await connection.client.connect();
  return connection;
}

const isFatal = (error: unknown) => ["FATAL", "PANIC"].includes((error as { severity?: string }).severity ?? "");

/**
 * Makes `stream` the connection's COPY in flight. A FATAL error of the server (the connection is
 * ending) goes to the query then running, here the stream, and the client only gets pg's
 * "Connection terminated unexpectedly" after it: the server's reason is kept for the message.
 * The listener also keeps the stream's error from being an uncaught exception: the stream keeps
 * it (errored) and writeTo(), finished() or the for-await throws it.
 */
function inFlight<T extends Readable | Writable>(connection: Connection, stream: T): T {
  connection.copy = stream;
  stream.on("error", (error) => {
    if (isFatal(error)) connection.lost ??= error;
  });
  return stream;
}

/** Why the connection was lost: the server's reason when the failed query got it, else the one kept. */
const lostReason = (lost: Error, failure: unknown) => (isFatal(failure) ? (failure as Error) : lost).message;

/**
 * Writes to a stream, waiting while its buffer is full. A stream that failed (the disk is full, the
 * server refused a row) makes this throw its error instead of waiting for a "drain" that never comes.
 */
async function writeTo(stream: Writable, data: string | Buffer): Promise<void> {
  const failed = () => stream.errored ?? (stream.destroyed ? new Error("The stream was closed.") : null);
  const error = failed();
  if (error) throw error;
  if (stream.write(data)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (problem?: Error) => {
      stream.off("drain", onDrain);
      stream.off("error", done);
      stream.off("close", onClose);
      if (problem) reject(problem);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(failed() ?? undefined);
    stream.on("drain", onDrain);
    stream.on("error", done);
    stream.on("close", onClose);
  });
}

// ---------------------------------------------------------------------------------------------
// Backup

export interface BackupHooks {
  /**
   * Called once the snapshot is taken, before any row is read, with the snapshot's id
   * (pg_export_snapshot): another session can read exactly what the backup holds with
   * `SET TRANSACTION SNAPSHOT` while this one runs. The tests use it.
   */
  onSnapshot?(snapshotId: string): Promise<void>;
}

export interface BackupResult {
  file: string;
  bytes: number;
  header: BackupHeader;
  tables: TableSummary[];
}

/** The default file: .data/backups/dugnad-<UTC time>.backup.gz under `root`. */
export function defaultBackupPath(root: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return path.join(root, ".data", "backups", `dugnad-${stamp}.backup.gz`);
}

/**
 * Writes a backup of the database at `url` to `file`, atomically: into a temporary file (mode
 * 0600) beside it, flushed to disk, then renamed. Nothing is left behind on failure.
 */
export async function writeBackup(url: string, file: string, hooks: BackupHooks = {}): Promise<BackupResult> {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  const connection = await connect(url, "dugnad-backup");
  const { client } = connection;
  const gzip = createGzip();
  const out = createWriteStream(temp, { flags: "wx", mode: 0o600 });
  const written = pipeline(gzip, out);
  written.catch(() => {}); // awaited below; a failure meanwhile surfaces through write()
  const write = (data: string | Buffer) => writeTo(gzip, data);
  try {
    const { names, database } = await lockTables(client);
    const [{ rows: snapshot }, { rows: version }, { rows: migrations }, { rows: columns }, { rows: sequences }] = [
      await client.query<{ id: string }>("select pg_export_snapshot() as id"),
      await client.query<{ server_version: string }>("show server_version"),
      await client.query<{ name: string; checksum: string }>(
        `select migration_name as name, checksum from ${qualified(MIGRATIONS_TABLE)}
          where finished_at is not null and rolled_back_at is null order by migration_name collate "C"`,
      ),
      await client.query<{ table: string; column: string }>(
        `select c.relname as table, a.attname as column from pg_attribute a
           join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = $1 and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
          order by c.relname collate "C", a.attnum`,
        [SCHEMA],
      ),
      await client.query<{ name: string; last_value: string | null }>(
        "select sequencename as name, last_value::text from pg_sequences where schemaname = $1 order by sequencename",
        [SCHEMA],
      ),
    ];
    const header: BackupHeader = {
      format: "dugnad-backup",
      version: 1,
      createdAt: database.at.toISOString(),
      database: database.name,
      postgresVersion: version[0]!.server_version,
      migrations,
      tables: names
        .filter((name) => name !== MIGRATIONS_TABLE)
        .map((name) => ({ name, columns: columns.filter((c) => c.table === name).map((c) => c.column) })),
      sequences: sequences.flatMap((s) => (s.last_value === null ? [] : [{ name: s.name, lastValue: s.last_value }])),
    };
    if (header.migrations.length === 0) throw new BackupError("No migration has been applied to this database: there is nothing to back up.");
    await hooks.onSnapshot?.(snapshot[0]!.id);

    await write(`${MAGIC}\n${JSON.stringify(header)}\n`);
    const tables: TableSummary[] = [];
    for (const table of header.tables) {
      const hash = createHash("sha256");
      let rows = 0;
      const stream = inFlight(connection, client.query(copyTo(`copy ${qualified(table.name)} (${table.columns.map(ident).join(", ")}) to stdout`)));
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) rows++;
        await write(chunk);
      }
      connection.copy = undefined;
      await write(END_OF_TABLE);
      tables.push({ name: table.name, rows, sha256: hash.digest("hex") });
    }
    await write(`${JSON.stringify({ tables } satisfies BackupTrailer)}\n`);
    await client.query("commit");
    gzip.end();
    await written;
    const handle = await open(temp, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, 0o600);
    await rename(temp, target);
    await syncDirectory(path.dirname(target));
    return { file: target, bytes: (await stat(target)).size, header, tables };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await unlink(temp).catch(() => {});
    if (connection.lost) throw new BackupError(`The connection to the database was lost during the backup (${lostReason(connection.lost, error)}): no backup was written.`);
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

const tableList = async (client: pg.Client) =>
  (
    await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and c.relkind in ('r', 'p') and not c.relispartition order by c.relname collate "C"`,
      [SCHEMA],
    )
  ).rows.map((t) => t.name);

/**
 * Begins the backup's transaction with every table locked, then takes its snapshot. ACCESS SHARE
 * locks keep a migration from changing a table until the last one is read; they must come before
 * the snapshot, which a REPEATABLE READ transaction takes at its first SELECT: a table rewritten
 * (ALTER COLUMN … TYPE) by a migration that commits after the snapshot but before the lock would
 * look empty, and a table it created would be missing. So the tables are listed before BEGIN,
 * LOCK TABLE is the transaction's first statement (it takes no snapshot; a migration holding a
 * table is waited for), and the list is read again in the snapshot: when a migration changed it
 * meanwhile (or dropped a table being locked), the whole thing starts over.
 */
async function lockTables(client: pg.Client): Promise<{ names: string[]; database: { name: string; at: Date } }> {
  for (let attempt = 1; ; attempt++) {
    const names = await tableList(client);
    if (!names.includes(MIGRATIONS_TABLE)) throw new BackupError("This database has no migrations table: it is not a Dugnad database (run npm run db:migrate first?).");
    await client.query("begin isolation level repeatable read, read only");
    try {
      await client.query(`lock table ${names.map(qualified).join(", ")} in access share mode`);
      // The first SELECT: the snapshot, and its time.
      const { rows } = await client.query<{ name: string; at: Date }>("select current_database() as name, statement_timestamp() as at");
      if ((await tableList(client)).join("\n") === names.join("\n")) return { names, database: rows[0]! };
    } catch (error) {
      // A table dropped while LOCK waited for it (undefined_table), or a deadlock with a migration
      // locking the same tables in another order (deadlock_detected, ours was the one undone).
      const code = (error as { code?: string }).code;
      if (code !== "42P01" && code !== "40P01") throw error;
    }
    await client.query("rollback");
    if (attempt === LOCK_ATTEMPTS) {
      throw new BackupError(`The database's tables kept changing while the backup tried to lock them (${LOCK_ATTEMPTS} tries; is a migration running?): try again.`);
    }
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename is done all the same.
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a backup

type BackupEvent =
  | { kind: "header"; header: BackupHeader }
  | { kind: "tableStart"; table: BackupHeader["tables"][number] }
  | { kind: "data"; data: Buffer }
  | { kind: "tableEnd"; summary: TableSummary }
  | { kind: "trailer"; trailer: BackupTrailer };

/** A file that is not (or no longer) a backup of ours, and why. */
class DamagedBackup extends BackupError {
  constructor(
    file: string,
    readonly why: string,
  ) {
    super(`${file} is not a usable Dugnad backup: ${why}. Nothing was changed.`);
  }
}

function damaged(file: string, why: string): BackupError {
  return new DamagedBackup(file, why);
}

function zlibReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "Z_BUF_ERROR" || /unexpected end/i.test(message)) return "the file is truncated (it ends before the backup does)";
  if (/incorrect header check/i.test(message)) return "it is not a gzip file";
  return `the compressed data is damaged (${message})`;
}

function parseMeta<T>(file: string, schema: z.ZodType<T>, line: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw damaged(file, `its ${what} is not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw damaged(file, `its ${what} is not in the expected form`);
  return parsed.data;
}

/**
 * Reads a backup as events, checking its form as it goes: the magic line, the header, each table's
 * rows up to its end mark (with their count and checksum, computed here), the trailer, the end.
 */
async function* readBackup(file: string): AsyncGenerator<BackupEvent> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const gunzip = createGunzip();
  const source = createReadStream(file);
  source.on("error", (error) => gunzip.destroy(error));
  source.pipe(gunzip);

  type State = "magic" | "header" | "table" | "trailer" | "done";
  let state: State = "magic";
  // nextTable() changes the state: read it through a call so that TypeScript does not narrow it.
  const now = (): State => state;
  let header: BackupHeader | undefined;
  let index = -1;
  let hash = createHash("sha256");
  let rows = 0;
  // The unfinished last line, as the chunks it came in: joined once when its newline comes. A row
  // of many megabytes comes in a thousand chunks; appending each to all before it took minutes.
  let pending: Buffer[] = [];
  let pendingLength = 0;
  const nextTable = function* (): Generator<BackupEvent> {
    index++;
    if (index < header!.tables.length) {
      state = "table";
      hash = createHash("sha256");
      rows = 0;
      yield { kind: "tableStart", table: header!.tables[index]! };
    } else {
      state = "trailer";
    }
  };

  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      if (pendingLength > 0 && chunk.indexOf(NEWLINE) === -1) {
        pending.push(chunk);
        pendingLength += chunk.length;
        if (now() !== "table" && pendingLength > MAX_META_LINE) throw damaged(file, "a line of its header or trailer is too long");
        continue;
      }
      const buf = pendingLength > 0 ? Buffer.concat([...pending, chunk], pendingLength + chunk.length) : chunk;
      let pos = 0;
      for (;;) {
        if (now() === "table") {
          const start = pos;
          let ended = false;
          for (let nl = buf.indexOf(NEWLINE, pos); nl !== -1; nl = buf.indexOf(NEWLINE, pos)) {
            if (nl - pos === 2 && buf[pos] === 0x5c && buf[pos + 1] === 0x2e) {
              if (pos > start) {
                hash.update(buf.subarray(start, pos));
                yield { kind: "data", data: buf.subarray(start, pos) };
              }
              pos = nl + 1;
              ended = true;
              yield { kind: "tableEnd", summary: { name: header!.tables[index]!.name, rows, sha256: hash.digest("hex") } };
              yield* nextTable();
              break;
            }
            rows++;
            pos = nl + 1;
          }
          if (ended) continue;
          if (pos > start) {
            hash.update(buf.subarray(start, pos));
            yield { kind: "data", data: buf.subarray(start, pos) };
          }
          break;
        }
        const nl = buf.indexOf(NEWLINE, pos);
        if (nl === -1) break;
        if (state === "done") throw damaged(file, "there is data after its end");
        const line = buf.toString("utf8", pos, nl);
        pos = nl + 1;
        if (state === "magic") {
          if (line !== MAGIC) throw damaged(file, line.startsWith("DUGNAD-BACKUP") ? `its format (${line}) is not one this version reads` : "it does not start as a Dugnad backup");
          state = "header";
        } else if (state === "header") {
          header = parseMeta(file, headerSchema, line, "header");
          yield { kind: "header", header };
          yield* nextTable();
        } else {
          yield { kind: "trailer", trailer: parseMeta(file, trailerSchema, line, "list of tables and checksums") };
          state = "done";
        }
      }
      // gunzip never reuses a chunk it handed over: the rest can stay a view into it.
      pending = pos < buf.length ? [buf.subarray(pos)] : [];
      pendingLength = buf.length - pos;
      if (now() !== "table" && pendingLength > MAX_META_LINE) throw damaged(file, "a line of its header or trailer is too long");
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    if ((error as { code?: string }).code === "ENOENT" || (error as { code?: string }).code === "EACCES") throw new BackupError(`${file} cannot be read: ${(error as Error).message}`);
    throw damaged(file, zlibReason(error));
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  if (now() !== "done" || pendingLength > 0) throw damaged(file, "the file is truncated (it ends before the backup does)");
}

/** The computed table summaries must be the trailer's, table for table. */
function checkAgainstTrailer(file: string, computed: TableSummary[], trailer: BackupTrailer): void {
  if (computed.length !== trailer.tables.length) throw damaged(file, "its list of tables does not match its content");
  for (const [i, table] of computed.entries()) {
    const expected = trailer.tables[i]!;
    if (expected.name !== table.name) throw damaged(file, "its list of tables does not match its content");
    if (expected.rows !== table.rows || expected.sha256 !== table.sha256) {
      throw damaged(file, `the rows of table ${table.name} do not match their checksum (the file was changed or damaged)`);
    }
  }
}

/** Reads the whole file and checks it (form, gzip's CRC, every table's rows and checksum). */
export async function verifyBackup(file: string): Promise<{ header: BackupHeader; tables: TableSummary[] }> {
  let header: BackupHeader | undefined;
  const computed: TableSummary[] = [];
  for await (const event of readBackup(file)) {
    if (event.kind === "header") header = event.header;
    else if (event.kind === "tableEnd") computed.push(event.summary);
    else if (event.kind === "trailer") checkAgainstTrailer(file, computed, event.trailer);
  }
  return { header: header!, tables: computed };
}

// ---------------------------------------------------------------------------------------------
// Restore

export interface RestoreSteps {
  /** Applies the migrations up to and including `until` (scripts/lib/schema-engine.ts). */
  migrateUntil(url: string, until: string): Promise<void>;
  /** Applies the remaining migrations and sets up the job queues (scripts/migrate.ts). */
  migrateRest(url: string): Promise<void>;
  log?(line: string): void;
}

export interface RestoreResult {
  header: BackupHeader;
  tables: TableSummary[];
  requeuedEmails: number;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The backup's migrations must be exactly this checkout's first ones, unchanged. */
function checkMigrations(header: BackupHeader): string {
  const local = new Map(
    migrationList().migrationDirectories.map((d) => [d.path, readFileSync(path.join(MIGRATIONS_DIR, d.path, "migration.sql"), "utf8")]),
  );
  for (const migration of header.migrations) {
    const content = local.get(migration.name);
    if (content === undefined) {
      throw new BackupError(`The backup was taken at migration ${migration.name}, which this version of Dugnad does not have: restore it with the version it was made by (or a newer one).`);
    }
    if (sha256(content) !== migration.checksum) {
      throw new BackupError(`Migration ${migration.name} in prisma/migrations differs from the one the backed-up database ran: restore with the version of Dugnad the backup was made by.`);
    }
  }
  const until = header.migrations.at(-1)!.name;
  const expected = [...local.keys()].filter((name) => name <= until).sort();
  const had = header.migrations.map((m) => m.name).sort();
  if (expected.join("\n") !== had.join("\n")) {
    const missing = expected.filter((name) => !had.includes(name));
    throw new BackupError(`The backed-up database had not run migration(s) ${missing.join(", ")}, older than its last one: this restore cannot rebuild its schema.`);
  }
  return until;
}

/** Refuses a database that holds anything: tables, views, sequences, in any schema of its own. */
async function checkEmpty(url: string): Promise<void> {
  const { client } = await connect(url, "dugnad-restore");
  try {
    const { rows } = await client.query<{ name: string; count: number }>(
      `select current_database() as name, count(c.oid)::int as count from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`,
    );
    const { name, count } = rows[0]!;
    if (count > 0) {
      throw new BackupError(
        `The database "${name}" is not empty, so nothing was restored: a restore never overwrites data. ` +
          `Restore into an empty database: on a PostgreSQL server create one (createdb dugnad_restored, or CREATE DATABASE in psql) and pass it with --url; ` +
          `for the embedded database stop npm start and move .data/pg away (npm run db:restore then creates a new one).`,
      );
    }
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into an empty database: checks the whole file first, applies exactly the
 * migrations the backup was taken at, loads every table with COPY in one transaction (foreign
 * keys dropped and added back at its end, which checks every row), sets the sequences, commits,
 * then applies the newer migrations and puts the outbox's unsent e-mails back on their queue.
 */
export async function restoreBackup(url: string, file: string, steps: RestoreSteps): Promise<RestoreResult> {
  const log = steps.log ?? (() => {});
  const verified = await verifyBackup(file);
  const until = checkMigrations(verified.header);
  await checkEmpty(url);
  log(`Backup checked: ${verified.tables.length} tables, taken ${verified.header.createdAt} on PostgreSQL ${verified.header.postgresVersion}.`);
  await steps.migrateUntil(url, until);
  log(`Schema built up to migration ${until}.`);

  const connection = await connect(url, "dugnad-restore");
  const { client } = connection;
  let tables: TableSummary[];
  let loadStarted = Date.now();
  try {
    await client.query("begin");
    const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
      `select c.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
         from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = $1 order by c.relname, k.conname`,
      [SCHEMA],
    );
    for (const fk of foreignKeys) await client.query(`alter table ${qualified(fk.table)} drop constraint ${ident(fk.name)}`);
    loadStarted = Date.now();
    tables = await loadTables(connection, file, verified.tables);
    // Adding the keys back checks every row against them: a violation undoes the whole load.
    for (const fk of foreignKeys) await client.query(`alter table ${qualified(fk.table)} add constraint ${ident(fk.name)} ${fk.definition}`);
    for (const sequence of verified.header.sequences) {
      await client.query("select setval($1::regclass, $2::bigint, true)", [qualified(sequence.name), sequence.lastValue]);
    }
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    if (connection.lost) {
      throw new BackupError(
        `The connection to the database was lost while loading the backup (${lostReason(connection.lost, error)}): nothing of it was kept (PostgreSQL undoes an unfinished transaction; the schema it needed stays).`,
      );
    }
    // The file was checked whole before; on this second read it no longer is the same.
    if (error instanceof DamagedBackup) throw new BackupError(`Loading the backup failed, and nothing of it was kept (the schema it needed stays): ${file} changed after it was checked: ${error.why}.`);
    throw new BackupError(`Loading the backup failed, and nothing of it was kept (the schema it needed stays): ${error instanceof Error ? error.message : error}`);
  } finally {
    await client.end().catch(() => {});
  }
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  log(`Loaded ${rows} rows in one transaction (${((Date.now() - loadStarted) / 1000).toFixed(1)} s).`);
  // From here on the data is committed: a rerun of the restore refuses this database, which is no
  // longer empty. So a failure says what the database holds and how to go on.
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const startOver = `Or start over: drop the database "${name}" (dropdb; for the embedded database stop npm start and move .data/pg away) and run npm run db:restore again.`;
  try {
    await steps.migrateRest(url);
  } catch (error) {
    throw new BackupError(
      `The backup was loaded and committed into the database "${name}" (${rows} rows), but then applying this version's newer migrations failed: ` +
        `${error instanceof Error ? error.message : error}. The database holds the backup's data, its schema at migration ${until} or at a newer one that ran before the failure, ` +
        `maybe without the job queues. To finish, fix the cause and run npm run db:migrate -- --url <the same database> (or with the same DATABASE_URL); ` +
        `the outbox's unsent e-mails, if any, then get no job and stay unsent. ${startOver}`,
    );
  }
  let requeuedEmails: number;
  try {
    requeuedEmails = await requeueOutbox(url);
  } catch (error) {
    throw new BackupError(
      `The backup was restored into the database "${name}" (${rows} rows) and migrated, but putting the outbox's unsent e-mails back on the queue failed: ` +
        `${error instanceof Error ? error.message : error}. The database is usable, but those e-mails stay unsent (without a job). ${startOver}`,
    );
  }
  return { header: verified.header, tables, requeuedEmails };
}

/** Second pass over the file: every table's rows into COPY FROM, checked against the first pass. */
async function loadTables(connection: Connection, file: string, expected: TableSummary[]): Promise<TableSummary[]> {
  const loaded: TableSummary[] = [];
  let copy: ReturnType<typeof copyFrom> | undefined;
  try {
    for await (const event of readBackup(file)) {
      if (event.kind === "tableStart") {
        const { name, columns } = event.table;
        copy = inFlight(connection, connection.client.query(copyFrom(`copy ${qualified(name)} (${columns.map(ident).join(", ")}) from stdin`)));
      } else if (event.kind === "data") {
        await writeTo(copy!, event.data);
      } else if (event.kind === "tableEnd") {
        copy!.end();
        await finished(copy!);
        copy = connection.copy = undefined;
        loaded.push(event.summary);
      }
    }
  } catch (error) {
    // A COPY left open holds the connection: the rollback would wait behind it forever. Destroying
    // pg-copy-streams' stream sends CopyFail, which ends the COPY with an error.
    copy?.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  // The file was checked before; it must not have changed since.
  checkAgainstTrailer(file, loaded, { tables: expected });
  return loaded;
}

/**
 * pg-boss's jobs are not in a backup. The outbox is: every e-mail not yet sent gets its job again
 * (the worker's lease makes a second job for one e-mail harmless; it is sent once).
 */
async function requeueOutbox(url: string): Promise<number> {
  const { client } = await connect(url, "dugnad-restore");
  let ids: string[];
  try {
    const { rows } = await client.query<{ id: string }>(`select id from ${qualified("EmailMessage")} where status in ('PENDING', 'SENDING') order by "createdAt"`);
    ids = rows.map((r) => r.id);
  } finally {
    await client.end();
  }
  if (ids.length === 0) return 0;
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false, migrate: false });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const emailId of ids) await boss.send(QUEUES.email, { emailId });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return ids.length;
}
