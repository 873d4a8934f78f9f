import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { workerState } from "@/lib/ops/job-queue";
import { databaseIsDown } from "@/lib/ops/database-watch";

/** Resolves with `promise`'s value, or rejects after `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when the database answers a trivial query within the timeout. */
export async function databaseIsUp(timeoutMs = 2000): Promise<boolean> {
  try {
    await within(prisma.$queryRaw`select 1`, timeoutMs);
    return true;
  } catch {
    return false;
  }
}

export interface Check {
  ok: boolean;
  /** Why not, in a few words (no data). */
  detail?: string;
}

export interface Readiness {
  ready: boolean;
  checks: { database: Check; migrations: Check; jobQueue: Check };
}

/** The migrations this build ships (prisma/migrations/<name>/migration.sql), by name. */
function shippedMigrations(): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function checkMigrations(): Promise<Check> {
  const applied = await within(
    prisma.$queryRaw<{ migration_name: string }[]>`select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null`,
    2000,
  );
  const done = new Set(applied.map((row) => row.migration_name));
  const missing = shippedMigrations().filter((name) => !done.has(name));
  return missing.length === 0 ? { ok: true } : { ok: false, detail: `${missing.length} migration(s) not applied: ${missing.join(", ")}` };
}

/** How long pg-boss's maintenance may lag (it runs every 2 minutes) before the queue counts as unattended. */
const MAINTENANCE_STALE_SECONDS = 10 * 60;

/**
 * The job queue runs: pg-boss's schema answers, and either this process's worker has started and
 * not stopped, or (DUGNAD_WORKER=0: the worker runs elsewhere) some worker has shown itself in the
 * last 10 minutes: pgboss.version.maintained_on (stamped by whichever worker maintains the queue,
 * every 2 minutes, the first time 2 minutes after it starts) or cron_on (stamped by a worker's
 * scheduler when it starts and every 30 s), so a first start is ready at once, not after 2 minutes.
 */
async function checkJobQueue(): Promise<Check> {
  const rows = await within(
    prisma.$queryRaw<{ age: number | null }[]>`select extract(epoch from now() - greatest(maintained_on, cron_on))::float8 as age from pgboss.version`,
    2000,
  );
  if (rows.length === 0) return { ok: false, detail: "pg-boss is not installed" };
  if (env.DUGNAD_WORKER) {
    const state = workerState();
    if (!state) return { ok: false, detail: "the worker has not started" };
    if (state.stopped) return { ok: false, detail: "the worker has stopped" };
    return { ok: true };
  }
  const age = rows[0]?.age ?? null;
  if (age === null || age > MAINTENANCE_STALE_SECONDS) return { ok: false, detail: "no worker has maintained or scheduled the queue in the last 10 minutes" };
  return { ok: true };
}

async function run(check: () => Promise<Check>): Promise<Check> {
  try {
    return await check();
  } catch (error) {
    return { ok: false, detail: error instanceof Error && error.message === "timeout" ? "timed out" : "failed" };
  }
}

/** Whether this instance can serve: the database answers, every migration is applied, the job queue runs. */
export async function readiness(): Promise<Readiness> {
  // While the watch finds the database down, the pages answer 503 (lib/ops/database-watch.ts): not
  // ready either, even if this one query gets through.
  const database: Check = !databaseIsDown() && (await databaseIsUp()) ? { ok: true } : { ok: false, detail: "the database does not answer" };
  if (!database.ok) {
    const skipped = { ok: false, detail: "the database does not answer" };
    return { ready: false, checks: { database, migrations: skipped, jobQueue: skipped } };
  }
  const [migrations, jobQueue] = await Promise.all([run(checkMigrations), run(checkJobQueue)]);
  return { ready: migrations.ok && jobQueue.ok, checks: { database, migrations, jobQueue } };
}
