// Hardening found in review (issue 10): hostile input never becomes a 500, and the plan pages'
// scrolling tables can be reached by keyboard.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("a NUL character in a search or a URL gives a message or 'not found', never a 500", async ({ page, loginAs }) => {
  await loginAs("leader");

  // The dashboard's search: the page answers, and says why the search was not used.
  const dashboard = await page.goto("/dashbord?sok=%00");
  expect(dashboard?.status()).toBe(200);
  const search = page.getByLabel("Søk etter virksomhet");
  await expect(search).toHaveAttribute("aria-invalid", "true");
  await expect(search).toHaveAccessibleDescription(/Søket inneholder et usynlig kontrolltegn \(NUL\)/);
  await expect(page.getByText("Søket inneholder et usynlig kontrolltegn (NUL) og kan ikke brukes. Skriv søket på nytt.")).toBeVisible();
  // The table is shown unfiltered: every agency of the demo (another journey may have added one).
  expect(await page.getByRole("table", { name: /per virksomhet/ }).getByRole("row").count()).toBeGreaterThanOrEqual(12);
  await expectNoAxeViolations(page);

  // An id in the URL: not found.
  for (const path of ["/planer/%00", "/brev/%00", "/runder/%00", "/sektorplan/%00", "/virksomheter/%00", "/planer/abc%00def/versjoner/1"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Fant ikke siden" }), path).toBeVisible();
  }
  for (const path of ["/api/brev/%00/pdf", "/api/virksomheter/%00/styringsmote/pdf"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

/** The boxes that scroll sideways (form fields aside), and whether each is wider inside than it shows. */
async function scrollingRegions(page: Page): Promise<{ label: string | null; scrolls: boolean; focusable: boolean }[]> {
  return page.locator("main *").evaluateAll((elements) =>
    elements
      .filter((e) => !e.matches("textarea, input, select") && ["auto", "scroll"].includes(getComputedStyle(e).overflowX))
      .map((e) => ({ label: e.getAttribute("aria-label"), scrolls: e.scrollWidth > e.clientWidth, focusable: (e as HTMLElement).tabIndex >= 0 })),
  );
}

test("the ministry's plan pages pass axe, with tables that scroll sideways on a phone", async ({ page, loginAs }) => {
  test.slow(); // axe on five pages
  // A phone's width: the plan's tables are wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs("adviser");
  await page.goto("/runder");
  await page.getByRole("link", { name: "Handlingsplan for inkluderingsdugnaden", exact: true }).click();
  // Kartverket's plan has two submitted versions.
  await page.getByRole("table").getByRole("row").filter({ hasText: "Statens kartverk" }).locator('a[href^="/planer/"]').first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Handlingsplan for inkluderingsdugnaden – Statens kartverk/ })).toBeVisible();
  const planPath = new URL(page.url()).pathname;

  const regions = await scrollingRegions(page);
  expect(regions.length).toBeGreaterThan(0);
  // Every sideways-scrolling box can take focus and has a name.
  expect(regions.filter((r) => !r.focusable || !r.label)).toEqual([]);
  expect(regions.some((r) => r.scrolls)).toBe(true);
  await expectNoAxeViolations(page);

  // The keyboard reaches the measures table's region and scrolls it.
  const measures = page.getByRole("region", { name: "Tiltak med eier, frist og status" });
  await measures.focus();
  await expect(measures).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => measures.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);

  for (const path of [`${planPath}/versjoner/1`, `${planPath}/versjoner/2`, `${planPath}/sammenlign?fra=1&til=2`, `${planPath}/gjennomgang`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect((await scrollingRegions(page)).filter((r) => !r.focusable || !r.label), path).toEqual([]);
    await expectNoAxeViolations(page);
  }
});
