// Hardening found in review (issue 10): hostile input never becomes a 500.
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
  // The table is shown unfiltered.
  await expect(page.getByRole("table", { name: /per virksomhet/ }).getByRole("row")).toHaveCount(12);
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
