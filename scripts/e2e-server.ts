// The server Playwright tests run against (playwright.config.ts starts it): a throwaway database
// (embedded PostgreSQL under .data/test-pg, or DATABASE_URL's server), migrated and seeded, and
// the production build (rebuilt when stale) on port 3100 with short login locks and a fixed
// AUTH_SECRET. On SIGTERM/SIGINT it stops Next, drops the database and stops PostgreSQL.
import { buildIfStale, NEXT_BIN } from "./lib/next-build";
import { ROOT } from "./lib/postgres";
import { prepareDatabase } from "./lib/prepare-database";
import { exited, onShutdownSignal, relaunchInOwnGroup, runningChildren, spawnGroup, stopGroup } from "./lib/processes";
import { createTestDatabase, type TestDatabase } from "./lib/test-postgres";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

let database: TestDatabase | undefined;
let next: ReturnType<typeof spawnGroup> | undefined;
let stopping = false;

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of runningChildren()) await stopGroup(child);
  if (next) await stopGroup(next, 5_000);
  await database?.dispose();
  process.exit(code);
}

async function main(): Promise<void> {
  onShutdownSignal(() => void shutdown(0));
  database = await createTestDatabase("e2e");
  await prepareDatabase(database.url);
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    AUTH_SECRET: "e2e-test-secret-that-is-long-enough-0123456789",
    AUTH_TRUST_HOST: "true",
    // Short sign-in delays; X-Forwarded-For believed as if one proxy were in front, so the burst
    // test can send its guesses from addresses of their own (e2e/sign-in-burst.spec.ts).
    LOGIN_MAX_DELAY_SECONDS: "2",
    TRUST_PROXY: "1",
    PORT: String(E2E_PORT),
  };
  await buildIfStale(env);
  if (stopping) return;
  next = spawnGroup(process.execPath, [NEXT_BIN, "start", "-p", String(E2E_PORT)], { cwd: ROOT, env });
  const code = await exited(next);
  if (!stopping) {
    console.error(`next start exited (code ${code}).`);
    await shutdown(code === 0 ? 1 : code);
  }
}

if (!relaunchInOwnGroup()) {
  main().catch((error) => {
    if (!stopping) console.error(error instanceof Error ? error.message : error);
    void shutdown(1);
  });
}
