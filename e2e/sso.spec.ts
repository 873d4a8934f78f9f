// Single sign-on against a real OpenID provider (scripts/test-oidc-provider.ts): only accounts the
// ministry has created get in, linked at the first sign-in and matched by the provider's subject
// after; everyone else gets a Norwegian page and nothing is stored; a token meant for another
// client, an expired one or one not signed by the provider is refused.
import { expect, expectNoAxeViolations, test } from "./fixtures";
import {
  closeDb,
  count,
  expectSignedIn,
  expectSignedOut,
  invitationSecret,
  invite,
  ISSUER,
  providerAccount,
  signInWithSso,
  SSO_BUTTON,
  unique,
  userByEmail,
} from "./sso-support";

test.describe.configure({ mode: "serial" });
test.afterAll(closeDb);

// One invited person, signing in twice.
const kari = { login: unique("kari"), email: `${unique("kari.nordmann")}@kmd.test` };

test("the login page offers single sign-on next to the password form", async ({ page }) => {
  await page.goto("/logg-inn");
  await expect(page.getByRole("button", { name: SSO_BUTTON })).toBeVisible();
  await expect(page.getByLabel("E-post")).toBeVisible();
  await expect(page.getByLabel("Passord")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an invited person's first sign-in matches the verified e-mail and links the account", async ({ page }) => {
  const userId = await invite(kari.email);
  // The provider spells the address differently: matched without regard to case.
  await providerAccount(kari.login, { email: kari.email.toUpperCase(), email_verified: true, name: "Kari Nordmann" });

  await signInWithSso(page, kari.login, "/logg-inn?callbackUrl=%2Ftall");
  await expect(page).toHaveURL(/\/tall/);
  await expectSignedIn(page);

  const stored = await userByEmail(kari.email);
  expect(stored).toMatchObject({ id: userId, oidcIssuer: ISSUER, oidcSubject: kari.login });
  expect(stored?.lastSignInAt).not.toBeNull();
  expect(await count(`select 1 from "UserSession" where "userId" = $1 and method = 'OIDC' and "endedAt" is null`, [userId])).toBe(1);
  expect(await count(`select 1 from "AuditEvent" where entity = 'User' and "entityId" = $1 and action = 'linkSso' and "actorId" = $1`, [userId])).toBe(1);
});

test("a later sign-in is matched by the subject, though the provider now gives another e-mail", async ({ page }) => {
  await providerAccount(kari.login, { email: "kari.privat@example.com", email_verified: true, name: "Kari Nordmann" });
  await signInWithSso(page, kari.login);
  await expectSignedIn(page);

  const stored = await userByEmail(kari.email);
  expect(stored).toMatchObject({ email: kari.email, oidcSubject: kari.login });
  expect(await userByEmail("kari.privat@example.com")).toBeNull();
  expect(await count(`select 1 from "UserSession" where "userId" = $1 and method = 'OIDC'`, [stored!.id])).toBe(2);
  // Linked once only.
  expect(await count(`select 1 from "AuditEvent" where "entityId" = $1 and action = 'linkSso'`, [stored!.id])).toBe(1);
});

test("someone not invited gets a Norwegian page saying whom to ask, and nothing is created", async ({ page }) => {
  const stranger = { login: unique("ola"), email: `${unique("ola")}@example.org` };
  await providerAccount(stranger.login, { email: stranger.email, email_verified: true, name: "Ola Uinvitert" });

  await signInWithSso(page, stranger.login);
  await expect(page).toHaveURL(/\/logg-inn\/ingen-tilgang\?grunn=ikke-invitert/);
  await expect(page.getByRole("heading", { level: 1, name: "Du har ikke tilgang til Dugnad" })).toBeVisible();
  await expect(page.getByText("Ta kontakt med administratoren for Dugnad i departementet ditt")).toBeVisible();
  await expectNoAxeViolations(page);

  expect(await userByEmail(stranger.email)).toBeNull();
  expect(await count(`select 1 from "User" where "oidcSubject" = $1`, [stranger.login])).toBe(0);
  await expectSignedOut(page);
});

test("an address the provider does not vouch for is not matched", async ({ page }) => {
  const person = { login: unique("per"), email: `${unique("per")}@kmd.test` };
  await invite(person.email);
  await providerAccount(person.login, { email: person.email, email_verified: false });

  await signInWithSso(page, person.login);
  await expect(page.getByRole("heading", { level: 1, name: "Dugnad fant ikke kontoen din" })).toBeVisible();
  expect((await userByEmail(person.email))?.oidcSubject).toBeNull();
  await expectSignedOut(page);
});

test("a deactivated account is refused", async ({ page }) => {
  const person = { login: unique("liv"), email: `${unique("liv")}@kmd.test` };
  await invite(person.email, { deactivated: true });
  await providerAccount(person.login, { email: person.email, email_verified: true });

  await signInWithSso(page, person.login);
  await expect(page.getByRole("heading", { level: 1, name: "Kontoen din er deaktivert" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await userByEmail(person.email))?.oidcSubject).toBeNull();
  await expectSignedOut(page);
});

test("an e-mail that belongs to an account linked to another identity is refused", async ({ page }) => {
  const impostor = unique("kari-igjen");
  await providerAccount(impostor, { email: kari.email, email_verified: true });

  await signInWithSso(page, impostor);
  await expect(page.getByRole("heading", { level: 1, name: "Kontoen er koblet til en annen innlogging" })).toBeVisible();
  expect((await userByEmail(kari.email))?.oidcSubject).toBe(kari.login);
  await expectSignedOut(page);
});

test("without an e-mail claim (as Ansattporten), the invitation link links the account, once", async ({ page, browser, baseURL }) => {
  const person = { login: unique("pid-person"), email: `${unique("siri")}@kmd.test` };
  const userId = await invite(person.email);
  await providerAccount(person.login, { name: "Siri Uten E-post" });

  // Straight to the login page: the provider gives no address, so the account cannot be found.
  await signInWithSso(page, person.login);
  await expect(page.getByRole("heading", { level: 1, name: "Dugnad fant ikke kontoen din" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Through the invitation link (another browser: the provider would remember the first sign-in).
  const secret = await invitationSecret(userId);
  const invited = await (await browser.newContext({ baseURL, locale: "nb-NO" })).newPage();
  await invited.goto(`/logg-inn?invitasjon=${secret}`);
  await expect(invited.getByText(`Du er invitert til Dugnad som ${person.email}.`)).toBeVisible();
  await expectNoAxeViolations(invited);
  await signInWithSso(invited, person.login, `/logg-inn?invitasjon=${secret}`);
  await expectSignedIn(invited);
  await invited.context().close();
  expect((await userByEmail(person.email))?.oidcSubject).toBe(person.login);
  expect(await count(`select 1 from "OneTimeToken" where "userId" = $1 and "usedAt" is not null`, [userId])).toBe(1);

  // The same link does not let someone else in.
  const other = await (await browser.newContext({ baseURL, locale: "nb-NO" })).newPage();
  const otherLogin = unique("fremmed");
  await providerAccount(otherLogin, { name: "Fremmed" });
  await other.goto(`/logg-inn?invitasjon=${secret}`);
  await expect(other.getByText("Invitasjonslenken virker ikke lenger")).toBeVisible();
  await expectNoAxeViolations(other);
  await signInWithSso(other, otherLogin, `/logg-inn?invitasjon=${secret}`);
  await expect(other.getByRole("heading", { level: 1, name: "Dugnad fant ikke kontoen din" })).toBeVisible();
  expect(await count(`select 1 from "User" where "oidcSubject" = $1`, [otherLogin])).toBe(0);
  await other.context().close();
});

for (const [tamper, heading] of [
  ["aud", "Innloggingen kunne ikke fullføres"],
  ["expired", "Innloggingen kunne ikke fullføres"],
  ["foreign-key", "Innloggingen ble avvist"],
] as const) {
  test(`an ID token ${tamper === "aud" ? "issued to another client" : tamper === "expired" ? "that has expired" : "not signed by the provider"} is refused`, async ({ page }) => {
    const person = { login: unique(`tamper-${tamper}`), email: `${unique(`tamper-${tamper}`)}@kmd.test` };
    const userId = await invite(person.email);
    await providerAccount(person.login, { email: person.email, email_verified: true }, tamper);

    await signInWithSso(page, person.login);
    await expect(page).toHaveURL(/\/logg-inn\/feil\?error=/);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);

    expect((await userByEmail(person.email))?.oidcSubject).toBeNull();
    expect(await count(`select 1 from "UserSession" where "userId" = $1`, [userId])).toBe(0);
    await expectSignedOut(page);
  });
}

test("Auth.js's own error page is Norwegian", async ({ page }) => {
  await page.goto("/api/auth/error?error=Configuration");
  await expect(page).toHaveURL(/\/logg-inn\/feil/);
  await expect(page.getByRole("heading", { level: 1, name: "Innloggingen kunne ikke fullføres" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tilbake til innloggingen" })).toBeVisible();
  await expectNoAxeViolations(page);
});
