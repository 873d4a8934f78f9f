// npm run db:backup / db:restore (scripts/lib/backup.ts) when things go wrong or get big: a file
// that fails on the restore's second read, a connection the server ends, a migration that rewrites
// or drops a table just as a backup starts, a row of many megabytes, newer migrations that fail
// after the load committed. Each ends with a clear error (or a correct backup), never a hang, a
// crash of the process or a silently incomplete backup.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BackupError, restoreBackup, verifyBackup, writeBackup } from "../../scripts/lib/backup";
import { createDatabase, dropDatabase } from "../../scripts/lib/postgres";
import { applyMigrations } from "../../scripts/lib/schema-engine";
import { adminUrl, ownDatabase, restoreSteps, withClient } from "../support/backup";

const databaseUrl = (suffix: string) => ownDatabase("bfault", suffix);
/** A tiny database of hand-made tables: enough for a backup (not for a restore). */
const mini = databaseUrl("mini");
/** The app's schema with some audit events, one of them of 8 MB. */
const source = databaseUrl("source");
const cutFile = databaseUrl("cut");
const killed = databaseUrl("killed");
const bigRow = databaseUrl("big");
const failedRest = databaseUrl("rest");
const databases = [mini, source, cutFile, killed, bigRow, failedRest];
/** Hex characters in the big row's JSON: 32 per md5. */
const BIG_ROW_MD5S = 250_000;
let dir: string;
let backupFile: string;



/** Polls until `query` on the admin database returns a row, then gives its first row. */
async function waitForRow<T extends pg.QueryResultRow>(sql: string, params: unknown[], what: string): Promise<T> {
  return withClient(adminUrl, async (c) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await c.query<T>(sql, params);
      if (rows[0]) return rows[0];
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

/** The backend of `application` on `database` once it waits for a lock. */
const waitingForLock = (database: string, application: string) =>
  waitForRow<{ pid: number }>(
    "select pid from pg_stat_activity where datname = $1 and application_name = $2 and wait_event_type = 'Lock'",
    [database, application],
    `${application} to wait for a lock`,
  );

async function terminate(pid: number): Promise<void> {
  await withClient(adminUrl, (c) => c.query("select pg_terminate_backend($1)", [pid]));
  await waitForRow("select 1 as gone where not exists (select 1 from pg_stat_activity where pid = $1)", [pid], "the backend to end");
}

const rowCounts = (url: string) =>
  withClient(url, async (c) => {
    const { rows: tables } = await c.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'");
    let rows = 0;
    for (const { name } of tables) rows += (await c.query<{ n: number }>(`select count(*)::int as n from "${name}"`)).rows[0]!.n;
    return { tables: tables.length, rows };
  });

const bigRowHash = (url: string) =>
  withClient(url, async (c) => (await c.query<{ md5: string | null }>(`select md5(after::text) as md5 from "AuditEvent" where id = 'big'`)).rows[0]?.md5);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dugnad-backup-faults-"));
  for (const db of databases) {
    await dropDatabase(adminUrl, db.name);
    await createDatabase(adminUrl, db.name);
  }
  await withClient(mini.url, (c) =>
    c.query(`
      create table _prisma_migrations (migration_name text primary key, checksum text not null, finished_at timestamptz, rolled_back_at timestamptz);
      insert into _prisma_migrations values ('20260101000000_init', 'abc', now(), null);
      create table t (id int primary key, c int not null);
      insert into t select g, g from generate_series(1, 1000) g;
      create table u (id int primary key);
      insert into u select g from generate_series(1, 10) g;`),
  );
  await applyMigrations(source.url);
  await withClient(source.url, async (c) => {
    await c.query(`insert into "AuditEvent" (id, entity, "entityId", action) select 'small-' || g, 'Test', g::text, 'made' from generate_series(1, 200) g`);
    await c.query(
      `insert into "AuditEvent" (id, entity, "entityId", action, after)
       select 'big', 'Big', 'big', 'made', jsonb_build_object('blob', string_agg(md5(g::text), '' order by g)) from generate_series(1, $1::int) g`,
      [BIG_ROW_MD5S],
    );
  });
  backupFile = path.join(dir, "source.backup.gz");
  await writeBackup(source.url, backupFile);
}, 120_000);

afterAll(async () => {
  for (const db of databases) await dropDatabase(adminUrl, db.name);
  await rm(dir, { recursive: true, force: true });
});

describe("a restore whose file fails on its second read", () => {
  it("ends the COPY and rolls back instead of waiting for it forever", async () => {
    // The file is checked whole, then read again for the load: cut it in between, in the middle
    // of the big row, while the COPY into AuditEvent is open.
    const copy = path.join(dir, "changing.backup.gz");
    writeFileSync(copy, readFileSync(backupFile));
    const text = gunzipSync(readFileSync(copy));
    const cut = gzipSync(text.subarray(0, text.indexOf("\tBig\t") + 100_000));
    const restore = restoreBackup(cutFile.url, copy, {
      ...restoreSteps,
      migrateUntil: async (url, until) => {
        await applyMigrations(url, { until });
        writeFileSync(copy, cut);
      },
    }).catch((error: unknown) => error);
    const outcome = await Promise.race([restore, new Promise((resolve) => setTimeout(() => resolve("still running after 20 s"), 20_000))]);
    expect(outcome).toBeInstanceOf(BackupError);
    expect((outcome as Error).message).toMatch(/Loading the backup failed, and nothing of it was kept/);
    expect((outcome as Error).message).toMatch(/changed after it was checked: the file is truncated/);
    expect(await rowCounts(cutFile.url)).toEqual({ tables: expect.any(Number), rows: 0 });
    const left = await withClient(adminUrl, async (c) => (await c.query("select 1 from pg_stat_activity where datname = $1", [cutFile.name])).rowCount);
    expect(left).toBe(0);
  }, 60_000);
});

describe("a connection the server ends", () => {
  it("fails the backup with a clear message and leaves no file, temporary or not", async () => {
    const target = path.join(dir, "lost", "mini.backup.gz");
    const error = await writeBackup(mini.url, target, {
      onSnapshot: async () => {
        const { pid } = await waitForRow<{ pid: number }>(
          "select pid from pg_stat_activity where datname = $1 and application_name = 'dugnad-backup'",
          [mini.name],
          "the backup's backend",
        );
        await terminate(pid);
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/The connection to the database was lost during the backup \(terminating connection due to administrator command\)/);
    expect((error as Error).message).toMatch(/no backup was written/);
    expect(readdirSync(path.dirname(target))).toEqual([]);
  });

  it("fails the restore's load with a clear message, and nothing of it is kept", async () => {
    // Another session holds a lock on a table the load needs: the load waits there, and is
    // ended while it waits.
    const blocker = new pg.Client({ connectionString: killed.url });
    try {
      const restore = restoreBackup(killed.url, backupFile, {
        ...restoreSteps,
        migrateUntil: async (url, until) => {
          await applyMigrations(url, { until });
          await blocker.connect();
          await blocker.query(`begin; lock table "AuditEvent" in share mode`);
        },
      }).catch((e: unknown) => e);
      const { pid } = await waitingForLock(killed.name, "dugnad-restore");
      await terminate(pid);
      await blocker.query("rollback");
      const error = await restore;
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(/The connection to the database was lost while loading the backup \(terminating connection due to administrator command\)/);
      expect((error as Error).message).toMatch(/nothing of it was kept/);
      expect((await rowCounts(killed.url)).rows).toBe(0);
    } finally {
      await blocker.end();
    }
  }, 60_000);
});

describe("a migration that changes the tables as a backup starts", () => {
  it("is waited for: the backup's snapshot is taken after its locks, so it has every row and table", async () => {
    const migration = new pg.Client({ connectionString: mini.url });
    await migration.connect();
    try {
      // A table rewritten (a column's type changed) and a table created, committed while the
      // backup waits for its locks: the backup must see both as they are after the commit.
      await migration.query(`begin;
        alter table t alter column c type bigint;
        create table v (id int primary key);
        insert into v select g from generate_series(1, 7) g;`);
      const rewritten = writeBackup(mini.url, path.join(dir, "rewrite.backup.gz"));
      rewritten.catch(() => {});
      await waitingForLock(mini.name, "dugnad-backup");
      await migration.query("commit");
      const result = await rewritten;
      expect(result.tables).toEqual([
        { name: "t", rows: 1000, sha256: expect.any(String) },
        { name: "u", rows: 10, sha256: expect.any(String) },
        { name: "v", rows: 7, sha256: expect.any(String) },
      ]);

      // A table dropped while the backup waits: the backup starts over without it.
      await migration.query("begin; drop table u");
      const dropped = writeBackup(mini.url, path.join(dir, "drop.backup.gz"));
      dropped.catch(() => {});
      await waitingForLock(mini.name, "dugnad-backup");
      await migration.query("commit");
      expect((await dropped).tables.map((t) => [t.name, t.rows])).toEqual([
        ["t", 1000],
        ["v", 7],
      ]);
    } finally {
      await migration.query("rollback").catch(() => {});
      await migration.end();
    }
  });
});

describe("a row of many megabytes", () => {
  it("is copied once while it is read, not once for every chunk of it", async () => {
    // A file of one table with one row of 2 MB: gunzip hands it over in some 125 chunks.
    const row = `1\t${"ab".repeat(1_000_000)}\n`;
    const header = {
      format: "dugnad-backup",
      version: 1,
      createdAt: "2026-01-01T00:00:00.000Z",
      database: "d",
      postgresVersion: "18",
      migrations: [{ name: "m", checksum: "c" }],
      tables: [{ name: "T", columns: ["id", "content"] }],
      sequences: [],
    };
    const trailer = { tables: [{ name: "T", rows: 1, sha256: createHash("sha256").update(row).digest("hex") }] };
    const file = path.join(dir, "one-big-row.backup.gz");
    writeFileSync(file, gzipSync(`DUGNAD-BACKUP 1\n${JSON.stringify(header)}\n${row}\\.\n${JSON.stringify(trailer)}\n`, { level: 1 }));

    const concat = vi.spyOn(Buffer, "concat");
    try {
      const result = await verifyBackup(file);
      expect(result.tables).toEqual([{ name: "T", rows: 1, sha256: trailer.tables[0]!.sha256 }]);
      const copied = concat.mock.calls.reduce((sum, [list]) => sum + list.reduce((n, b) => n + b.length, 0), 0);
      // Joining the row's chunks once copies its 2 MB once; appending each chunk to all before it
      // copies some 130 MB.
      expect(copied).toBeLessThan(2 * row.length);
    } finally {
      concat.mockRestore();
    }
  });

  it("comes back whole from a backup and restore", async () => {
    const result = await restoreBackup(bigRow.url, backupFile, restoreSteps);
    expect(result.tables.find((t) => t.name === "AuditEvent")!.rows).toBe(201);
    const hash = await bigRowHash(bigRow.url);
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(hash).toBe(await bigRowHash(source.url));
  }, 60_000);
});

describe("newer migrations that fail after the load committed", () => {
  it("say what state the database is in and what to run next", async () => {
    const error = await restoreBackup(failedRest.url, backupFile, {
      ...restoreSteps,
      migrateRest: async () => {
        throw new Error("could not extend file: No space left on device");
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    const message = (error as Error).message;
    expect(message).toMatch(/No space left on device/);
    expect(message).toMatch(/was loaded and committed/);
    expect(message).toContain(failedRest.name);
    expect(message).toMatch(/npm run db:migrate/);
    // The data is there, as the message says.
    expect((await rowCounts(failedRest.url)).rows).toBe(201);
  }, 60_000);
});
