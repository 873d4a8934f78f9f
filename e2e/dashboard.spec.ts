// Journey 4: the adviser and the leader read the sector dashboard.
import { expect, expectNoAxeViolations, test } from "./fixtures";

for (const role of ["adviser", "leader"] as const) {
  test(`the ${role} sees the sector share per year against the 5 % goal, and each agency`, async ({ page, loginAs }) => {
    await loginAs(role);
    await page.goto("/dashbord");
    await expect(page.getByRole("heading", { name: "Dashbord: inkluderingsdugnaden" })).toBeVisible();

    // The chart, and the same numbers in a table: 12 of 547 hires in 2019 → 2,2 %.
    await expect(page.getByRole("img", { name: /Stolpediagram over sektorens andel/ })).toBeVisible();
    await expect(page.getByText("Mål 5 %")).toBeVisible();
    const sector = page.getByRole("table", { name: /hele sektoren/ });
    const y2019 = sector.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2019" }) });
    await expect(y2019).toContainText("547");
    await expect(y2019).toContainText("12");
    await expect(y2019).toContainText("2,2 %");
    // The state as a whole, for reference where known.
    const y2020 = sector.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2020" }) });
    await expect(y2020.getByRole("cell").nth(3)).toHaveText("2,0 %");
    await expect(sector.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2021" }) }).getByRole("cell").nth(3)).toHaveText("Ikke kjent");
    await expect(page.getByText("Hele staten").first()).toBeVisible();

    // Per agency: DFØ's example (2 of 19) as 10,5 %; fewer than 5 hires shows neither share nor counts.
    const agencies = page.getByRole("table", { name: /per virksomhet/ });
    const distrikt = agencies.getByRole("row").filter({ hasText: "Distriktssenteret" });
    await expect(distrikt).toContainText("10,5 %");
    const htu = agencies.getByRole("row").filter({ hasText: "Husleietvistutvalget" });
    await expect(htu.getByRole("cell").nth(1)).toHaveText("Under 5 nytilsatte");
    await expect(agencies.getByRole("row")).toHaveCount(12);

    await expect(page.getByRole("heading", { name: /Handlingsplaner/ })).toBeVisible();
    await expect(page.getByText("Ikke påbegynt").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
