// Journey: KMD's administrator invites a user, deactivates and reactivates one (who is signed out
// at the next request), adds an agency, loads a file, and reads the audit log; the auditor reads
// the log too. Every administration page is checked with axe.
import type { Page } from "@playwright/test";
import { orgNumberCheckDigit } from "../lib/domain/org-number";
import { ACCOUNTS, DEMO_PASSWORD, expect, expectNoAxeViolations, test } from "./fixtures";

/** A valid organisation number no other run uses (a retry would find the last one taken). */
function freshOrgNumber(): string {
  for (;;) {
    const first = `9${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
    const check = orgNumberCheckDigit(first);
    if (check !== null) return `${first}${check}`;
  }
}

// Long journeys, each with several axe scans.
test.slow();

/** The same number with a wrong check digit. */
const wrongCheckDigit = (n: string) => `${n.slice(0, 8)}${(Number(n[8]) + 1) % 10}`;

async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
}

test("the administrator invites a user and gets the one-time link to pass on; the person sets their own password with it", async ({ page, loginAs, browser }) => {
  await loginAs("admin");
  await page.getByRole("link", { name: "Brukere", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/brukere$/);
  await expect(page.getByRole("heading", { level: 1, name: "Brukere" })).toBeVisible();
  // The sector's users, and nobody else's (the auditor is Riksrevisjonen's).
  const users = page.getByRole("table");
  await expect(users.getByRole("row").filter({ hasText: "hr@husbanken.test" })).toContainText("Husbanken");
  await expect(users.getByRole("row").filter({ hasText: ACCOUNTS.auditor })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Inviter bruker" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inviter bruker" })).toBeVisible();
  await page.getByRole("button", { name: "Inviter" }).click();
  await expect(page.getByText("Fyll inn feltet.").first()).toBeVisible();
  await expect(page.getByText("Velg en virksomhet fra listen.")).toBeVisible();
  await expect(page.getByLabel("E-post")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  const email = `Ny.Person.${Date.now()}@Husbanken.test`;
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Navn", { exact: true }).fill("Nora Ny");
  await page.getByLabel("Virksomhet").selectOption({ label: "Husbanken" });
  // Only the roles that fit an agency are offered.
  await expect(page.getByLabel("Rolle").getByRole("option")).toHaveText(["Velg rolle", "HR", "Leder"]);
  await page.getByLabel("Rolle").selectOption({ label: "HR" });
  await page.getByRole("button", { name: "Inviter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nora Ny er invitert" })).toBeVisible();
  const link = page.getByRole("textbox", { name: "Lenke" });
  await expect(link).toHaveValue(/^http:\/\/localhost:\d+\/passord\/[A-Za-z0-9_-]{40,}$/);
  const first = await link.inputValue();
  await expectNoAxeViolations(page);

  // In the list, as invited and not signed in yet; on the user's page, a new link replaces the first.
  await page.goto(`/admin/brukere?status=invitert&sok=${encodeURIComponent(email.toLowerCase())}`);
  const row = page.getByRole("row").filter({ hasText: email.toLowerCase() });
  await expect(row).toContainText("Invitert, ikke logget inn ennå");
  await expect(row).toContainText("Aldri");
  await row.getByRole("link", { name: "Nora Ny" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nora Ny" })).toBeVisible();
  await expect(page.getByText(/Gyldig til/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Lag ny invitasjonslenke" }).click();
  await expect(page.getByText("Lenker laget tidligere virker ikke lenger.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Lenke" })).toHaveValue(/\/passord\//);
  const second = await page.getByRole("textbox", { name: "Lenke" }).inputValue();
  expect(second).not.toBe(first);

  // The invited person opens the link in their own browser and sets their own password.
  const invited = await (await browser.newContext()).newPage();
  await invited.goto(first);
  await expect(invited.getByText(/Lenken kan ikke brukes lenger/)).toBeVisible();
  await invited.goto(second);
  await expect(invited.getByRole("heading", { level: 1, name: "Velg passord for Dugnad" })).toBeVisible();
  await expect(invited.getByText(`Lenken er til Nora Ny (${email.toLowerCase()})`)).toBeVisible();
  await expectNoAxeViolations(invited);
  await invited.getByLabel("Nytt passord").fill("kort");
  await invited.getByLabel("Skriv passordet en gang til").fill("kort");
  await invited.getByRole("button", { name: "Lagre passordet" }).click();
  await expect(invited.getByText(/Passordet må ha minst 12 tegn/)).toBeVisible();
  await expectNoAxeViolations(invited);
  const password = "fire lange ord som huskes";
  await invited.getByLabel("Nytt passord").fill(password);
  await invited.getByLabel("Skriv passordet en gang til").fill(password);
  await invited.getByRole("button", { name: "Lagre passordet" }).click();
  await expect(invited.getByRole("status").filter({ hasText: "Passordet er lagret" })).toBeVisible();
  await invited.getByLabel("E-post").fill(email);
  await invited.getByLabel("Passord").fill(password);
  await invited.getByRole("button", { name: "Logg inn", exact: true }).click();
  // Signed in: the person lands on the home page, Hjem.
  await expect(invited.getByRole("heading", { level: 1, name: "Hjem" })).toBeVisible();
  // Used once: the link is spent.
  await invited.goto(second);
  await expect(invited.getByText(/Lenken kan ikke brukes lenger/)).toBeVisible();
  await invited.context().close();

  // A bad filter in the URL is named next to its field, never an error page.
  await page.goto("/admin/brukere?rolle=KONGE&status=%00");
  await expect(page.getByText("Velg en rolle.")).toBeVisible();
  await expect(page.getByText("Velg en status fra listen.")).toBeVisible();
  await expectNoAxeViolations(page);
  // A forged id is "not found", never an error.
  expect((await page.goto("/admin/brukere/%00"))?.status()).toBe(404);
  expect((await page.goto("/admin/virksomheter/%00"))?.status()).toBe(404);
});

test("a deactivated user is signed out at the next request, and can sign in again once reactivated", async ({ page, loginAs, browser }) => {
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await signInAs(user, ACCOUNTS.kartverketHr);
  await expect(user).toHaveURL(/\/$/);

  await loginAs("admin");
  await page.goto(`/admin/brukere?sok=${encodeURIComponent(ACCOUNTS.kartverketHr)}`);
  await page.getByRole("link", { name: "Lars Johansen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lars Johansen" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Deaktiver brukeren" }).click();
  await expect(page.getByText(/Brukeren er deaktivert\. Brukeren ble logget ut av 1 innlogging\./)).toBeVisible();
  await expect(page.getByText("Deaktivert", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // The user's next page load lands on the sign-in page, and signing in again does not get them in.
  await user.goto("/tall");
  await expect(user).toHaveURL(/\/logg-inn/);
  await signInAs(user, ACCOUNTS.kartverketHr);
  await expect(user).toHaveURL(/\/logg-inn/);

  await page.getByRole("button", { name: "Aktiver brukeren igjen" }).click();
  await expect(page.getByText("Brukeren er aktivert igjen og kan logge inn.")).toBeVisible();
  await signInAs(user, ACCOUNTS.kartverketHr);
  await expect(user).toHaveURL(/\/$/);
  await userContext.close();

  // The audit log, filtered to deactivations: who did it, to whom.
  await page.getByRole("link", { name: "Logg", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logg" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Hendelse").selectOption({ label: "Bruker deaktivert" });
  await page.getByLabel("Virksomhet").selectOption({ label: "Statens kartverk" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/hendelse=User\.deactivate/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Astrid Lund");
  await expect(rows.nth(1)).toContainText("Bruker deaktivert");
  await expect(rows.nth(1)).toContainText(`Lars Johansen (${ACCOUNTS.kartverketHr})`);
  await expect(rows.nth(1)).toContainText("Kartverket");
  await expectNoAxeViolations(page);
});

test("the administrator adds an agency: a wrong organisation number is named at the field, a right one is added", async ({ page, loginAs }) => {
  await loginAs("admin");
  await page.getByRole("link", { name: "Virksomheter", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Virksomheter i sektoren" })).toBeVisible();
  await expect(page.getByText(/Riksrevisjonen reviderer sektoren/)).toBeVisible();
  await expectNoAxeViolations(page);

  const orgNumber = freshOrgNumber();
  const name = `Testdirektoratet ${orgNumber}`;
  const form = page.getByRole("form", { name: "Legg til virksomhet" });
  await form.getByLabel("Navn", { exact: true }).fill(name);
  await form.getByLabel("Kortnavn").fill(`Testdir ${orgNumber}`);
  await form.getByLabel("Organisasjonsnummer").fill(wrongCheckDigit(orgNumber));
  await form.getByLabel("Postadresse").fill("Postboks 1\n0001 OSLO");
  await form.getByRole("button", { name: "Legg til virksomheten" }).click();
  await expect(form.getByText("kontrollsifferet stemmer ikke")).toBeVisible();
  await expect(form.getByLabel("Organisasjonsnummer")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  const printed = `${orgNumber.slice(0, 3)} ${orgNumber.slice(3, 6)} ${orgNumber.slice(6)}`;
  await form.getByLabel("Organisasjonsnummer").fill(printed);
  await form.getByRole("button", { name: "Legg til virksomheten" }).click();
  await expect(page.getByText(`${name} er lagt til i sektoren.`)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(printed);
  await expect(row).toContainText("Postboks 1, 0001 OSLO");

  // Its page: rename and move (there is no other ministry in the demo to move it to).
  await row.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Flytt til et annet departement" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Navn", { exact: true }).fill(`${name} (nytt navn)`);
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByText("Endringene er lagret.")).toBeVisible();

  // The log shows the addition and the rename.
  await page.goto("/logg?hendelse=Organisation");
  await expect(page.getByRole("row").filter({ hasText: "Virksomhet lagt til" }).filter({ hasText: orgNumber })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Virksomhet endret" }).filter({ hasText: `Navn: ${name} → ${name} (nytt navn)` })).toBeVisible();
});

test("loading agencies from a file lists each row's problems and saves nothing while there are any", async ({ page, loginAs }) => {
  await loginAs("admin");
  await page.goto("/admin/virksomheter/import");
  await expect(page.getByRole("heading", { level: 1, name: "Last inn virksomheter fra en fil" })).toBeVisible();
  await expectNoAxeViolations(page);

  const template = await page.request.get("/admin/virksomheter/mal.csv");
  expect(template.headers()["content-type"]).toContain("text/csv");
  const lines = (await template.text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe("Org.nr.;Navn;Kortnavn;Postadresse;Departement");
  expect(lines).toContain("974760347;Husbanken;Husbanken;Postboks 1404, 8002 BODØ;972417858");

  const good = freshOrgNumber();
  const csv = [
    "Org.nr.;Navn;Kortnavn;Postadresse;Departement",
    `${wrongCheckDigit(good)};Feil nummer;Feilnr${good};Postboks 1, 0001 OSLO;`,
    `${good};Riktig nummer;Riktig${good};Postboks 2;`,
  ].join("\r\n");
  await page.getByLabel("Fil (CSV eller Excel)").setInputFiles({ name: "virksomheter.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Kontroller filen" }).click();
  await expect(page.getByText("Filen har feil. Ingenting er lagret.")).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Feil nummer" })).toContainText("kontrollsifferet stemmer ikke");
  await expect(rows.filter({ hasText: "Riktig nummer" })).toContainText("Siste linje i adressen");
  await expect(page.getByRole("button", { name: /Lagre \d+ virksomhet/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the auditor reads the log of the audited sector; a bad date in the URL gets a message, not an error", async ({ page, loginAs }) => {
  await loginAs("auditor");
  await page.getByRole("link", { name: "Logg", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logg" })).toBeVisible();
  await expect(page.getByText(/\d+ hendelser/)).toBeVisible();
  // The seeded plan history is there, without a word of any draft.
  await page.getByLabel("Hendelse").selectOption({ label: "Handlingsplan sendt inn" });
  await page.getByLabel("Virksomhet").selectOption({ label: "Valgdirektoratet" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Handlingsplan sendt inn" }).first()).toContainText("Silje Andersen");
  await expectNoAxeViolations(page);

  const response = await page.goto("/logg?fra=2026-13-45&til=i-morgen&side=-3&hendelse=%00");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Skriv datoen som dd.mm.åååå, for eksempel 01.03.2026.").first()).toBeVisible();
  await expect(page.getByText("Velg en hendelse fra listen.")).toBeVisible();
  await expectNoAxeViolations(page);
  // The administration itself is not the auditor's.
  expect((await page.goto("/admin/brukere"))?.status()).toBe(404);
  expect((await page.goto("/admin/virksomheter"))?.status()).toBe(404);
});
