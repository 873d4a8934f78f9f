// Helpers for the single sign-on journeys: the tests' OpenID provider (scripts/test-oidc-provider.ts),
// the e2e server's database (to create invited accounts and to check what was, or was not, stored),
// and signing in through the provider's login form.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { expect, type Page } from "@playwright/test";
import { readE2eEnv } from "../scripts/lib/e2e-env";
import { TEST_OIDC } from "../scripts/lib/test-oidc";

export const ISSUER = TEST_OIDC.issuer();
export const SSO_BUTTON = TEST_OIDC.name;

/** A tag that keeps this run's logins and addresses apart from a previous run's. */
export const unique = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

/** Tells the provider who `login` is, and whether to tamper with the ID token it gets. */
export async function providerAccount(
  login: string,
  claims: Record<string, unknown>,
  tamper: "aud" | "expired" | "foreign-key" | null = null,
): Promise<void> {
  const response = await fetch(`${ISSUER}/__test/accounts/${encodeURIComponent(login)}`, {
    method: "PUT",
    body: JSON.stringify({ claims, tamper }),
  });
  expect(response.status).toBe(204);
}

let pool: pg.Pool | null = null;
export function db(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: readE2eEnv().DATABASE_URL, max: 2 });
  return pool;
}
export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = null;
}

/** An account the ministry has created (an adviser in KMD), as an administrator's invitation would. */
export async function invite(email: string, options: { deactivated?: boolean } = {}): Promise<string> {
  const id = `sso-${randomUUID()}`;
  await db().query(
    `insert into "User" (id, email, name, role, "organisationId", "deactivatedAt")
     select $1, $2, 'Invitert Person', 'ADVISER', "organisationId", $3 from "User" where email = 'radgiver@kmd.test'`,
    [id, email, options.deactivated ? new Date() : null],
  );
  return id;
}

/** A one-time invitation link's secret for the user (stored as lib/data/one-time-tokens.ts does). */
export async function invitationSecret(userId: string): Promise<string> {
  const secret = randomBytes(32).toString("base64url");
  const hash = createHash("sha256").update(secret).digest("base64url");
  await db().query(
    `insert into "OneTimeToken" (id, "userId", purpose, "tokenHash", "expiresAt") values ($1, $2, 'SET_PASSWORD', $3, now() + interval '72 hours')`,
    [randomUUID(), userId, hash],
  );
  return secret;
}

export interface StoredUser {
  id: string;
  email: string;
  oidcIssuer: string | null;
  oidcSubject: string | null;
  lastSignInAt: Date | null;
}

export async function userByEmail(email: string): Promise<StoredUser | null> {
  const { rows } = await db().query<StoredUser>(
    `select id, email, "oidcIssuer", "oidcSubject", "lastSignInAt" from "User" where lower(email) = lower($1)`,
    [email],
  );
  return rows[0] ?? null;
}

export async function count(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await db().query<{ n: string }>(`select count(*) as n from (${sql}) as q`, params);
  return Number(rows[0]!.n);
}

/** From the login page through the provider's login form; the page is wherever the app then sends it. */
export async function signInWithSso(page: Page, login: string, loginPath = "/logg-inn"): Promise<void> {
  await page.goto(loginPath);
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  await page.waitForURL((url) => url.origin === ISSUER);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.waitForURL((url) => url.origin !== ISSUER, { timeout: 15_000 });
}

/** Signed in: the app's pages show the sign-out button. */
export async function expectSignedIn(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
}

/** Not signed in: a page of the app sends the browser to the login page. */
export async function expectSignedOut(page: Page): Promise<void> {
  await page.goto("/dashbord");
  await expect(page).toHaveURL(/\/logg-inn/);
}
