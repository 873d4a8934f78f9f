// Ids of seeded records, read from the pages a user would click through (no database access).
import type { Browser, Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, type Role } from "./fixtures";

export async function signIn(page: Page, role: Role): Promise<void> {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(ACCOUNTS[role]);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  // Every role lands on the home page, Hjem.
  await page.waitForURL((url) => url.pathname === "/");
}

/** The plan and letter paths an agency's HR reaches from its inbox. */
export async function ownPaths(browser: Browser, role: Role): Promise<{ plan: string; letter: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  await page.goto("/brev");
  const plan = await page.getByRole("link", { name: "Åpne handlingsplanen" }).first().getAttribute("href");
  const letter = await page.locator('a[href^="/brev/"]').first().getAttribute("href");
  await context.close();
  if (!plan || !letter) throw new Error(`no plan or letter link for ${role}`);
  return { plan, letter };
}

/**
 * Fills the new round form (the adviser on /runder/ny) with a complete round for the agencies
 * named, and creates it: the round's page with its draft letters comes next.
 */
export async function createRoundInForm(page: Page, round: { title: string; caseNumber: string; agencies: string[]; deadline: string }): Promise<void> {
  await page.getByLabel("Tittel", { exact: true }).fill(round.title);
  await page.getByLabel("Saksnummer").fill(round.caseNumber);
  for (const box of await page.getByRole("group", { name: "Virksomheter som skal få brev" }).getByRole("checkbox").all()) await box.uncheck();
  for (const name of round.agencies) await page.getByLabel(name, { exact: true }).check();
  await page.getByLabel("Frist for handlingsplan").fill(round.deadline);
  await page.getByLabel("Avdeling").fill("Statsforvaltningsavdelingen");
  await page.getByLabel("Saksbehandlers telefon").fill("22 24 46 36");
  await page.getByLabel("Navn, signatar 1").fill("Jan Olav Pettersen");
  await page.getByLabel("Tittel, signatar 1").fill("ekspedisjonssjef");
  await page.getByLabel("Tittel, signatar 2").fill("seniorrådgiver");
  await page.getByRole("button", { name: "Opprett runden med brevutkast" }).click();
}
