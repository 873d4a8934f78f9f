import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The one Prisma client (driver adapter, no engine binary). The launcher (npm start / npm test)
 * starts the embedded PostgreSQL under .data/ and sets DATABASE_URL when none is configured.
 */
function createClient(): PrismaClient {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or set DATABASE_URL.");
  }
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
  // Count every statement sent (for the tests and the benchmark: the dashboard's query count).
  pool.on("connect", (connection) => {
    const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
    (connection as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
  });
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

let statements = 0;

/** SQL statements sent to PostgreSQL by this process so far. */
export function sqlStatementCount(): number {
  return statements;
}

// One client per process (kept across hot reloads in development), created on first use so
// that `next build` can load modules without a database.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
