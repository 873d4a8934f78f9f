// Brings a database up to date for the app: applies migrations, then seeds demo data (the seed
// itself does nothing when the database already has organisations). Both run as child
// processes: the migration engine needs `--experimental-wasm-modules`.
import { existsSync } from "node:fs";
import path from "node:path";
import { run } from "./processes";
import { ROOT } from "./postgres";

const MIGRATE = path.join(ROOT, "scripts", "migrate.ts");
const SEED = path.join(ROOT, "scripts", "seed.ts");

/** Whether scripts/seed.ts exists yet (the demo login works only when it does). */
export const hasSeed = () => existsSync(SEED);

async function node(args: string[], url: string, what: string): Promise<void> {
  const code = await run(process.execPath, ["--import", "tsx", ...args, "--url", url], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
  });
  if (code !== 0) throw new Error(`${what} failed (exit code ${code})`);
}

export async function migrate(url: string): Promise<void> {
  await node(["--experimental-wasm-modules", "--no-warnings=ExperimentalWarning", MIGRATE, "--quiet"], url, "Migrations");
}

export async function seed(url: string): Promise<void> {
  if (!hasSeed()) {
    console.warn("scripts/seed.ts does not exist yet: the database is not seeded.");
    return;
  }
  await node([SEED], url, "Seeding");
}

export async function prepareDatabase(url: string, options: { seed?: boolean } = {}): Promise<void> {
  await migrate(url);
  if (options.seed ?? true) await seed(url);
}
