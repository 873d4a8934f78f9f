// The ministry closes a reporting year; the agency can no longer change it until an adviser reopens it.
// The demo data has 2019 and 2020 closed (and so published on /offentlig): this journey reopens 2019
// and closes it again, leaving it as it found it (e2e/public.spec.ts reads the published years).
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

test("2019 is closed in the demo data, and the agency sees it closed", async ({ page, browser, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/tall");
  await expect(page.getByRole("listitem").filter({ hasText: /^2019:/ })).toContainText("lukket");
  await expectNoAxeViolations(page);

  const hr = await (await browser.newContext()).newPage();
  const { signIn } = await import("./ids");
  await signIn(hr, "dssHr");
  await hr.goto("/tall");
  await expect(hr.getByRole("row").filter({ has: hr.getByRole("rowheader", { name: "2019" }) })).toContainText("Lukket");
  await hr.goto("/tall?aar=2019");
  await expect(hr.getByText("Departementet har lukket året.")).toBeVisible();
  await expect(hr.getByRole("button", { name: "Lagre tallene" })).toHaveCount(0);
  await hr.context().close();
});

test("the adviser reopens 2019, and closes it again", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/tall");
  await page.getByRole("button", { name: "Åpne året igjen 2019" }).click();
  const y2019 = page.getByRole("listitem").filter({ hasText: /^2019:/ });
  await expect(y2019).toContainText("åpent");
  await y2019.getByRole("button", { name: "Lukk året 2019" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: /^2019:/ })).toContainText("lukket");
  await expectNoAxeViolations(page);
});
