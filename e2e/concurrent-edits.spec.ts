// Two people saving the same thing at once: a stale save of a year's figures or of a draft letter is
// refused, the user sees what the other saved beside what they typed, and chooses.
import { createRoundInForm } from "./ids";
import { expect, expectNoAxeViolations, test } from "./fixtures";

async function signInAs(page: import("@playwright/test").Page, email: string): Promise<void> {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill("dugnad-demo-2020");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/logg-inn"));
}

test("figures: the second of two saves of a year is refused and shows the first one's numbers", async ({ browser }) => {
  // Kartverket's HR, in two browsers, on 2021 (numbers left as they were at the end).
  const [kari, ola] = [await (await browser.newContext()).newPage(), await (await browser.newContext()).newPage()];
  for (const page of [kari, ola]) {
    await signInAs(page, "hr@kartverket.test");
    await page.goto("/tall?aar=2021");
  }
  const original = await kari.getByLabel("Nytilsatte i faste stillinger").inputValue();

  await kari.getByLabel("Nytilsatte i faste stillinger").fill(String(Number(original) + 1));
  await kari.getByLabel("Hvorfor endres tallene?").fill("En tilsetting manglet.");
  await kari.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(kari.getByText("Tallene for 2021 er lagret.")).toBeVisible();

  await ola.getByLabel("Nytilsatte i faste stillinger").fill("99");
  await ola.getByLabel("Hvorfor endres tallene?").fill("Feil tall.");
  await ola.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(ola.getByRole("alert").filter({ hasText: "lagret av noen andre" })).toBeVisible();
  const choice = ola.getByRole("region", { name: "Tallene er endret av noen andre" });
  const row = choice.getByRole("row", { name: /Nytilsatte i faste stillinger/ });
  await expect(row).toContainText(String(Number(original) + 1));
  await expect(row).toContainText("99");
  // What Ola typed is still in the form.
  await expect(ola.getByLabel("Nytilsatte i faste stillinger")).toHaveValue("99");
  await expectNoAxeViolations(ola);

  // Ola takes the saved numbers, then puts back the original on purpose: nothing is lost or overwritten silently.
  await choice.getByRole("button", { name: "Bruk det som er lagret" }).click();
  await expect(ola.getByLabel("Nytilsatte i faste stillinger")).toHaveValue(String(Number(original) + 1));
  await ola.getByLabel("Nytilsatte i faste stillinger").fill(original);
  await ola.getByLabel("Hvorfor endres tallene?").fill("Tilbake til opprinnelig tall.");
  await ola.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(ola.getByText("Tallene for 2021 er lagret.")).toBeVisible();
  // A second save in the same form is not stale against itself.
  await ola.getByLabel("Hvorfor endres tallene?").fill("Kontrollert.");
  await ola.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(ola.getByText("Tallene for 2021 er lagret.")).toBeVisible();
  await kari.context().close();
  await ola.context().close();
});

test("letters: the second of two advisers saving a draft sees the first one's text and chooses", async ({ page, browser, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("adviser");
  await page.goto("/runder/ny");
  const suffix = Date.now() % 100_000;
  await createRoundInForm(page, { title: `Samtidig redigering ${suffix}`, caseNumber: `29/${suffix}`, agencies: ["Husbanken"], deadline: `${new Date().getFullYear() + 2}-03-01` });
  await page.getByRole("link", { name: "Rediger brevet til Husbanken" }).click();
  await expect(page.getByRole("heading", { name: "Brev til Husbanken" })).toBeVisible();

  const other = await (await browser.newContext()).newPage();
  await signInAs(other, "radgiver@kmd.test");
  await other.goto(page.url());

  await page.getByLabel("Brevnummer").fill("Tillegg nr. 1");
  await page.getByRole("button", { name: "Lagre brevet" }).click();
  await expect(page.getByText("Brevet er lagret.")).toBeVisible();

  await other.getByLabel("Brevnummer").fill("Tillegg nr. 2");
  await other.getByRole("button", { name: "Lagre brevet" }).click();
  const choice = other.getByRole("region", { name: "Brevet er endret av noen andre" });
  await expect(choice.getByRole("row", { name: /Brevnummer/ })).toContainText("Tillegg nr. 1");
  await expectNoAxeViolations(other);
  // Keeping one's own version is an explicit choice, and then it saves.
  await choice.getByRole("button", { name: "Behold mitt og lagre på nytt" }).click();
  await expect(other.getByText("Brevet er lagret.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Brevnummer")).toHaveValue("Tillegg nr. 2");
  await other.context().close();
});
