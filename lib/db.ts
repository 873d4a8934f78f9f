import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ExpectedError } from "@/lib/data/errors";
import { hasNul, NUL } from "@/lib/domain/text";
import { env } from "@/lib/env";
import { common } from "@/lib/i18n/common";
import { registerPool } from "@/lib/ops/metrics";
import { onShutdown } from "@/lib/ops/shutdown";
import { reportDatabaseError } from "@/lib/ops/database-watch";

/**
 * The pool's limits while the database is gone (issue 15, "Faults"; docs/decisions/030-database-outage.md):
 * a connection is given up after 3 s instead of waiting for ever, a statement after 30 s (the
 * server's own statement_timeout, and the client's query timeout a little later for a server that
 * no longer answers at all), and an idle connection is closed after 30 s. A connection that breaks
 * is thrown away by pg.Pool, so the pool recovers by itself when the database is back.
 */
export const POOL_TIMEOUTS = { connectionTimeoutMillis: 3_000, statementTimeoutMillis: 30_000, queryTimeoutMillis: 35_000, idleTimeoutMillis: 30_000 } as const;

/**
 * The one Prisma client (driver adapter, no engine binary). The launcher (npm start / npm test)
 * starts the embedded PostgreSQL under .data/ and sets DATABASE_URL when none is configured.
 */
function createClient(): PrismaClient {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or set DATABASE_URL.");
  }
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: 10,
    connectionTimeoutMillis: POOL_TIMEOUTS.connectionTimeoutMillis,
    idleTimeoutMillis: POOL_TIMEOUTS.idleTimeoutMillis,
    statement_timeout: POOL_TIMEOUTS.statementTimeoutMillis,
    query_timeout: POOL_TIMEOUTS.queryTimeoutMillis,
    keepAlive: true,
  });
  // An idle connection that dies (the server stopped or restarted) is emitted here; without a
  // listener Node would crash the process. pg.Pool has already removed the client.
  pool.on("error", (error) => {
    reportDatabaseError(error);
  });
  // A failed connect or query tells the database watch to look at once (lib/ops/database-watch.ts).
  // pg.Pool calls connect() itself with a callback (pool.query), callers without one.
  type Done = (error: Error | undefined, client?: pg.PoolClient, release?: () => void) => void;
  const connect = pool.connect.bind(pool) as (callback?: Done) => Promise<pg.PoolClient> | undefined;
  (pool as unknown as { connect: (callback?: Done) => unknown }).connect = (callback?: Done) => {
    if (callback) {
      return connect((error, client, release) => {
        if (error) reportDatabaseError(error);
        callback(error, client, release);
      });
    }
    return connect()!.catch((error: unknown) => {
      reportDatabaseError(error);
      throw error;
    });
  };
  // Count every statement sent (for the tests and the benchmark: the dashboard's query count).
  pool.on("connect", (connection) => {
    // A connection that breaks while checked out emits "error" too: never unhandled (the query in
    // flight is rejected anyway, and the pool drops the broken connection when it is released).
    connection.on("error", (error) => {
      reportDatabaseError(error);
    });
    const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
    (connection as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements += 1;
      const result = query(...args);
      if (result instanceof Promise) result.catch((error: unknown) => reportDatabaseError(error));
      return result;
    };
  });
  // The pool's gauges (/api/metrics) read it.
  registerPool(pool);
  const base = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true, statementNameGenerator: statementName }) });
  // Graceful stop (scripts/serve.ts): the connections close last, after the worker's jobs.
  onShutdown({ name: "prisma", order: 90, run: () => base.$disconnect() });
  // A query extension changes no method's types, so the extended client is still a PrismaClient.
  return base.$extends(nulGuard) as unknown as PrismaClient;
}

/** The most SQL texts that get a prepared statement of their own (per process, and so per connection). */
export const MAX_NAMED_STATEMENTS = 1_000;
const statementNames = new Map<string, string>();

/**
 * Each SQL text Prisma sends is prepared once per connection and then only executed (issue 15): a
 * named statement, named by a hash of its text, which pg remembers per connection. PostgreSQL then
 * parses and plans it once instead of at every request; the session check of every signed-in
 * request went from about 0.5 to 0.17 ms of the database's CPU. Texts beyond the first 1,000 (SQL
 * built with a varying shape) go unnamed (""), as every statement did before, so that no
 * connection holds an unbounded number of prepared statements.
 */
export function statementName(query: { sql: string }): string {
  const known = statementNames.get(query.sql);
  if (known !== undefined) return known;
  if (statementNames.size >= MAX_NAMED_STATEMENTS) return "";
  const name = `dugnad_${createHash("sha256").update(query.sql).digest("base64url").slice(0, 24)}`;
  statementNames.set(query.sql, name);
  return name;
}

/** Operations that only read: a NUL in what they look for finds nothing there is. */
const READS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy", "$queryRaw", "$queryRawUnsafe"]);

/** Whether a query's arguments hold a NUL character: in any string, key of a JSON object, or raw SQL value. */
export function argumentsHoldNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return hasNul(value);
  if (value === null || typeof value !== "object" || depth > 100) return false;
  if (Array.isArray(value)) return value.some((v) => argumentsHoldNul(v, depth + 1));
  if (value instanceof Prisma.Sql) return argumentsHoldNul(value.values, depth + 1);
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false; // Date, Decimal, Uint8Array, …
  return Object.entries(value).some(([key, v]) => key.includes(NUL) || argumentsHoldNul(v, depth + 1));
}

/**
 * The last line of defence against NUL characters, which PostgreSQL refuses in text and JSON (a
 * 500 instead of a message): every query, raw ones too, is checked before it is sent. Input is
 * validated before it gets here (lib/domain/text.ts); this catches what a form or route missed.
 * A read, or a write whose where clause holds the NUL (an id from a URL), is answered "not found"
 * (nothing can match); a NUL in what is to be written, "invalid".
 */
const nulGuard = Prisma.defineExtension({
  name: "nul-guard",
  query: {
    $allOperations({ operation, args, query }) {
      if (argumentsHoldNul(args)) {
        // What is looked for (a read, or the record a write is to change) cannot exist; what is to
        // be written is refused.
        const lookedFor = READS.has(operation) || (typeof args === "object" && args !== null && "where" in args && argumentsHoldNul(args.where));
        throw lookedFor ? new ExpectedError(common().errors.notFound, "not_found") : new ExpectedError(common().errors.nulCharacter, "invalid");
      }
      return query(args);
    },
  },
});

let statements = 0;

/** SQL statements sent to PostgreSQL by this process so far. */
export function sqlStatementCount(): number {
  return statements;
}

// One client per process and database (kept across hot reloads in development, and shared by
// the copies of this module Next makes per layer), created on first use so that `next build` can
// load modules without a database. Keyed by the URL: modules loaded afresh with another
// DATABASE_URL (the readiness test's unreachable database) get a client of their own, while the
// others keep theirs.
const globalForPrisma = globalThis as unknown as { prismaClients?: Map<string, PrismaClient> };

function client(): PrismaClient {
  const clients = (globalForPrisma.prismaClients ??= new Map());
  const url = env.DATABASE_URL ?? "";
  let existing = clients.get(url);
  if (!existing) {
    existing = createClient();
    clients.set(url, existing);
  }
  return existing;
}

export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
