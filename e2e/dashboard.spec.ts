// Journey 4: the adviser and the leader read the sector dashboard.
import { expect, expectNoAxeViolations, test } from "./fixtures";

for (const role of ["adviser", "leader"] as const) {
  test(`the ${role} sees the sector share per year against the 5 % goal, and each agency`, async ({ page, loginAs }) => {
    await loginAs(role);
    // 2021 is the demo data's latest year (another journey may report a later one meanwhile).
    await page.goto("/dashbord?aar=2021");
    await expect(page.getByRole("heading", { name: "Dashbord: inkluderingsdugnaden" })).toBeVisible();

    // The chart, and the same numbers in a table: 9 of 417 hires in 2019 → 2,2 % (Digitaliseringsdirektoratet came in 2020).
    await expect(page.getByRole("img", { name: /Stolpediagram over sektorens andel/ })).toBeVisible();
    await expect(page.getByText("Mål 5 %")).toBeVisible();
    const sector = page.getByRole("table", { name: /hele sektoren/ });
    const y2019 = sector.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2019" }) });
    await expect(y2019).toContainText("417");
    await expect(y2019.getByRole("cell").nth(1)).toHaveText("9");
    // Every agency that existed in 2019 reported it: nothing beside the share.
    await expect(y2019.getByRole("cell").nth(2)).toHaveText(/^2,2\s%/); // other journeys may add agencies that have not reported
    // The state as a whole, for reference where known.
    const y2020 = sector.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2020" }) });
    await expect(y2020.getByRole("cell").nth(3)).toHaveText("2,0 %");
    await expect(sector.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2021" }) }).getByRole("cell").nth(3)).toHaveText("Ikke kjent");
    await expect(page.getByText("Hele staten", { exact: true }).first()).toBeVisible();
    // The definitions in force, by year: the older CV-gap wording before 2020.
    await page.getByText("Slik telles det for 2019").click();
    await expect(page.getByText(/minst 2 sammenhengende år/)).toBeVisible();

    // Per agency, for the latest year (2021): DFØ's example (2 of 19) as 10,5 %.
    const agencies = page.getByRole("table", { name: /per virksomhet/ });
    const row = (name: string) => agencies.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    await expect(row("Distriktssenteret").getByRole("cell").first()).toHaveText("10,5 %");
    // The ministry sees small years exactly, marked as not for publication, and without a share.
    await expect(row("Distriktssenteret")).toContainText("2019: færre enn 5 – ikke for publisering, 2020: færre enn 5 – ikke for publisering, 2021: 10,5 %");
    await expect(page.getByText(/Tallene er nøyaktige, også for virksomheter med færre enn 5 nytilsatte/)).toBeVisible();
    // The header and the 11 agencies (the administrator's journey may add one meanwhile).
    await expect(agencies.getByRole("row").nth(11)).toBeVisible();

    // 2020: fewer than 5 hires: the exact counts, no share, marked; HTU's own year too, though it is
    // published only as part of its pooled period 2019–2020.
    await page.getByLabel("År", { exact: true }).selectOption("2020");
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page).toHaveURL(/aar=2020/);
    await expect(row("Distriktssenteret").getByRole("cell").first()).toHaveText("færre enn 5 – ikke for publisering");
    await expect(row("Distriktssenteret").getByRole("cell").nth(2)).toHaveText("4");
    await expect(row("Distriktssenteret").getByRole("cell").nth(3)).toHaveText("0");
    await expect(row("Husleietvistutvalget").getByRole("cell").first()).toHaveText("færre enn 5 – ikke for publisering");
    await expect(row("Husleietvistutvalget").getByRole("cell").nth(2)).toHaveText("4");
    await expect(page.getByText("Skjult", { exact: true })).toHaveCount(0);

    await expect(page.getByRole("heading", { name: /Handlingsplaner/ })).toBeVisible();
    await expect(page.getByText("Ikke påbegynt").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("an agency sees its own small years exactly, and no other agency's: the sector only as published", async ({ page, loginAs }) => {
  await loginAs("distriktssenteretHr");
  await page.goto("/dashbord?aar=2020");
  const agencies = page.getByRole("table", { name: /per virksomhet/ });
  const own = agencies.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Distriktssenteret" }) });
  // Its own 4 hires of 2020, marked as not for publication, with no share.
  await expect(own.getByRole("cell").first()).toHaveText("færre enn 5 – ikke for publisering");
  await expect(own.getByRole("cell").nth(2)).toHaveText("4");
  // No other agency's row, small or not (HTU also had 4 in 2020).
  await expect(agencies.getByRole("rowheader")).toHaveText(["Distriktssenteret"]);
  await expect(page.getByText(/Sektorens tall vises slik de er publisert/)).toBeVisible();
  // Its export holds its own rows only.
  const csv = await (await page.request.get("/api/tall.csv")).text();
  const rows = csv.split("\r\n").slice(1).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.startsWith("Distriktssenteret;"))).toBe(true);
  await expectNoAxeViolations(page);
});

test("the dashboard's agency table sorts, filters and leads to the agency, by keyboard", async ({ page, loginAs }) => {
  await loginAs("leader");
  await page.goto("/dashbord?aar=2021");
  // The seeded round (other journeys send newer rounds, some with one agency only; run alone,
  // the seeded round is the only one and there is nothing to choose).
  const round = page.getByLabel("Runde", { exact: true });
  if ((await round.count()) > 0) {
    await round.selectOption({ label: "Handlingsplan for inkluderingsdugnaden (2020)" });
    await page.getByRole("button", { name: "Velg runde" }).click();
    await expect(page).toHaveURL(/runde=/);
  }
  const agencies = page.getByRole("table", { name: /per virksomhet/ });
  const shareHeader = agencies.getByRole("columnheader", { name: /Andel 2021/ });
  await expect(shareHeader).toHaveAttribute("aria-sort", "none");

  // Sort by share, highest first, with the keyboard only: two presses of Enter on the header link.
  await shareHeader.getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(agencies.getByRole("columnheader", { name: /Andel 2021/ })).toHaveAttribute("aria-sort", "ascending");
  await agencies.getByRole("columnheader", { name: /Andel 2021/ }).getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(agencies.getByRole("columnheader", { name: /Andel 2021/ })).toHaveAttribute("aria-sort", "descending");
  await expect(agencies.getByRole("row").nth(1).getByRole("rowheader")).toHaveText("Distriktssenteret");
  await expectNoAxeViolations(page);

  // Filter by name and by plan status.
  await page.getByLabel("Søk etter virksomhet").fill("bygg");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page.getByText("2 virksomheter.")).toBeVisible();
  // Still sorted by share, highest first (the filter keeps the order).
  await expect(agencies.getByRole("rowheader")).toHaveText(["Statsbygg", "Direktoratet for byggkvalitet"]);
  // By plan status in the chosen round (other journeys change plans of the seeded round too, so
  // check what every row says rather than which agencies they are).
  await page.getByLabel("Søk etter virksomhet").fill("");
  await page.getByLabel("Handlingsplan", { exact: true }).selectOption({ label: "Ikke påbegynt" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/plan=NOT_STARTED/);
  const statuses = await agencies.locator("tbody tr td:last-child").allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(["Ikke påbegynt"]));
  await page.getByLabel("Handlingsplan", { exact: true }).selectOption({ label: "Alle" });
  await page.getByLabel("Søk etter virksomhet").fill("Datatilsynet");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(agencies.getByRole("rowheader")).toHaveText(["Datatilsynet"]);

  // Click through to the agency: its figures per year in a table.
  await agencies.getByRole("link", { name: "Datatilsynet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Datatilsynet" })).toBeVisible();
  const years = page.getByRole("table", { name: /Nytilsatte og andel i målgruppen per år/ });
  await expect(years.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2021" }) })).toContainText("20");
  await expect(page.getByRole("link", { name: /Handlingsplan for inkluderingsdugnaden/ })).toBeVisible();
  // A leader changes nothing.
  await expect(page.getByRole("button", { name: "Gi samtykke" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("in English: the adviser's dashboard, figures, agency page and home page", async ({ page, loginAs, baseURL }) => {
  await loginAs("adviser");
  // The choice made before sign-in counts while the person has not chosen on their profile (issue 14).
  await page.context().addCookies([{ name: "dugnad-sprak", value: "en", url: baseURL! }]);

  await page.goto("/dashbord?aar=2021");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard: the inclusion drive" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Bar chart of the sector's share per year/ })).toBeVisible();
  const sector = page.getByRole("table", { name: /the whole sector/ });
  const y2019 = sector.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2019" }) });
  await expect(y2019.getByRole("cell").nth(2)).toHaveText(/^2\.2\s%/);
  await expect(sector.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2021" }) }).getByRole("cell").nth(3)).toHaveText("Not known");
  const agencies = page.getByRole("table", { name: /per agency/ });
  const distrikt = agencies.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Distriktssenteret" }) });
  await expect(distrikt.getByRole("cell").first()).toHaveText(/^10\.5\s%$/);
  await expect(distrikt).toContainText("2019: fewer than 5 – not for publication");
  await expect(page.getByRole("link", { name: /^Share 2021/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/tall");
  await expect(page.getByRole("heading", { level: 1, name: "New hires in the sector" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reporting years" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/dashbord?aar=2021");
  await page.getByRole("link", { name: "Distriktssenteret" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "New hires per year" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Combined years" })).toBeVisible();
  await expect(page.getByRole("link", { name: "← Dashboard" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await expectNoAxeViolations(page);
});
