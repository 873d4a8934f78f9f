// Journey 5: hiring figures and the dashboard. HR revises a year and the leader sees the dashboard
// change; the adviser exports XLSX, imports a CSV with a bad row (reported, nothing applied) and
// then a good one, and gives an agency consent to pool years.
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signIn } from "./ids";

test.describe.configure({ mode: "serial" });

const HEADER = "Org.nr.;Virksomhet;Faste;Faste i målgruppen;Midlertidige;Midlertidige i målgruppen;Traineer;Traineer i målgruppen;Begrunnelse";
const csvFile = (name: string, ...lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`) });

test("HR revises 2021, and the leader's dashboard changes", async ({ page, browser, loginAs }) => {
  await loginAs("leader");
  await page.goto("/dashbord?aar=2021&sok=Statsforvalterens");
  const staf = page.getByRole("table", { name: /per virksomhet/ }).getByRole("row").filter({ hasText: "Statsforvalterens fellestjenester" });
  await expect(staf.getByRole("cell").first()).toHaveText("2,3 %");
  const sector2021 = page.getByRole("table", { name: /hele sektoren/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2021" }) });
  await expect(sector2021.getByRole("cell").nth(2)).toHaveText("3,1 %");

  const hr = await (await browser.newContext()).newPage();
  await signIn(hr, "stafHr");
  await hr.goto("/tall?aar=2021");
  await expect(hr.getByLabel("Nytilsatte i faste stillinger")).toHaveValue("31");
  await hr.getByRole("textbox", { name: "Av disse: i målgruppen" }).first().fill("3");
  await hr.getByLabel("Hvorfor endres tallene?").fill("To tilsettinger i målgruppen var ikke registrert.");
  await hr.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(hr.getByText("Tallene for 2021 er lagret.")).toBeVisible();
  await expect(hr.getByRole("table", { name: /Endringer i tallene/ }).getByRole("row").nth(1)).toContainText("To tilsettinger i målgruppen var ikke registrert.");
  await expectNoAxeViolations(hr);
  await hr.context().close();

  // The change moved the sector's version: the dashboard's data cache is computed afresh.
  await page.reload();
  await expect(staf.getByRole("cell").first()).toHaveText("7,0 %");
  await expect(sector2021.getByRole("cell").nth(2)).toHaveText("3,5 %");
  await expectNoAxeViolations(page);
});

test("the adviser exports the figures as XLSX", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/dashbord");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Excel (XLSX)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("nytilsettinger.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Nytilsettinger")!;
  expect(sheet.getRow(1).values).toEqual([undefined, "Virksomhet", "Org.nr.", "År", "Nytilsatte", "I målgruppen", "Andel", "Merknad"]);
  const rows = sheet.getSheetValues().slice(2) as unknown[][];
  const find = (name: string, year: number) => rows.find((r) => r[1] === name && r[3] === year);
  // Numbers as numbers; a share as a fraction formatted as a percentage.
  expect(find("Datatilsynet", 2021)?.slice(4, 7)).toEqual([20, 1, 0.05]);
  expect(sheet.getCell("F2").numFmt).toBe("0.0%");
  // The same suppression as on the pages: no count under 5, pooled periods say so.
  expect(find("Distriktssenteret", 2019)?.slice(4, 8)).toEqual([undefined, undefined, undefined, "Skjult av personvernhensyn"]);
  expect(find("Husleietvistutvalget", 2020)?.[7]).toBe("Andel for perioden samlet 2019–2020");
});

test("the adviser imports 2018: a file with a bad row is reported and nothing applied, then a good file", async ({ page, browser, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/dashbord");
  await page.getByRole("link", { name: "Importer tall for et år" }).click();
  await expect(page.getByRole("heading", { name: "Importer tall for et år" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("År", { exact: true }).fill("2018");
  await page.getByLabel("Fil (CSV eller Excel)").setInputFiles(csvFile("tall-2018.csv", "974760223;DiBK;10;1;2;0;0;0;", "974760339;HTU;2;3;1;0;0;0;"));
  await page.getByRole("button", { name: "Kontroller filen" }).click();
  await expect(page.getByText("Filen har feil. Ingenting er lagret.")).toBeVisible();
  const checked = page.getByRole("table").filter({ hasText: "Linje" });
  await expect(checked.getByRole("row").filter({ hasText: "Husleietvistutvalget" })).toContainText("Faste i målgruppen: Kan ikke være flere enn nytilsatte totalt i samme stillingstype.");
  await expect(checked.getByRole("row").filter({ hasText: "Direktoratet for byggkvalitet" })).toContainText("Ingen");
  await expect(page.getByRole("button", { name: /Importer \d+ rader/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Nothing was applied.
  expect(await (await page.request.get("/api/tall.csv")).text()).not.toContain(";2018;");

  await page.getByLabel("Fil (CSV eller Excel)").setInputFiles(
    csvFile("tall-2018-rettet.csv", "974760223;DiBK;10;1;2;0;0;0;", "974760339;HTU;2;0;1;0;0;0;", "971278374;Statsbygg;100;4;30;1;0;0;"),
  );
  await page.getByRole("button", { name: "Kontroller filen" }).click();
  await expect(page.getByText("Filen er i orden: 3 rader kan importeres.")).toBeVisible();
  await page.getByRole("button", { name: "Importer 3 rader" }).click();
  await expect(page.getByText("Tallene for 2018 er importert: 3 nye, 0 erstattet.")).toBeVisible();

  // The dashboard has 2018 now, with the privacy rules: HTU under 5, DiBK hidden for its sake.
  await page.goto("/dashbord?aar=2018");
  const sector2018 = page.getByRole("table", { name: /hele sektoren/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2018" }) });
  await expect(sector2018).toContainText("145");
  await expect(sector2018.getByRole("cell").nth(2)).toHaveText("4,1 %");
  const agencies = page.getByRole("table", { name: /per virksomhet/ });
  await expect(agencies.getByRole("row").filter({ hasText: "Statsbygg" }).getByRole("cell").first()).toHaveText("3,8 %");
  await expect(agencies.getByRole("row").filter({ hasText: "Direktoratet for byggkvalitet" }).getByRole("cell").first()).toHaveText("Skjult");
  await expect(agencies.getByRole("row").filter({ hasText: "Husleietvistutvalget" }).getByRole("cell").first()).toHaveText("Skjult");

  // The agency sees the import in its history.
  const hr = await (await browser.newContext()).newPage();
  await signIn(hr, "statsbyggHr");
  await hr.goto("/tall?aar=2018");
  await expect(hr.getByRole("table", { name: /Endringer i tallene/ }).first()).toContainText("Importert fra tall-2018-rettet.csv");
  await hr.context().close();
});

test("pooled years: HTU's approved period on its page; DiBK's request for years already shown on their own is refused at the field", async ({ page, browser, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/dashbord?sok=Husleietvistutvalget");
  await page.getByRole("link", { name: "Husleietvistutvalget" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Husleietvistutvalget" })).toBeVisible();
  const htu = page.getByRole("listitem").filter({ hasText: "2019–2020" });
  await expect(htu).toContainText("Godkjent");
  await expect(htu).toContainText("Færre enn 5 nytilsatte hvert av årene.");
  await expect(page.getByRole("button", { name: /Trekk tilbake perioden/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const dibk = await (await browser.newContext()).newPage();
  await signIn(dibk, "dibkHr");
  await dibk.goto("/tall");
  const form = dibk.getByRole("form", { name: "Søk om å slå sammen år" });
  await form.getByLabel("Fra og med år").fill("2020");
  await form.getByLabel("Til og med år").fill("2019");
  await form.getByRole("button", { name: "Send søknaden til departementet" }).click();
  await expect(dibk.getByText("Siste år må være etter første år.")).toBeVisible();
  await form.getByLabel("Fra og med år").fill("2019");
  await form.getByLabel("Til og med år").fill("2020");
  await form.getByRole("button", { name: "Send søknaden til departementet" }).click();
  // 15 and 13 hires: those years are shown one by one already; the refusal names no year.
  await expect(dibk.getByText("Bare år med færre enn 5 nytilsatte kan slås sammen: år med flere vises allerede for seg.")).toBeVisible();
  await expect(form.getByLabel("Fra og med år")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(dibk);
  await dibk.context().close();
});
