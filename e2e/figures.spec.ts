// Journey 5: hiring figures and the dashboard. HR revises a year and the leader sees the dashboard
// change; the adviser exports XLSX, imports a CSV with a bad row (reported, nothing applied) and
// then a good one, and gives an agency consent to pool years.
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signIn } from "./ids";

test.describe.configure({ mode: "serial" });

const HEADER = "Org.nr.;Virksomhet;Faste;Faste i målgruppen;Midlertidige;Midlertidige i målgruppen;Traineer;Begrunnelse";
const csvFile = (name: string, ...lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`) });

test("HR revises 2021, and the leader's dashboard changes", async ({ page, browser, loginAs }) => {
  await loginAs("leader");
  await page.goto("/dashbord?aar=2021&sok=Statsforvalterens");
  const staf = page.getByRole("table", { name: /per virksomhet/ }).getByRole("row").filter({ hasText: "Statsforvalterens fellestjenester" });
  await expect(staf.getByRole("cell").first()).toHaveText("2,3 %");
  const sector2021 = page.getByRole("table", { name: /hele sektoren/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2021" }) });
  // 21 of 635 (Digitaliseringsdirektoratet's trainee counted once, in the target group).
  await expect(sector2021.getByRole("cell").nth(2)).toHaveText(/^3,3\s%/);

  const hr = await (await browser.newContext()).newPage();
  await signIn(hr, "stafHr");
  await hr.goto("/tall?aar=2021");
  await expect(hr.getByLabel("Nytilsatte i faste stillinger")).toHaveValue("31");
  // Trainees are one number, all in the target group: no "of whom in the target group" for them.
  const trainees = hr.getByRole("group", { name: "Traineer i traineeprogrammet i staten" });
  await expect(trainees.getByRole("textbox")).toHaveCount(1);
  await expect(trainees.getByRole("textbox", { name: "Traineer som startet i året" })).toHaveAccessibleDescription(/Alle traineer i programmet er i målgruppen/);
  // The definitions in force for the year, where the figures are entered.
  await hr.getByText("Slik telles det for 2021").click();
  await expect(hr.getByText(/Årsaken til hullet: søkeren har vært aktivt arbeidssøkende/)).toBeVisible();
  await expect(hr.getByText("Faste tilsettinger etter treårsregelen og andre administrative tilsettinger.")).toBeVisible();
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
  await expect(sector2021.getByRole("cell").nth(2)).toHaveText(/^3,6\s%/);
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
  // The ministry's export has the split between permanent and temporary hires the letters ask for.
  expect(sheet.getRow(1).values).toEqual([
    undefined, "Virksomhet", "Org.nr.", "År", "Nytilsatte", "I målgruppen", "Andel",
    "Faste", "Faste i målgruppen", "Midlertidige", "Midlertidige i målgruppen", "Traineer", "Merknad",
  ]);
  const rows = sheet.getSheetValues().slice(2) as unknown[][];
  const find = (name: string, year: number) => rows.find((r) => r[1] === name && r[3] === year);
  // Numbers as numbers; a share as a fraction formatted as a percentage, as the pages show it.
  expect(find("Datatilsynet", 2021)?.slice(4, 12)).toEqual([20, 1, 0.05, 16, 1, 4, 0, 0]);
  expect(sheet.getCell("F2").numFmt).toBe("0.0%");
  // Digitaliseringsdirektoratet exists from 2020; its 2021 trainee is counted once, in the target group.
  expect(find("Digitaliseringsdirektoratet", 2019)).toBeUndefined();
  expect(find("Digitaliseringsdirektoratet", 2021)?.slice(4, 12)).toEqual([144, 5, 0.035, 118, 3, 25, 1, 1]);
  // The ministry's export has the exact counts of small years too, no share, and says they are not for publication.
  expect(find("Distriktssenteret", 2019)?.slice(4, 7)).toEqual([4, 0, undefined]);
  expect(find("Distriktssenteret", 2019)?.[12]).toBe("Færre enn 5 nytilsatte: ikke for publisering, ingen andel");
  expect(find("Husleietvistutvalget", 2020)?.slice(4, 7)).toEqual([4, 0, undefined]);
});

test("the adviser imports 2018: a file with a bad row is reported and nothing applied, then a good file", async ({ page, browser, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/dashbord");
  await page.getByRole("link", { name: "Importer tall for et år" }).click();
  await expect(page.getByRole("heading", { name: "Importer tall for et år" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("År", { exact: true }).fill("2018");
  await page.getByLabel("Fil (CSV eller Excel)").setInputFiles(csvFile("tall-2018.csv", "974760223;DiBK;10;1;2;0;0;", "974760339;HTU;2;3;1;0;0;"));
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
    csvFile("tall-2018-rettet.csv", "974760223;DiBK;10;1;2;0;0;", "974760339;HTU;2;0;1;0;0;", "971278374;Statsbygg;100;4;30;1;0;"),
  );
  await page.getByRole("button", { name: "Kontroller filen" }).click();
  await expect(page.getByText("Filen er i orden: 3 rader kan importeres.")).toBeVisible();
  await page.getByRole("button", { name: "Importer 3 rader" }).click();
  await expect(page.getByText("Tallene for 2018 er importert: 3 nye, 0 erstattet.")).toBeVisible();

  // The dashboard has 2018 now; the ministry sees HTU's 3 hires exactly, marked, and DiBK's share.
  await page.goto("/dashbord?aar=2018");
  const sector2018 = page.getByRole("table", { name: /hele sektoren/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2018" }) });
  await expect(sector2018).toContainText("145");
  // Three of the ten agencies that existed in 2018 have reported it (Digitaliseringsdirektoratet came in 2020).
  await expect(sector2018.getByRole("cell").nth(2)).toHaveText(/^4,1\s%\s\(3 av \d+ har rapportert\)$/);
  await expect(page.getByRole("img", { name: /2018: 4,1\s%\s\(3 av \d+ har rapportert\)/ })).toBeVisible();
  const agencies = page.getByRole("table", { name: /per virksomhet/ });
  await expect(agencies.getByRole("row").filter({ hasText: "Statsbygg" }).getByRole("cell").first()).toHaveText("3,8 %");
  await expect(agencies.getByRole("row").filter({ hasText: "Direktoratet for byggkvalitet" }).getByRole("cell").first()).toHaveText("8,3 %");
  await expect(agencies.getByRole("row").filter({ hasText: "Husleietvistutvalget" }).getByRole("cell").first()).toHaveText("færre enn 5 – ikke for publisering");
  await expect(agencies.getByRole("row").filter({ hasText: "Husleietvistutvalget" }).getByRole("cell").nth(2)).toHaveText("3");

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

test("preliminary figures for the year still running: marked, never the dashboard's default, and every agency that reached the goal counted", async ({ page, browser, loginAs }) => {
  const year = new Date().getFullYear();
  const report = async (role: "statsbyggHr" | "dibkHr", permanent: string, target: string) => {
    const hr = await (await browser.newContext()).newPage();
    await signIn(hr, role);
    await hr.goto("/tall");
    await hr.getByLabel("År", { exact: true }).fill(String(year));
    await expect(hr.getByText(`Tallene for ${year} er foreløpige: året er ikke omme ennå.`)).toBeVisible();
    await hr.getByLabel("Nytilsatte i faste stillinger").fill(permanent);
    await hr.getByLabel("Av disse: i målgruppen", { exact: true }).first().fill(target);
    await hr.getByLabel("Nytilsatte i midlertidige stillinger").fill("0");
    await hr.getByLabel("Av disse: i målgruppen", { exact: true }).last().fill("0");
    await hr.getByRole("button", { name: "Lagre tallene" }).click();
    await expect(hr.getByText(`Tallene for ${year} er lagret.`)).toBeVisible();
    await expect(hr.getByRole("row").filter({ has: hr.getByRole("rowheader", { name: `${year} foreløpig` }) })).toBeVisible();
    await hr.context().close();
  };
  // As a new user tried it with Kartverket (whose account another journey deactivates for a while):
  // one agency 3 of 50 (6,0 %), DiBK 3 hires.
  await report("statsbyggHr", "50", "3");
  await report("dibkHr", "3", "0");

  await loginAs("leader");
  await page.goto("/dashbord");
  // The dashboard opens on the latest complete year, not on the year still running.
  await expect(page.getByRole("columnheader", { name: new RegExp(`Andel ${year}`) })).toHaveCount(0);
  await expect(page.getByLabel("År", { exact: true }).locator("option:checked")).not.toHaveText(new RegExp(String(year)));
  const sector = page.getByRole("table", { name: /hele sektoren/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: `${year} foreløpig` }) });
  await expect(sector.getByRole("cell").nth(2)).toHaveText(/^5,7\s%\s\(2 av \d+ har rapportert\)$/);
  // The ministry counts every agency that reached the goal (before: "0 av 2").
  await expect(sector.getByRole("cell").nth(4)).toHaveText("1 av 2");
  await expect(page.getByRole("img", { name: new RegExp(`${year} \\(foreløpig\\): 5,7\\s%\\s\\(2 av \\d+ har rapportert\\)`) })).toBeVisible();

  // Chosen on purpose, it is shown, and said to be preliminary.
  await page.getByLabel("År", { exact: true }).selectOption({ label: `${year} (foreløpig)` });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page.getByText(`Tallene for ${year} er foreløpige: året er ikke omme ennå.`)).toBeVisible();
  await expect(page.getByRole("table", { name: /per virksomhet.*foreløpige tall/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("Digitaliseringsdirektoratet reports from 2020, when it came into being", async ({ page, loginAs }) => {
  await loginAs("digdirHr");
  await page.goto("/tall");
  await expect(page.getByRole("rowheader", { name: "2020" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "2019" })).toHaveCount(0);
  // 2021: 118 permanent (3), 25 temporary (1) and one trainee, counted once and in the target group.
  const y2021 = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2021" }) });
  await expect(y2021.getByRole("cell")).toHaveText(["118 (3)", "25 (1)", "1", "144", "5", "3,5 %", /Endre/]);
  await page.getByLabel("År", { exact: true }).fill("2019");
  await page.getByLabel("Nytilsatte i faste stillinger").fill("10");
  await page.getByLabel("Av disse: i målgruppen", { exact: true }).first().fill("0");
  await page.getByLabel("Nytilsatte i midlertidige stillinger").fill("0");
  await page.getByLabel("Av disse: i målgruppen", { exact: true }).last().fill("0");
  await page.getByRole("button", { name: "Lagre tallene" }).click();
  await expect(page.getByText("Virksomheten ble opprettet 1.1.2020, og har ingen tall for 2019.").first()).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "2019" })).toHaveCount(0);
});
