// The API (issue 14) from the outside: agency HR makes a token on its token page (axe-scanned),
// sees it once, an HR system (scripts/hr-system-example.ts) makes the round trip with it against
// this server, and once HR revokes it the API answers 401. The API's reference page works under
// the Content-Security-Policy, fetches nothing from elsewhere and passes axe.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createOwnAgency, signInAs, type OwnAgency } from "./own-agency";

const run = promisify(execFile);
let own: OwnAgency;

test.beforeAll(async () => {
  own = await createOwnAgency({ requiresLeaderApproval: false, approved: false });
});

test("HR makes a token, an HR system makes the round trip with it, and a revoked token is refused", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs(page, own.hrEmail);
  await page.goto("/profil");
  await page.getByRole("link", { name: "Administrer API-tokenene dine" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API-tokener" })).toBeVisible();
  await expect(page.getByText("Du har ingen API-tokener.")).toBeVisible();
  await expectNoAxeViolations(page);

  // A token without a name or a scope is refused, next to the fields.
  await page.getByRole("button", { name: "Lag token" }).click();
  await expect(page.getByText("Gi tokenet et navn.")).toBeVisible();
  await expect(page.getByText("Velg minst én tilgang.")).toBeVisible();

  await page.getByLabel("Navn").fill("HR-systemet");
  await page.getByLabel(/Lese virksomhetens tall/).check();
  await page.getByLabel(/Rapportere og endre/).check();
  await page.getByRole("button", { name: "Lag token" }).click();
  const field = page.getByLabel("Tokenet (vises bare nå)");
  await expect(field).toHaveValue(/^dgn_[A-Za-z0-9_-]{43}$/);
  const token = await field.inputValue();
  const row = page.getByRole("row", { name: /HR-systemet/ });
  await expect(row).toContainText("figures:read, figures:write");
  await expect(row).toContainText("Aktivt");
  await expect(row).toContainText("Aldri");
  await expectNoAxeViolations(page);

  // The HR system: reads, writes with the version it read, reads back, and is refused with a stale version.
  const { stdout } = await run("npx", ["tsx", "scripts/hr-system-example.ts", "2024"], {
    env: { ...process.env, DUGNAD_URL: baseURL!, DUGNAD_TOKEN: token },
    timeout: 60_000,
  });
  expect(stdout).toContain(`acting for ${own.agencyName}`);
  expect(stdout).toMatch(/PUT \/agencies\/\S+\/figures\/2024 → 200/);
  expect(stdout).toMatch(/PUT \/agencies\/\S+\/figures\/2024 → 409 application\/problem\+json/);
  expect(stdout).toContain("✓ round trip complete");

  // The token's use shows in the list.
  await page.goto("/profil/api-tokener");
  await expect(page.getByRole("row", { name: /HR-systemet/ })).not.toContainText("Aldri");
  // Shown once: the secret is nowhere on the page now.
  await expect(page.getByText(token)).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Trekk tilbake HR-systemet" }).click();
  await expect(page.getByRole("row", { name: /HR-systemet/ })).toContainText("Trukket tilbake");
  const refused = await page.request.get("/api/v1/token", { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect(refused.headers()["www-authenticate"]).toContain("invalid_token");
});

test("the API's reference page and document are public, local and accessible", async ({ page, baseURL }) => {
  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith("data:")) external.push(r.url());
  });
  const doc = await page.request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect((await doc.json()).openapi).toMatch(/^3\.1\./);
  await page.goto("/api/v1/docs");
  await expect(page.getByRole("heading", { level: 1, name: "Dugnad API – reference" })).toBeVisible();
  await expect(page.getByText("/agencies/{agencyId}/figures/{year}").first()).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page);
  // Every operation opened: still accessible.
  for (const control of await page.locator(".opblock-summary-control").all()) await control.click();
  await expect(page.getByText("Report or revise the agency's hiring figures for one year").first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect(external).toEqual([]);
});
