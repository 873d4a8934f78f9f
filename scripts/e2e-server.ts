// The server Playwright tests run against (playwright.config.ts starts it): a throwaway database
// (embedded PostgreSQL under .data/test-pg, or DATABASE_URL's server), migrated and seeded, and
// the production build (rebuilt when stale) on port 3100 with short login locks and a fixed
// AUTH_SECRET, and single sign-on against the tests' OpenID provider (scripts/test-oidc-provider.ts,
// which Playwright starts first). The database's URL is written to .data/e2e-<port>.json for specs
// that check what is stored. On SIGTERM/SIGINT it stops Next, drops the database and stops PostgreSQL.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { appServerCommand } from "./lib/app-server";
import { buildIfStale } from "./lib/next-build";
import { ROOT } from "./lib/postgres";
import { startMailCatcher, type MailCatcher } from "./lib/mail-catcher";
import { prepareDatabase } from "./lib/prepare-database";
import { exited, onShutdownSignal, relaunchInOwnGroup, runningChildren, spawnGroup, stopGroup } from "./lib/processes";
import { createTestDatabase, type TestDatabase } from "./lib/test-postgres";
import { e2eEnvFile } from "./lib/e2e-env";
import { testOidcEnv } from "./lib/test-oidc";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_ENV_FILE = e2eEnvFile(E2E_PORT);

let database: TestDatabase | undefined;
let next: ReturnType<typeof spawnGroup> | undefined;
let catcher: MailCatcher | undefined;
let stopping = false;

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of runningChildren()) await stopGroup(child);
  if (next) await stopGroup(next, 5_000);
  await catcher?.close().catch(() => {});
  rmSync(E2E_ENV_FILE, { force: true });
  await database?.dispose();
  process.exit(code);
}

async function main(): Promise<void> {
  onShutdownSignal(() => void shutdown(0));
  database = await createTestDatabase("e2e");
  await prepareDatabase(database.url);
  // E-mail goes to the demo's mail catcher, as on `npm start` (e2e/notifications.spec.ts reads it on /demo/epost).
  catcher = await startMailCatcher(database.url);
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    AUTH_SECRET: "e2e-test-secret-that-is-long-enough-0123456789",
    AUTH_TRUST_HOST: "true",
    // The seeded demo data, with its well-known password.
    DUGNAD_DEMO: "1",
    // Short sign-in delays; X-Forwarded-For believed as if one proxy were in front, so the burst
    // test can send its guesses from addresses of their own (e2e/sign-in-burst.spec.ts).
    LOGIN_MAX_DELAY_SECONDS: "2",
    TRUST_PROXY: "1",
    PORT: String(E2E_PORT),
    // Warnings and errors only: an access line per request would bury the test report
    // (e2e/server-ops.spec.ts reads the info lines of a server of its own).
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    SMTP_URL: catcher.url,
    APP_URL: `http://localhost:${E2E_PORT}`,
    ...testOidcEnv(),
  };
  mkdirSync(path.dirname(E2E_ENV_FILE), { recursive: true });
  writeFileSync(E2E_ENV_FILE, JSON.stringify({ DATABASE_URL: database.url, AUTH_SECRET: env.AUTH_SECRET }));
  await buildIfStale(env);
  if (stopping) return;
  const server = appServerCommand();
  next = spawnGroup(server.command, server.args, { cwd: ROOT, env });
  const code = await exited(next);
  if (!stopping) {
    console.error(`The app server exited (code ${code}).`);
    await shutdown(code === 0 ? 1 : code);
  }
}

if (!relaunchInOwnGroup()) {
  main().catch((error) => {
    if (!stopping) console.error(error instanceof Error ? error.message : error);
    void shutdown(1);
  });
}
