// The action plan's pages and the annual report chapter in English (issue 14): someone who reads
// English sees the screens around the plan in English, while the plan's PDF and the chapter's own
// text stay Norwegian (marked lang="nb"). Read only: nothing here changes another spec's data.
import type { BrowserContext } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signIn } from "./ids";

/** Signed in as Datatilsynet's HR (whose own language is not set), reading English by the language cookie. */
async function inEnglish(context: BrowserContext) {
  const page = await context.newPage();
  await signIn(page, "datatilsynetHr");
  const { hostname } = new URL(page.url());
  await context.addCookies([{ name: "dugnad-sprak", value: "en", domain: hostname, path: "/" }]);
  return page;
}

test("Datatilsynet's HR reads its approved plan, a version of it and the comparison in English", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const page = await inEnglish(context);
  // The 2020 round's plan, the approved one (other specs may have added a newer round).
  await page.goto("/brev");
  const links = await page.locator('a[href^="/planer/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  let plan = "";
  for (const href of new Set(links)) {
    await page.goto(href);
    if ((await page.getByRole("link", { name: "Version 1", exact: true }).count()) > 0) {
      plan = href;
      break;
    }
  }
  expect(plan).not.toBe("");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Action plan for the inclusion drive – Datatilsynet" })).toBeVisible();
  await expect(page.getByText(/^Deadline: \d+ \w+ \d{4}$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Submitted versions", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "History", exact: true })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Versions and history" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Version 1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Datatilsynet: version 1" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the version as PDF" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Challenges and opportunities" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Measures with owner, deadline and status" }).getByRole("columnheader", { name: "Owner" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The comparison of a version with itself: every element unchanged, in English.
  await page.goto(`${plan}/sammenlign?fra=1&til=1`);
  await expect(page.getByRole("heading", { level: 1, name: "Datatilsynet: versions 1 and 1" })).toBeVisible();
  await expect(page.getByText("No changes").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

test("the annual report chapter's page is in English, the chapter's own text in Norwegian", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await inEnglish(context);
  await page.goto("/tall/arsrapport/2021");
  await expect(page.getByRole("heading", { level: 1, name: "Annual report 2021, chapter IV – Datatilsynet" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "New hires in 2021" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download as Word (DOCX)" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Assessment of goal achievement" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save the text" })).toBeVisible();
  // The figures as the chapter states them: Norwegian, and marked so.
  const figures = page.getByText("Datatilsynet hadde 20 nytilsatte i 2021", { exact: false });
  await expect(figures).toBeVisible();
  await expect(page.locator('[lang="nb"]').filter({ has: figures })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await context.close();
});
