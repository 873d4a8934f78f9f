// Ids of seeded records, read from the pages a user would click through (no database access).
import type { Browser, Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, type Role } from "./fixtures";

export async function signIn(page: Page, role: Role): Promise<void> {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(ACCOUNTS[role]);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/logg-inn"));
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
