// An agency never sees or changes another agency's plan, letter or figures, whatever the URL or form says.
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { ownPaths, signIn } from "./ids";

test("another agency's plan and letter are not found by URL", async ({ page, browser, loginAs }) => {
  const husbanken = await ownPaths(browser, "husbankenHr");
  await loginAs("dssHr");
  for (const path of [husbanken.plan, husbanken.letter]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Fant ikke siden" })).toBeVisible();
    await expect(page.getByText("Husbanken")).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
});

test("a forged plan id in the form is refused on the server and changes nothing", async ({ page, browser, loginAs }) => {
  const husbanken = await ownPaths(browser, "husbankenHr");
  const husbankenPlanId = husbanken.plan.split("/").pop()!;
  const dibk = await ownPaths(browser, "dibkHr");
  await loginAs("dibkHr");
  await page.goto(dibk.plan);
  // Rewrite the plan id in the server action's request on its way out, as a forged request would.
  const dibkPlanId = dibk.plan.split("/").pop()!;
  await page.route(
    (url) => url.pathname === dibk.plan,
    async (route, request) => {
      const body = request.postData();
      if (request.method() !== "POST" || !body) return route.continue();
      expect(body).toContain(dibkPlanId);
      await route.continue({ postData: body.replaceAll(dibkPlanId, husbankenPlanId) });
    },
  );
  await page.getByRole("button", { name: "Legg til utfordring" }).click();
  await page.getByLabel("Utfordring 1", { exact: true }).fill("Forsøk på å overskrive en annen virksomhets plan");
  await page.getByRole("button", { name: "Lagre utkast" }).first().click();
  await expect(page.getByText("Fant ikke det du ba om.")).toBeVisible();

  // Husbanken's own draft is untouched.
  const hb = await browser.newContext();
  const hbPage = await hb.newPage();
  await signIn(hbPage, "husbankenHr");
  await hbPage.goto(husbanken.plan);
  await expect(hbPage.getByLabel("Utfordring 1", { exact: true })).toBeVisible();
  await expect(hbPage.getByText("Forsøk på å overskrive")).toHaveCount(0);
  for (const box of await hbPage.getByRole("textbox").all()) await expect(box).not.toHaveValue(/Forsøk på å overskrive/);
  await hb.close();
});
