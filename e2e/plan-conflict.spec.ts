// Two people of the same agency edit the plan at once: the stale save is refused, the other
// person's changes are shown, and nothing is silently overwritten.
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { ownPaths, signIn } from "./ids";

test("a save based on an older version is refused and shows the other person's text", async ({ browser }) => {
  test.setTimeout(90_000);
  const { plan } = await ownPaths(browser, "digdirHr");
  const kari = await (await browser.newContext()).newPage();
  const ola = await (await browser.newContext()).newPage();
  await signIn(kari, "digdirHr");
  await signIn(ola, "digdirHr");
  await kari.goto(plan);
  await ola.goto(plan);
  const saved = (page: typeof kari) =>
    expect(page.getByRole("status").filter({ hasText: /Lagret kl\. \d\d[.:]\d\d/ })).toBeVisible({ timeout: 15_000 });

  await kari.getByLabel("Utfordring 1", { exact: true }).fill("Karis nye tekst om utfordringen.");
  await saved(kari);

  await ola.getByLabel("Muligheter, utfordring 1").fill("Olas muligheter.");
  await expect(ola.getByRole("heading", { name: "Noen andre har lagret en nyere versjon" })).toBeVisible({ timeout: 15_000 });
  await expect(ola.getByText("Karis nye tekst om utfordringen.")).toBeVisible();
  // Ola's typing is still in the form.
  await expect(ola.getByLabel("Muligheter, utfordring 1")).toHaveValue("Olas muligheter.");
  await expectNoAxeViolations(ola);

  await ola.getByRole("button", { name: "Bruk den nye versjonen" }).click();
  await expect(ola.getByLabel("Utfordring 1", { exact: true })).toHaveValue("Karis nye tekst om utfordringen.");
  await kari.reload();
  await expect(kari.getByLabel("Utfordring 1", { exact: true })).toHaveValue("Karis nye tekst om utfordringen.");
  await expect(kari.getByLabel("Muligheter, utfordring 1")).not.toHaveValue("Olas muligheter.");
});

test("what was typed but not saved is kept in the browser, guarded on leaving, and offered back", async ({ browser }) => {
  test.setTimeout(90_000);
  const { plan } = await ownPaths(browser, "digdirHr");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "digdirHr");
  // No save reaches the server (server actions are POSTs to the page's address).
  await page.route((url) => url.pathname === plan, (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await page.goto(plan);
  const field = page.getByLabel("Muligheter, utfordring 1");
  await field.clear();
  await field.pressSequentially("Skrevet uten nett.");
  // Not saved and not refused: the editor says so, keeps trying by itself, and keeps the text.
  const retrying = page.getByRole("status").filter({ hasText: "Lagring feilet — prøver igjen" });
  await expect(retrying).toBeVisible({ timeout: 15_000 });
  await expect(retrying).toContainText("Det du har skrevet er tatt vare på i nettleseren");

  // Leaving with unsaved changes asks first.
  const leaving = page.waitForEvent("dialog");
  const closed = page.close({ runBeforeUnload: true });
  const dialog = await leaving;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
  await closed;

  // The next visit offers the values back; restored, they are saved.
  const again = await context.newPage();
  await again.goto(plan);
  await expect(again.getByText(/Du har ulagrede endringer fra/)).toBeVisible();
  await expect(again.getByLabel("Muligheter, utfordring 1")).not.toHaveValue("Skrevet uten nett.");
  await again.getByRole("button", { name: "Gjenopprett" }).click();
  await expect(again.getByLabel("Muligheter, utfordring 1")).toHaveValue("Skrevet uten nett.");
  await expect(again.getByRole("status").filter({ hasText: /Lagret kl\. \d\d[.:]\d\d/ })).toBeVisible({ timeout: 15_000 });
  await again.reload();
  await expect(again.getByLabel("Muligheter, utfordring 1")).toHaveValue("Skrevet uten nett.");
  await expect(again.getByText(/Du har ulagrede endringer/)).toHaveCount(0);
  await context.close();
});
