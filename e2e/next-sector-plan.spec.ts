// Issue 13's journey for the sector plan: the adviser makes next year's plan from the published
// 2021 plan, leaves out the NAV measure and publishes it; Statsbygg's HR sees its 2021 status
// carried into 2022 with the history, and the NAV measure closed in 2021 with its history kept
// and no form. axe on every changed page. (Other journeys may add newer plans, e.g. 2031: this one
// goes to its years by the links, not by "the newest".)
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

const TITLE_2021 = "Handlingsplan 2021 – Oppfølging av inkluderingsdugnaden i KMD-sektoren";
let plan2021 = "";
let plan2022 = "";

test("the adviser makes next year's plan from the published one, leaves out a measure and publishes it", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs("adviser");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Sektorplan", exact: true }).click();
  await page.getByRole("link", { name: TITLE_2021 }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sektorplan 2021" })).toBeVisible();
  plan2021 = new URL(page.url()).pathname.split("/").pop()!;
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Lag neste års plan (2022) fra denne planen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sektorplan 2022" })).toBeVisible({ timeout: 15_000 });
  plan2022 = new URL(page.url()).pathname.split("/").pop()!;
  expect(plan2022).not.toBe(plan2021);
  await expect(page.getByText("Planen er ikke publisert. Virksomhetene ser den først når den er publisert.")).toBeVisible();
  await expect(page.getByRole("link", { name: "← Planen for 2021, som denne er laget fra" })).toBeVisible();
  // The draft is last year's plan with the year in the title moved on.
  await expect(page.getByRole("article")).toContainText("Handlingsplan 2022 – Oppfølging av inkluderingsdugnaden i KMD-sektoren");
  await expect(page.getByRole("article")).toContainText("Samarbeid med NAV");
  await expectNoAxeViolations(page);

  // Made once: the 2021 plan now links to it instead of offering the button again.
  await page.goto(`/sektorplan/${plan2021}`);
  await expect(page.getByRole("link", { name: "Neste års plan (2022), ikke publisert →" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Lag neste års plan/ })).toHaveCount(0);

  await page.goto(`/sektorplan/${plan2022}/rediger`);
  await expect(page.getByRole("heading", { name: "Rediger sektorplan 2022" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel("Tittel", { exact: true })).toHaveValue("Handlingsplan 2022 – Oppfølging av inkluderingsdugnaden i KMD-sektoren");
  await page.getByRole("button", { name: "Fjern temaet Samarbeid med NAV" }).click();
  await expect(page.getByRole("button", { name: "Fjern temaet Samarbeid med NAV" })).toHaveCount(0);
  await page.getByRole("button", { name: "Publiser som versjon 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/sektorplan/${plan2022}$`), { timeout: 15_000 });
  await expect(page.getByText("Versjon 1, publisert")).toBeVisible();
  await expect(page.getByRole("article").getByText("Samarbeid med NAV")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The matrix of 2021 marks the measure left out, and says the plan is followed up in 2022.
  await page.goto(`/sektorplan/${plan2021}/oppfolging`);
  await expect(page.getByRole("heading", { level: 1, name: "Oppfølging av sektorplanen 2021" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Tiltak 6.*Avsluttet \d+\.\d+\.\d{4} \(ikke videreført i handlingsplan 2022\)/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "handlingsplan 2022" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the agency sees its status carried into 2022 with its history, and the measure left out closed in 2021", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("statsbyggHr");
  await page.goto(`/oppfolging?plan=${plan2022}`);
  await expect(page.getByRole("heading", { level: 1, name: "Oppfølging av sektorplanen 2022 – Statsbygg" })).toBeVisible();
  const measure = (label: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: `Tiltak ${label}`, exact: true }) });
  // Kompetanseplan: "Under arbeid" in 2021, carried with its history.
  const kept = measure("3.1");
  await expect(kept.getByText("Status nå:")).toBeVisible();
  await expect(kept.getByText("Under arbeid", { exact: true }).first()).toBeVisible();
  await expect(kept.getByText(/videreført fra handlingsplan 2021/)).toBeVisible();
  await expect(kept.getByRole("group", { name: "Status, tiltak 3.1" }).getByLabel("Under arbeid")).toBeChecked();
  await kept.locator("summary").click();
  await expect(kept.locator("details").getByRole("listitem")).toHaveCount(1);
  await expect(kept.locator("details").getByRole("listitem").first()).toContainText("(versjon 1 av handlingsplan 2021)");
  // The NAV measure is not in the 2022 plan.
  await expect(page.getByRole("heading", { name: "Samarbeid med NAV" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A report on the carried measure goes on in 2022; the history keeps both years.
  await kept.getByRole("group", { name: "Status, tiltak 3.1" }).getByLabel("Gjennomført").check();
  await kept.getByRole("button", { name: "Lagre oppfølging av tiltak 3.1" }).click();
  await expect(kept.getByText("Oppfølgingen er lagret.")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await measure("3.1").locator("summary").click();
  await expect(measure("3.1").locator("details").getByRole("listitem")).toHaveCount(2);
  await expect(measure("3.1").locator("details").getByRole("listitem").first()).toContainText("(versjon 1 av planen)");

  // Earlier years are a link away; 2021 is read-only now, its NAV measure closed with its history.
  await page.getByRole("navigation", { name: "Andre sektorplaner" }).getByRole("link", { name: "Sektorplan 2021" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Oppfølging av sektorplanen 2021 – Statsbygg" })).toBeVisible();
  await expect(page.getByText(/Denne planen er avløst av handlingsplan 2022/)).toBeVisible();
  const closed = measure("6");
  await expect(closed.getByText(/^Avsluttet \d+\.\d+\.\d{4} \(ikke videreført i handlingsplan 2022\)$/)).toBeVisible();
  await expect(closed.getByText("Kommentar: Møte med NAV Oslo avtalt.")).toBeVisible();
  await expect(closed.getByRole("button", { name: /Lagre oppfølging/ })).toHaveCount(0);
  await closed.locator("summary").click();
  await expect(closed.locator("details").getByRole("listitem")).toHaveCount(1);
  await expect(measure("3.1").getByRole("link", { name: /^Videreført i handlingsplan 2022 fra/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Lagre oppfølging/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
