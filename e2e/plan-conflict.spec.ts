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
