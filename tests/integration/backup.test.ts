// npm run db:backup / db:restore (scripts/lib/backup.ts): a backup of the demo data taken while
// another session keeps writing holds exactly one snapshot (never half of a transaction), and
// restored into an empty database it gives back every table's rows as they were at that snapshot.
// A non-empty database and a damaged file are refused without changing anything.
import { PrismaPg } from "@prisma/adapter-pg";
import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { BackupError, restoreBackup, writeBackup } from "../../scripts/lib/backup";
import { createDatabase, dropDatabase } from "../../scripts/lib/postgres";
import { applyMigrations } from "../../scripts/lib/schema-engine";
import { adminUrl, ownDatabase, restoreSteps, withClient } from "../support/backup";
import { seedDemoData } from "../../scripts/seed";

const databaseUrl = (suffix: string) => ownDatabase("backup", suffix);
const source = databaseUrl("source");
const restored = databaseUrl("restored");
const empty = databaseUrl("empty");
const broken = databaseUrl("broken");
const UNSENT_EMAIL = "backup-test-unsent-email";
let dir: string;



/** Every table of the app (not the migrations' own) as its row count and a hash of its rows in order. */
async function dumpTables(client: pg.Client): Promise<Record<string, { rows: number; md5: string }>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations' order by tablename`,
  );
  const dump: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ rows: number; md5: string }>(
      `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text collate "C"), '')) as md5 from "${name}" t`,
    );
    dump[name] = rows[0]!;
  }
  return dump;
}

async function tableCount(url: string): Promise<number> {
  return withClient(url, async (c) => (await c.query<{ n: number }>("select count(*)::int as n from pg_tables where schemaname = 'public'")).rows[0]!.n);
}

/** Inserts pairs of audit events, each pair in one transaction, until stopped. */
function startPairWriter(url: string) {
  let stopped = false;
  let committed = 0;
  const client = new pg.Client({ connectionString: url });
  const done = (async () => {
    await client.connect();
    while (!stopped) {
      const pair = randomUUID();
      await client.query("begin");
      await client.query(`insert into "AuditEvent" (id, entity, "entityId", action) values ($1, 'BackupPair', $2, 'first')`, [`${pair}-1`, pair]);
      await client.query(`insert into "AuditEvent" (id, entity, "entityId", action) values ($1, 'BackupPair', $2, 'second')`, [`${pair}-2`, pair]);
      await client.query("commit");
      committed++;
    }
    await client.end();
  })();
  return {
    committed: () => committed,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dugnad-backup-"));
  for (const db of [source, restored, empty, broken]) {
    await dropDatabase(adminUrl, db.name);
    await createDatabase(adminUrl, db.name);
  }
  await applyMigrations(source.url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: source.url }) });
  try {
    await seedDemoData(prisma);
    // An e-mail the outbox has not sent yet: its job must come back after a restore.
    const user = await prisma.user.findFirstOrThrow();
    await prisma.emailMessage.create({ data: { id: UNSENT_EMAIL, key: UNSENT_EMAIL, userId: user.id, to: user.email, subject: "Påminnelse", text: "Tekst", html: "<p>Tekst</p>" } });
  } finally {
    await prisma.$disconnect();
  }
}, 120_000);

afterAll(async () => {
  for (const db of [source, restored, empty, broken]) await dropDatabase(adminUrl, db.name);
  await rm(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  const file = () => path.join(dir, "nested", "dugnad.backup.gz");

  it("takes one consistent snapshot while writes go on, and restores it into an empty database", async () => {
    const writer = startPairWriter(source.url);
    await until(() => writer.committed() >= 3, "the first writes");
    const snapshotReader = new pg.Client({ connectionString: source.url });
    await snapshotReader.connect();
    let atSnapshot: Awaited<ReturnType<typeof dumpTables>> | undefined;
    let pairsBefore = 0;
    try {
      const result = await writeBackup(source.url, file(), {
        onSnapshot: async (snapshotId) => {
          // Read the source as the backup sees it, then let the writer commit more pairs while
          // the backup reads its tables.
          await snapshotReader.query("begin isolation level repeatable read, read only");
          await snapshotReader.query(`set transaction snapshot '${snapshotId}'`);
          pairsBefore = writer.committed();
          atSnapshot = await dumpTables(snapshotReader);
          await until(() => writer.committed() >= pairsBefore + 5, "writes during the backup");
        },
      });
      expect(statSync(result.file).mode & 0o777).toBe(0o600);
      expect(result.tables.find((t) => t.name === "Organisation")!.rows).toBeGreaterThan(10);
      expect(result.header.migrations.length).toBeGreaterThan(20);
    } finally {
      await snapshotReader.query("commit").catch(() => {});
      await snapshotReader.end();
      await writer.stop();
    }
    // The source moved on after the snapshot…
    const sourceNow = await withClient(source.url, dumpTables);
    expect(sourceNow.AuditEvent!.rows).toBeGreaterThan(atSnapshot!.AuditEvent!.rows);

    const result = await restoreBackup(restored.url, file(), restoreSteps);
    expect(result.tables.find((t) => t.name === "User")!.rows).toBe(atSnapshot!.User!.rows);

    // …and the restored database is the source at the snapshot, table for table, row for row.
    const restoredNow = await withClient(restored.url, dumpTables);
    expect(restoredNow).toEqual(atSnapshot);
    expect(Object.keys(restoredNow).length).toBeGreaterThan(30);
    // Never half of a transaction: every pair is whole.
    const halves = await withClient(restored.url, async (c) =>
      (await c.query(`select "entityId" from "AuditEvent" where entity = 'BackupPair' group by "entityId" having count(*) <> 2`)).rowCount,
    );
    expect(halves).toBe(0);
    // The migrations are this checkout's, and pg-boss's queues are there for the worker.
    const migrations = (url: string) =>
      withClient(url, async (c) => (await c.query<{ migration_name: string }>("select migration_name from _prisma_migrations order by 1")).rows.map((r) => r.migration_name));
    expect(await migrations(restored.url)).toEqual(await migrations(source.url));
    const queues = await withClient(restored.url, async (c) => (await c.query<{ name: string }>("select name from pgboss.queue order by name")).rows.map((r) => r.name));
    expect(queues).toEqual(expect.arrayContaining(["email-send", "reminders", "digest"]));
    // The unsent e-mail is on its queue again.
    expect(result.requeuedEmails).toBe(1);
    const jobs = await withClient(restored.url, async (c) =>
      (await c.query("select 1 from pgboss.job where name = 'email-send' and data->>'emailId' = $1", [UNSENT_EMAIL])).rowCount,
    );
    expect(jobs).toBe(1);
  }, 180_000);

  it("refuses a database that is not empty, and changes nothing in it", async () => {
    const before = await withClient(restored.url, dumpTables);
    let migrated = false;
    const error = await restoreBackup(restored.url, file(), { ...restoreSteps, migrateUntil: async () => void (migrated = true) }).catch((e) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect(error.message).toMatch(/is not empty, so nothing was restored/);
    expect(error.message).toMatch(/createdb|CREATE DATABASE/);
    expect(migrated).toBe(false);
    expect(await withClient(restored.url, dumpTables)).toEqual(before);
  });

  it("refuses a truncated or damaged file with a clear message, before touching the database", async () => {
    const original = readFileSync(file());
    const cases: [string, Buffer, RegExp][] = [
      ["truncated", original.subarray(0, Math.floor(original.length / 2)), /truncated/],
      ["cut after the data", gzipSync(gunzipSync(original).subarray(0, gunzipSync(original).lastIndexOf("\\.\n") + 3)), /truncated/],
      ["not gzip", Buffer.from("just some text\n"), /not a gzip file/],
      ["not ours", gzipSync("PGDMP something else\n"), /does not start as a Dugnad backup/],
    ];
    // A flipped byte in the compressed data: zlib's checks catch it.
    const flipped = Buffer.from(original);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    cases.push(["damaged", flipped, /damaged|truncated/]);
    // A changed row in an intact gzip: the table's checksum catches it.
    const text = gunzipSync(original).toString("utf8");
    const changed = text.replace("Husbanken", "Husbankem");
    expect(changed).not.toBe(text);
    cases.push(["edited", gzipSync(changed), /do not match their checksum/]);

    for (const [what, content, message] of cases) {
      const bad = path.join(dir, `${what}.backup.gz`);
      writeFileSync(bad, content);
      const error = await restoreBackup(empty.url, bad, restoreSteps).catch((e) => e);
      expect(error, what).toBeInstanceOf(BackupError);
      expect(error.message, what).toMatch(message);
      expect(error.message, what).toContain("Nothing was changed");
      expect(await tableCount(empty.url), what).toBe(0);
    }
    // A missing file is named as such.
    await expect(restoreBackup(empty.url, path.join(dir, "missing.gz"), restoreSteps)).rejects.toThrow(/does not exist/);
  });

  it("writes atomically: a failed backup leaves neither the file nor a temporary one", async () => {
    const target = path.join(dir, "failed.backup.gz");
    // The empty database has no migrations table: refused before anything is written.
    await expect(writeBackup(empty.url, target)).rejects.toThrow(/not a Dugnad database/);
    expect(readdirSync(dir).filter((f) => f.startsWith("failed"))).toEqual([]);
  });
});

/** The backup with one table's rows changed and its checksums made to fit: an intact file whose rows the database refuses. */
function withRowsOf(original: Buffer, table: string, change: (rows: string[]) => string[]): Buffer {
  const lines = gunzipSync(original).toString("utf8").split("\n");
  const header = JSON.parse(lines[1]!) as { tables: { name: string }[] };
  let text = `${lines[0]}\n${lines[1]}\n`;
  const tables = [];
  let i = 2;
  for (const { name } of header.tables) {
    const rows: string[] = [];
    while (lines[i] !== "\\.") rows.push(lines[i++]!);
    i++;
    const kept = name === table ? change(rows) : rows;
    const data = kept.map((row) => `${row}\n`).join("");
    tables.push({ name, rows: kept.length, sha256: createHash("sha256").update(data).digest("hex") });
    text += `${data}\\.\n`;
  }
  return gzipSync(`${text}${JSON.stringify({ tables })}\n`);
}

describe("a load the database refuses", () => {
  it("is undone whole: a row that breaks a foreign key, a value of the wrong type", async () => {
    const original = readFileSync(path.join(dir, "nested", "dugnad.backup.gz"));
    const cases: [string, Buffer, RegExp][] = [
      ["no-organisations", withRowsOf(original, "Organisation", () => []), /foreign key/],
      ["bad-figure", withRowsOf(original, "HiringReport", (rows) => [rows[0]!.replace(/\t\d+\t/, "\tmange\t"), ...rows.slice(1)]), /invalid input syntax/],
    ];
    for (const [what, content, reason] of cases) {
      const file = path.join(dir, `${what}.backup.gz`);
      writeFileSync(file, content);
      const error = await restoreBackup(broken.url, file, restoreSteps).catch((e) => e);
      expect(error, what).toBeInstanceOf(BackupError);
      expect(error.message, what).toMatch(/Loading the backup failed, and nothing of it was kept/);
      expect(error.message, what).toMatch(reason);
      const dump = await withClient(broken.url, dumpTables);
      expect(Object.values(dump).every((t) => t.rows === 0), what).toBe(true);
      // The schema stays: the next try goes into a fresh database.
      await dropDatabase(adminUrl, broken.name);
      await createDatabase(adminUrl, broken.name);
    }
  }, 60_000);
});

describe("the commands", () => {
  const npm = (args: string[]) =>
    promisify(execFile)("npm", ["run", "-s", ...args], { cwd: path.resolve(import.meta.dirname, "..", ".."), env: { ...process.env, DATABASE_URL: "" } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("npm run db:backup writes the file; npm run db:restore refuses a database with data", async () => {
    const file = path.join(dir, "cli", "dugnad.backup.gz");
    const backup = await npm(["db:backup", "--", "--url", source.url, "--out", file]);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backup written: .*dugnad\.backup\.gz \(\d+ kB, mode 0600\)/);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const restore = await npm(["db:restore", "--", file, "--url", source.url]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/is not empty, so nothing was restored/);
  }, 60_000);
});
