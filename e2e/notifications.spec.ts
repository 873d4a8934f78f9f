// Issue 12: the adviser sends a round; the agency's e-mail arrives in the demo's mail catcher
// (a real SMTP server the e2e server runs, shown on /demo/epost), and its link opens the letter
// after sign-in.
import { createRoundInForm } from "./ids";
import { DEMO_PASSWORD, expect, expectNoAxeViolations, test } from "./fixtures";

const year = new Date().getFullYear() + 1;
const title = `Varsling om handlingsplan ${year}`;

test("the adviser sends a round; the agency's e-mail arrives, and its link opens the letter after sign-in", async ({ page, browser, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs("adviser");
  await page.goto("/runder/ny");
  // An earlier deadline than the addendum journey's round, so that theirs stays the latest.
  await createRoundInForm(page, { title, caseNumber: `${String(year).slice(2)}/320`, agencies: ["Husleietvistutvalget"], deadline: `${year}-02-01` });
  await expect(page.getByRole("heading", { name: new RegExp(title) })).toBeVisible();
  await page.getByRole("link", { name: "Rediger brevet til HTU" }).click();
  await page.getByLabel("Brevnummer").fill("Tillegg nr. 4");
  await page.getByRole("button", { name: "Lagre brevet" }).click();
  await expect(page.getByText("Brevet er lagret.")).toBeVisible();
  await page.getByRole("link", { name: /← Tilbake/ }).click();
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Send 1 brev" }).click();
  await expect(page.getByText("Brevene er sendt. Virksomhetene ser dem nå i innboksen sin.")).toBeVisible();

  // A newcomer, not signed in, reads the e-mail HTU's HR received.
  const reader = await (await browser.newContext()).newPage();
  const mail = reader.getByRole("article").filter({ has: reader.getByRole("heading", { name: new RegExp(`Nytt brev fra departementet: Tillegg nr\\. 4 til tildelingsbrev \\d+ til HTU – ${title}`) }) });
  await expect(async () => {
    await reader.goto("/demo/epost");
    await expect(mail.filter({ hasText: "Til hr@htu.test" })).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const toHr = mail.filter({ hasText: "Til hr@htu.test" });
  await expect(toHr).toContainText("Handlingsplanen skal sendes inn innen 1. februar");
  await expect(toHr).toContainText("Du får denne e-posten fordi du er HR-ansvarlig for Husleietvistutvalget");
  await expect(toHr).toContainText("Meldingen kan ikke slås av: runden krever den.");
  await expectNoAxeViolations(reader);

  // Its link: first the sign-in, then the letter itself.
  await toHr.getByRole("link", { name: /\/brev\// }).click();
  await expect(reader).toHaveURL(/\/logg-inn\?callbackUrl=%2Fbrev%2F/);
  await reader.getByLabel("E-post").fill("hr@htu.test");
  await reader.getByLabel("Passord").fill(DEMO_PASSWORD);
  await reader.getByRole("button", { name: "Logg inn" }).click();
  await expect(reader.getByRole("heading", { level: 1, name: new RegExp(`Tillegg nr\\. 4 til tildelingsbrev \\d+ til HTU – ${title}`) })).toBeVisible();
  await reader.context().close();
});

test("the mail catcher is the demo's only: its page needs no sign-in and shows no one's figures", async ({ page }) => {
  const response = await page.goto("/demo/epost");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "E-post i demoen" })).toBeVisible();
  await expect(page.getByText(/Demoen sender ingen e-post ut/)).toBeVisible();
  await expect(page.getByText(/\d+,\d\s%/)).toHaveCount(0);
});
