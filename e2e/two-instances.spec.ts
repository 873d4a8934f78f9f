// Two instances (issue 15): two app instances (the production build, each with its in-process job
// worker) on one database of their own, seeded with the demo data, behind a round-robin proxy
// (e2e/app-instances.ts), with a real SMTP server catching the e-mail. What a user would check:
// a session made through one instance is valid on the other (and ends on both), a change made on
// one shows on the other at the next request, no e-mail goes out twice, and the sign-in throttle
// and the API's rate limit count what was tried on both.
import type { Page } from "@playwright/test";
import pg from "pg";
import PgBoss from "pg-boss";
import { makeApiToken } from "./api-token";
import { startInstance, startProxy, type AppInstance, type Proxy } from "./app-instances";
import { ACCOUNTS, DEMO_PASSWORD, expect, expectNoAxeViolations, test, type Role } from "./fixtures";
import { createRoundInForm } from "./ids";
import { startMailCatcher, type MailCatcher } from "../scripts/lib/mail-catcher";
import { migrate, seed } from "../scripts/lib/prepare-database";
import { createTestDatabase, type TestDatabase } from "../scripts/lib/test-postgres";

test.describe.configure({ mode: "serial" });

// Next to the e2e server's port (E2E_PORT, 3100 by default): the two instances and the proxy.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORTS = { a: BASE_PORT + 1, b: BASE_PORT + 2, proxy: BASE_PORT + 3 };
const AUTH_SECRET = "two-instances-secret-that-is-long-enough-0123456789";
const API_LIMIT = 6;

let database: TestDatabase | undefined;
let pool: pg.Pool | undefined;
let catcher: MailCatcher | undefined;
let a: AppInstance | undefined;
let b: AppInstance | undefined;
let proxy: Proxy | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const started = performance.now();
  database = await createTestDatabase("e2e");
  await migrate(database.url);
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  catcher = await startMailCatcher(database.url);
  const env = {
    DATABASE_URL: database.url,
    AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
    DUGNAD_DEMO: "1",
    DUGNAD_WORKER: "1",
    // One proxy in front (ours; the throttle test plays that proxy itself when it goes to an
    // instance directly), and short sign-in delays.
    TRUST_PROXY: "1",
    LOGIN_MAX_DELAY_SECONDS: "2",
    // A small API limit, so that the test reaches it in a few calls.
    API_RATE_LIMIT_PER_MINUTE: String(API_LIMIT),
    SMTP_URL: catcher.url,
    APP_URL: `http://localhost:${PORTS.proxy}`,
  };
  // The demo data goes in while the instances start (they read nothing of it before a request).
  [a, b] = await Promise.all([startInstance("A", PORTS.a, env), startInstance("B", PORTS.b, env), seed(database.url)]);
  proxy = await startProxy(PORTS.proxy, [a, b]);
  console.log(`Two instances and the proxy ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
});

test.afterAll(async () => {
  await proxy?.close();
  await Promise.all([a?.stop(), b?.stop()]);
  await catcher?.close().catch(() => {});
  await pool?.end();
  await database?.dispose();
});

const instanceA = () => a!;
const instanceB = () => b!;

async function signInAt(page: Page, origin: string, role: Role): Promise<void> {
  await page.goto(`${origin}/logg-inn`);
  await page.getByLabel("E-post").fill(ACCOUNTS[role]);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL((url) => url.pathname === "/", { timeout: 15_000 });
}

test("a session made through the proxy is valid on each instance, and signing out on one ends it on both", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The login page and the sign-in's server action go to different instances (round robin).
  await signInAt(page, proxy!.url, "leader");
  expect(proxy!.served.A).toBeGreaterThan(0);
  expect(proxy!.served.B).toBeGreaterThan(0);
  // The same cookie (cookies do not depend on the port) on each instance directly.
  for (const instance of [instanceA(), instanceB()]) {
    const response = await page.goto(`${instance.url}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Hjem" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  // Signed out on A: B no longer takes the cookie either.
  await page.goto(`${instanceA().url}/`);
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/logg-inn/);
  await page.goto(`${instanceB().url}/dashbord`);
  await expect(page).toHaveURL(/\/logg-inn/);
  await context.close();
});

test("HR's figures saved on A show on B's dashboard at the next request", async ({ browser }) => {
  const leader = await (await browser.newContext()).newPage();
  await signInAt(leader, instanceB().url, "leader");
  // B renders the dashboard first, so its data cache holds the figures from before.
  await leader.goto(`${instanceB().url}/dashbord?aar=2021&sok=Statsforvalterens`);
  const staf = leader.getByRole("table", { name: /per virksomhet/ }).getByRole("row").filter({ hasText: "Statsforvalterens fellestjenester" });
  await expect(staf.getByRole("cell").first()).toHaveText("2,3 %");

  const hr = await (await browser.newContext()).newPage();
  await signInAt(hr, instanceA().url, "stafHr");
  await hr.goto(`${instanceA().url}/tall?aar=2021`);
  await hr.getByRole("textbox", { name: "Av disse: i målgruppen" }).first().fill("3");
  await hr.getByLabel("Hvorfor endres tallene?").fill("To tilsettinger i målgruppen var ikke registrert.");
  await hr.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(hr.getByText("Tallene for 2021 er lagret.")).toBeVisible();
  await hr.context().close();

  await leader.reload();
  await expect(staf.getByRole("cell").first()).toHaveText("7,0 %");
  await leader.context().close();
});

/** YYYY-MM-DD, `days` from today in Norway. */
function dayInNorway(days: number): string {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Oslo" });
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function caughtMail(): Promise<{ to: string; subject: string }[]> {
  const { rows } = await pool!.query<{ to: string; subject: string }>(`select "to", subject from "CaughtMail"`);
  return rows;
}

/** Jobs not yet done on the e-mail and reminder queues. */
async function jobsLeft(): Promise<number> {
  const { rows } = await pool!.query<{ n: number }>(
    `select count(*)::int as n from pgboss.job where name in ('email-send', 'reminders') and state in ('created', 'retry', 'active')`,
  );
  return rows[0]!.n;
}

test("a round's letters and the day's reminders, with both workers running, e-mail each person once", async ({ browser }) => {
  test.setTimeout(180_000);
  const agencies = [
    { name: "Statsbygg", short: "Statsbygg", hr: ACCOUNTS.statsbyggHr },
    { name: "Valgdirektoratet", short: "Valgdirektoratet", hr: ACCOUNTS.valgHr },
    { name: "Datatilsynet", short: "Datatilsynet", hr: ACCOUNTS.datatilsynetHr },
    { name: "Husleietvistutvalget", short: "HTU", hr: ACCOUNTS.htuHr },
  ];
  const adviser = await (await browser.newContext()).newPage();
  await signInAt(adviser, proxy!.url, "adviser");
  await adviser.goto(`${proxy!.url}/runder/ny`);
  const title = "Handlingsplan for to instanser";
  // The deadline in ten days: the reminder 14 days before it is due today.
  await createRoundInForm(adviser, { title, caseNumber: "26/915", agencies: agencies.map((a) => a.name), deadline: dayInNorway(10) });
  await expect(adviser.getByRole("heading", { name: new RegExp(title) })).toBeVisible();
  for (const [i, agency] of agencies.entries()) {
    await adviser.getByRole("link", { name: `Rediger brevet til ${agency.short}` }).click();
    await adviser.getByLabel("Brevnummer").fill(`Tillegg nr. ${i + 1}`);
    await adviser.getByRole("button", { name: "Lagre brevet" }).click();
    await expect(adviser.getByText("Brevet er lagret.")).toBeVisible();
    await adviser.getByRole("link", { name: /← Tilbake/ }).click();
    await expect(adviser.getByRole("heading", { name: new RegExp(title) })).toBeVisible();
  }
  adviser.on("dialog", (dialog) => void dialog.accept());
  await adviser.getByRole("button", { name: "Send 4 brev" }).click();
  await expect(adviser.getByText("Brevene er sendt. Virksomhetene ser dem nå i innboksen sin.")).toBeVisible();
  await adviser.context().close();

  // The day's reminders, put on the queue several times at once (as a schedule firing on each
  // instance would): both workers take runs, concurrently.
  const boss = new PgBoss({ connectionString: database!.url, supervise: false, schedule: false, migrate: false, max: 2 } as PgBoss.ConstructorOptions);
  boss.on("error", () => {});
  await boss.start();
  try {
    await Promise.all(Array.from({ length: 4 }, () => boss.send("reminders", {})));
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }

  const letter = new RegExp(`^Nytt brev fra departementet: .*${title}`);
  const reminder = /^Handlingsplanen skal sendes innen .* – om 10 dager$/;
  const hr = agencies.map((a) => a.hr);
  await expect(async () => {
    const mail = await caughtMail();
    for (const to of hr) {
      expect(mail.filter((m) => m.to === to && letter.test(m.subject)), `the letter to ${to}`).toHaveLength(1);
      expect(mail.filter((m) => m.to === to && reminder.test(m.subject)), `the reminder to ${to}`).toHaveLength(1);
    }
    expect(await jobsLeft()).toBe(0);
  }).toPass({ timeout: 120_000, intervals: [1_000] });

  // Each run of the day's reminders went through at its first try, whichever instance took it.
  const { rows: runs } = await pool!.query<{ state: string; retry_count: number }>(`select state, retry_count from pgboss.job where name = 'reminders'`);
  expect(runs.length).toBeGreaterThanOrEqual(4);
  expect(runs.filter((r) => r.state !== "completed" || r.retry_count > 0)).toEqual([]);

  // Everything settled: still each message once, to whoever got one.
  const mail = await caughtMail();
  const counts = new Map<string, number>();
  for (const m of mail) {
    const key = `${m.to} | ${m.subject}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
  for (const to of hr) expect(mail.filter((m) => m.to === to && (letter.test(m.subject) || reminder.test(m.subject)))).toHaveLength(2);
});

test("failed sign-ins alternating between A and B are throttled as one", async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  // Per account: from the fifth failure on, the login form says the next attempt is held back,
  // though each instance has seen only two or three of them.
  const page = await (await browser.newContext()).newPage();
  const target = "gjetter.to.instanser@kmd.test";
  const messages: string[] = [];
  for (let i = 0; i < 6; i++) {
    const instance = i % 2 === 0 ? instanceA() : instanceB();
    await page.goto(`${instance.url}/logg-inn`);
    await page.getByLabel("E-post").fill(target);
    await page.getByLabel("Passord").fill(`feil-${i}`);
    await page.getByRole("button", { name: "Logg inn" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /passord/i });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    messages.push((await alert.innerText()).trim());
  }
  expect(messages[0]).not.toMatch(/sekund/);
  expect(messages[3]).not.toMatch(/sekund/);
  expect(messages[4]).toMatch(/1 sekund/);
  expect(messages[5]).toMatch(/2 sekund/);
  await page.context().close();

  // Per client address: 30 failures (on accounts of their own, none delayed), alternating, fill
  // its bucket; the next attempt is refused on either instance. The test plays the proxy here,
  // naming the client's address in X-Forwarded-For.
  const headers = { "X-Forwarded-For": "203.0.113.77" };
  const contexts = await Promise.all([instanceA(), instanceB()].map((i) => playwright.request.newContext({ baseURL: i.url })));
  try {
    const tokens = await Promise.all(contexts.map(async (c) => ((await (await c.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken));
    const attempt = (i: number, email: string) =>
      contexts[i % 2]!.post("/api/auth/callback/credentials", {
        form: { csrfToken: tokens[i % 2]!, email, password: `feil-${i}`, callbackUrl: "/" },
        headers,
        maxRedirects: 0,
      });
    // At once: each is counted from the moment it starts, wherever it goes.
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(i, `adresse-${Math.floor(i / 5)}@kmd.test`)));
    for (const [i, answer] of answers.entries()) expect(answer.headers()["location"], `attempt ${i + 1}`).toContain("code=wrong");
    for (const i of [30, 31]) {
      const answer = await attempt(i, "adresse-ny@kmd.test");
      expect(answer.headers()["location"], `attempt ${i + 1} on ${i % 2 === 0 ? "A" : "B"}`).toContain("code=wait");
    }
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
});

test("an API token's calls alternating between A and B are limited as one", async ({ browser, playwright }) => {
  // HR makes a token through the proxy; an HR system then calls with it on A and B in turn. Each
  // instance has seen only half of the calls when the limit is reached, and both refuse the next.
  const context = await browser.newContext({ baseURL: proxy!.url });
  const page = await context.newPage();
  await signInAt(page, proxy!.url, "husbankenHr");
  const token = await makeApiToken(page, "HR-systemet på to instanser", [/Lese virksomhetens tall/]);
  await context.close();

  const clients = await Promise.all(
    [instanceA(), instanceB()].map((i) => playwright.request.newContext({ baseURL: i.url, extraHTTPHeaders: { Authorization: `Bearer ${token}` } })),
  );
  try {
    for (let i = 0; i < API_LIMIT; i++) {
      const answer = await clients[i % 2]!.get("/api/v1/token");
      expect(answer.status(), `call ${i + 1} on ${i % 2 === 0 ? "A" : "B"}`).toBe(200);
      expect(answer.headers()["ratelimit-remaining"], `call ${i + 1}`).toBe(String(API_LIMIT - 1 - i));
    }
    for (const [n, client] of clients.entries()) {
      const refused = await client.get("/api/v1/token");
      expect(refused.status(), `the call past the limit on ${n === 0 ? "A" : "B"}`).toBe(429);
      expect(refused.headers()["content-type"]).toBe("application/problem+json");
      expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
      expect(((await refused.json()) as { detail: string }).detail).toContain(`At most ${API_LIMIT} calls a minute`);
    }
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
  }
});
