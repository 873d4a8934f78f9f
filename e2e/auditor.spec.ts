// Journey 5: Riksrevisjonen reads letters, submitted plans, figures and their revisions, the sector
// plan and its follow-up, and the audit log, and can change nothing.
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("the auditor reads letters, submitted plans and figures, with no way to change them", async ({ page, loginAs }) => {
  await loginAs("auditor");
  await page.getByRole("link", { name: "Tillegg og planer" }).click();
  await expect(page).toHaveURL(/\/runder$/);
  await expect(page.getByRole("link", { name: "Ny runde" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Handlingsplan for inkluderingsdugnaden", exact: true }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expectNoAxeViolations(page);

  // A letter.
  await rows.filter({ hasText: "Departementenes sikkerhets" }).getByRole("link", { name: /Tillegg 3/ }).click();
  await expect(page.getByRole("article").getByText("19/4649-79")).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.getByRole("link", { name: "← Tilbake" }).click();
  await expect(page.getByRole("heading", { name: "Handlingsplan for inkluderingsdugnaden (2020)" })).toBeVisible();

  // A submitted plan, read-only.
  await rows.filter({ hasText: "Valgdirektoratet" }).getByRole("link", { name: /les planen/ }).click();
  await expect(page.getByRole("heading", { name: /Handlingsplan for inkluderingsdugnaden – Valgdirektoratet/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Vurdering av traineeprogrammet" })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Lagre|Send inn/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Figures: the audit office sees every agency's exact counts, as the governing ministry does;
  // years under 5 new hires are marked as not for publication, with no share.
  await page.getByRole("link", { name: "Nytilsettinger" }).click();
  await expect(page.getByRole("heading", { name: "Nytilsettinger i sektoren" })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  // Distriktssenteret had 4 hires in 2019; HTU 4, and pools 2019–2020 in what is published.
  const inYear = (name: string, year: string) =>
    page.getByRole("row").filter({ hasText: name }).filter({ has: page.getByText(year, { exact: true }) });
  await expect(inYear("Distriktssenteret", "2019").getByRole("cell")).toHaveText(
    ["Distriktssenteret", "2019", "4", "0", "færre enn 5 – ikke for publisering", "4 (0)", "0 (0)", "0"],
  );
  await expect(inYear("Husleietvistutvalget", "2019")).toContainText("færre enn 5 – ikke for publisering");
  await expect(inYear("Datatilsynet", "2021").getByRole("cell")).toHaveText(["Datatilsynet", "2021", "20", "1", "5,0 %", "16 (1)", "4 (0)", "0"]);
  await expect(page.getByText("Skjult", { exact: true })).toHaveCount(0);
  // The export says the same.
  const csv = await page.request.get("/api/tall.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).split("\r\n");
  // The audit office sees the split between permanent and temporary hires, as the ministry does.
  expect(lines[0]?.replace(/^\uFEFF/, "")).toBe(
    "Virksomhet;Org.nr.;År;Nytilsatte;I målgruppen;Andel;Faste;Faste i målgruppen;Midlertidige;Midlertidige i målgruppen;Traineer;Merknad",
  );
  expect(lines).toContain("Datatilsynet;974761467;2021;20;1;5,0 %;16;1;4;0;0;");
  expect(lines).toContain(
    "Distriktssenteret;990778094;2019;4;0;færre enn 5 – ikke for publisering;4;0;0;0;0;Færre enn 5 nytilsatte: ikke for publisering, ingen andel",
  );
  expect(lines.filter((l) => l.includes("Skjult"))).toEqual([]);
  await expectNoAxeViolations(page);

  // The sector plan and every agency's follow-up of it, read-only.
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Sektorplan", exact: true }).click();
  await page.getByRole("link", { name: /Handlingsplan 2021 – Oppfølging av inkluderingsdugnaden i KMD-sektoren/ }).click();
  await expect(page.getByRole("link", { name: /Endre planen/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Oppfølging i virksomhetene" }).click();
  await expect(page.getByRole("heading", { name: /^Oppfølging av sektorplanen 2021/ })).toBeVisible();
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Husbanken" }) })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Creating a round is not for the auditor.
  const response = await page.goto("/runder/ny");
  expect(response?.status()).toBe(404);
});

test("the auditor reads the revisions of an agency's figures and the audit log of the audited sector", async ({ page, loginAs }) => {
  await loginAs("auditor");
  // The revisions of an agency's figures: who changed what, from what to what, and why.
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Dashbord", exact: true }).click();
  await page.getByRole("link", { name: "Statens kartverk", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Endringshistorikk" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "En tilsetting i målgruppen var ikke med i første rapport." })).toContainText("2019");
  await expectNoAxeViolations(page);

  // The audit log of the audited sector.
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Logg", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Logg", level: 1 })).toBeVisible();
  await expect(page.getByText(/\d+ hendelser/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
