// Sessions hold: sign-out and "sign out everywhere" end them at the next request, a copied cookie
// is worth nothing after, and nothing but the app's own requests keeps a session alive.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { withDatabase } from "./db";

// An account no other journey uses: signing out everywhere must not disturb them.
const EMAIL = "leder@husbanken.test";

async function signInAs(page: Page, email = EMAIL): Promise<void> {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill("dugnad-demo-2020");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/logg-inn"));
}

const sessionCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));

test.describe.configure({ mode: "serial" });

test("'Logg ut overalt' ends the session in the other browser at its next request", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInAs(first);
  await signInAs(second);
  await second.goto("/tall");
  await expect(second.getByRole("heading", { level: 1 })).toBeVisible();

  await first.goto("/profil");
  await expect(first.getByRole("heading", { name: "Min profil" })).toBeVisible();
  // The header row and at least the two sign-ins.
  expect(await first.getByRole("table", { name: "Aktive innlogginger" }).getByRole("row").count()).toBeGreaterThanOrEqual(3);
  await expectNoAxeViolations(first);
  await first.getByRole("button", { name: "Logg ut overalt" }).click();
  await first.waitForURL(/\/logg-inn/);

  await second.goto("/tall");
  await expect(second).toHaveURL(/\/logg-inn/);
  await first.context().close();
  await second.context().close();
});

test("a session cookie copied before sign-out is worth nothing after it", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page);
  const cookie = await sessionCookie(context);
  expect(cookie).toBeDefined();
  await page.getByRole("button", { name: "Logg ut" }).click();
  await page.waitForURL(/\/logg-inn/);

  const thief = await browser.newContext();
  await thief.addCookies([cookie!]);
  const stolen = await thief.newPage();
  await stolen.goto("/tall");
  await expect(stolen).toHaveURL(/\/logg-inn/);
  // Auth.js's own endpoint does not bring it back either.
  const res = await stolen.request.get("/api/auth/session");
  expect(await res.json()).toBeNull();
  await stolen.goto("/tall");
  await expect(stolen).toHaveURL(/\/logg-inn/);
  await context.close();
  await thief.close();
});

test("GET /api/auth/session does not keep a session alive; 30 minutes without a page ends it", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page);
  const { id } = await withDatabase(async (db) =>
    (await db.query<{ id: string }>(`select s.id from "UserSession" s join "User" u on u.id = s."userId" where u.email = $1 and s."endedAt" is null order by s."createdAt" desc limit 1`, [EMAIL])).rows[0]!,
  );
  // 29 minutes pass without the user doing anything (no page open, so no prefetch either) but a
  // script polling the session endpoint.
  await page.goto("about:blank");
  await withDatabase((db) => db.query(`update "UserSession" set "lastSeenAt" = now() - interval '29 minutes' where id = $1`, [id]));
  for (let i = 0; i < 3; i++) expect((await page.request.get("/api/auth/session")).ok()).toBe(true);
  const seen = await withDatabase(async (db) => (await db.query<{ idle: number }>(`select extract(epoch from now() - "lastSeenAt")::int as idle from "UserSession" where id = $1`, [id])).rows[0]!.idle);
  expect(seen).toBeGreaterThanOrEqual(29 * 60 - 5);
  // Two more minutes: the session is over.
  await withDatabase((db) => db.query(`update "UserSession" set "lastSeenAt" = now() - interval '31 minutes' where id = $1`, [id]));
  await page.goto("/tall");
  await expect(page).toHaveURL(/\/logg-inn/);
  await context.close();
});

test("a session ends 12 hours after sign-in, however active", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page);
  await withDatabase((db) =>
    db.query(`update "UserSession" s set "createdAt" = now() - interval '12 hours 1 minute' from "User" u where u.id = s."userId" and u.email = $1 and s."endedAt" is null`, [EMAIL]),
  );
  await page.goto("/tall");
  await expect(page).toHaveURL(/\/logg-inn/);
  await context.close();
});
