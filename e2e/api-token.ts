import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Makes an API token as its owner does, on Min profil → API-tokener (the person is signed in), with
 * the named accesses (their labels), and returns the secret shown once.
 */
export async function makeApiToken(page: Page, name: string, accesses: RegExp[]): Promise<string> {
  await page.goto("/profil/api-tokener");
  await page.getByLabel("Navn").fill(name);
  for (const access of accesses) await page.getByLabel(access).check();
  await page.getByRole("button", { name: "Lag token" }).click();
  const field = page.getByLabel("Tokenet (vises bare nå)");
  await expect(field).toHaveValue(/^dgn_/);
  return field.inputValue();
}
