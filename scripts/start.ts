// npm start / npm run dev — runs the whole app on this machine:
//   1. PostgreSQL: DATABASE_URL's server, or an embedded one under .data/pg (database "dugnad");
//   2. migrations, then — in demo mode only — demo data when the database is empty. Demo mode is the
//      embedded default; with DATABASE_URL set or NODE_ENV=production it is off unless
//      DUGNAD_DEMO=1 asks for it (DUGNAD_DEMO=0 turns it off on the embedded database too);
//   3. AUTH_SECRET from the environment, or generated once into .data/auth-secret;
//   4. the production server (scripts/serve.ts) on $PORT (default 3000), building first when the
//      build is missing or stale, or with --dev `next dev`.
// Ctrl-C / SIGTERM stops Next, then the database.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { APP_DATABASE, APP_PG_PORT } from "./lib/app-config";
import { appServerCommand } from "./lib/app-server";
import { buildIfStale, NEXT_BIN } from "./lib/next-build";
import { createDatabase, ROOT, startPostgres, type RunningPostgres } from "./lib/postgres";
import { startMailCatcher, type MailCatcher } from "./lib/mail-catcher";
import { hasSeed, prepareDatabase } from "./lib/prepare-database";
import { exited, onShutdownSignal, relaunchInOwnGroup, runningChildren, spawnGroup, stopGroup } from "./lib/processes";

const { values } = parseArgs({ options: { dev: { type: "boolean", default: false } } });
const port = Number(process.env.PORT ?? 3000);
const production = !!process.env.DATABASE_URL || process.env.NODE_ENV === "production";
const demo = process.env.DUGNAD_DEMO === "1" || (process.env.DUGNAD_DEMO !== "0" && !production);

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  // In production every instance must sign sessions with the same secret, kept where the operator keeps secrets.
  if (production) throw new Error("Set AUTH_SECRET (at least 32 random characters, e.g. `openssl rand -base64 33`): production mode does not make one up.");
  const file = path.join(ROOT, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

let database: RunningPostgres | undefined;
let next: ReturnType<typeof spawnGroup> | undefined;
let catcher: MailCatcher | undefined;
let stopping = false;

/** Stops Next (and a build or seed in progress), then the database, then exits. */
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of runningChildren()) await stopGroup(child);
  // The server finishes requests and jobs in flight first (up to 25 s, scripts/serve.ts).
  if (next) await stopGroup(next, 30_000);
  await catcher?.close().catch(() => {});
  await database?.stop().catch(() => {});
  process.exit(code);
}

async function main(): Promise<void> {
  onShutdownSignal(() => {
    console.log("\nStopping…");
    void shutdown(0);
  });

  database = await startPostgres("pg", APP_PG_PORT);
  let url = process.env.DATABASE_URL;
  if (!url) {
    await createDatabase(database.adminUrl, APP_DATABASE);
    url = database.urlFor(APP_DATABASE);
  }
  await prepareDatabase(url, { seed: demo });
  // E-mail: SMTP_URL's server, or in demo mode the local mail catcher (shown on /demo/epost).
  let smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl && demo) {
    catcher = await startMailCatcher(url, Number(process.env.MAIL_CATCHER_PORT ?? 0));
    smtpUrl = catcher.url;
  }

  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    PORT: String(port),
    DUGNAD_DEMO: demo ? "1" : "0",
    ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}),
  };
  if (!values.dev) await buildIfStale(env);
  if (stopping) return;

  if (values.dev) next = spawnGroup(process.execPath, [NEXT_BIN, "dev", "-p", String(port)], { cwd: ROOT, env });
  else {
    const server = appServerCommand();
    next = spawnGroup(server.command, server.args, { cwd: ROOT, env });
  }
  console.log(`\nDugnad: http://localhost:${port}${values.dev ? " (development)" : ""}`);
  if (demo && hasSeed()) {
    console.log("Demo mode. Demo logins, password dugnad-demo-2020: radgiver@kmd.test (adviser), leder@kmd.test,");
    console.log("  hr@husbanken.test, hr@dss.test, revisor@riksrevisjonen.test, admin@kmd.test (administrator)");
    if (catcher) console.log(`E-mail is caught (${catcher.url}) and shown at http://localhost:${port}/demo/epost`);
  } else if (!demo) {
    console.log("Production mode: no demo data. The first administrator: npm run admin -- invite --help");
    if (!smtpUrl) console.log("SMTP_URL is not set: e-mail waits in the outbox until it is (the administrator sees it under E-post).");
  }
  console.log("Stop with Ctrl-C.\n");
  const code = await exited(next);
  if (!stopping) {
    console.error(`Next exited (code ${code}).`);
    await shutdown(code === 0 ? 1 : code);
  }
}

if (!relaunchInOwnGroup()) {
  main().catch((error) => {
    if (!stopping) console.error(error instanceof Error ? error.message : error);
    void shutdown(1);
  });
}
