// Production mode: `npm start` with DATABASE_URL set creates no demo data, and the app refuses to
// start on a database where any account has the demo password. The launcher itself is run, on
// the e2e server's PostgreSQL, on a port of its own; the production build is the e2e server's.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import pg from "pg";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { readE2eEnv } from "../scripts/lib/e2e-env";

test.describe.configure({ mode: "serial" });
test.slow();

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** `npm start` as an operator runs it: the launcher, with its output collected. */
function launch(env: Record<string, string>): { child: ChildProcess; output: () => string; exit: Promise<number> } {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exit = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
  return { child, output: () => output, exit };
}

async function stop(child: ChildProcess, exit: Promise<number>): Promise<void> {
  if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
  await exit;
}

test("npm start with DATABASE_URL creates no demo data: the first administrator comes from the command line", async ({ page }) => {
  const e2e = readE2eEnv();
  const name = `dugnad_prod_${Date.now()}`;
  await query(withDatabase(e2e.DATABASE_URL, "postgres"), `create database "${name}"`);
  const url = withDatabase(e2e.DATABASE_URL, name);
  const port = await freePort();
  const app = launch({ DATABASE_URL: url, NODE_ENV: "production", AUTH_SECRET: e2e.AUTH_SECRET, PORT: String(port) });
  try {
    await expect(async () => {
      const res = await page.request.get(`http://localhost:${port}/api/health`);
      expect(res.ok()).toBe(true);
    }).toPass({ timeout: 120_000 });
    expect(app.output()).toContain("Production mode: no demo data");
    // Migrated, and empty: no organisation, no account, so no demo password anywhere.
    expect(await query(url, `select count(*)::int as n from "User"`)).toEqual([{ n: 0 }]);
    expect(await query(url, `select count(*)::int as n from "Organisation"`)).toEqual([{ n: 0 }]);
    await page.goto(`http://localhost:${port}/logg-inn`);
    await expect(page.getByRole("heading", { name: "Logg inn i Dugnad" })).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await stop(app.child, app.exit);
    await query(withDatabase(e2e.DATABASE_URL, "postgres"), `drop database if exists "${name}" with (force)`);
  }
});

test("the app refuses to start in production while any account has the demo password", async () => {
  const e2e = readE2eEnv();
  const port = await freePort();
  // The e2e server's own database holds the demo accounts.
  const app = launch({ DATABASE_URL: e2e.DATABASE_URL, AUTH_SECRET: e2e.AUTH_SECRET, PORT: String(port) });
  const code = await Promise.race([app.exit, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 150_000))]);
  if (code === -1) await stop(app.child, app.exit);
  expect(code).not.toBe(0);
  expect(code).not.toBe(-1);
  expect(app.output()).toMatch(/Dugnad will not start: \d+ account\(s\) have the demo password; `npm run admin -- demo-passwords` lists them/);
  // The log names no one.
  expect(app.output()).not.toMatch(/@[a-z0-9.-]+\.(test|no)\b/);
});

test("production mode does not make up a session secret", async () => {
  const e2e = readE2eEnv();
  const app = launch({ DATABASE_URL: e2e.DATABASE_URL, AUTH_SECRET: "", PORT: String(await freePort()) });
  expect(await app.exit).not.toBe(0);
  expect(app.output()).toContain("Set AUTH_SECRET");
});
