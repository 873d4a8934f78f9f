// Issue 6's journey: the adviser builds a sector plan with two themes (one measure taken from an
// agency's plan, themes reordered by keyboard) and publishes it; an agency reports on its
// measures; the adviser sees the matrix and downloads the meeting brief; a change after
// publishing is version 2 and the agency is shown what changed. axe on every page.
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { docxText, normalise, pdfText, ratio, seed } from "../tests/support/document-text";

test.describe.configure({ mode: "serial" });

// A year no other journey uses: this plan becomes the newest, the one agencies follow up.
const YEAR = "2031";
let planPath = "";

test("the adviser builds a plan with two themes and publishes it", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs("adviser");
  await page.getByRole("link", { name: "Sektorplan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Sektorplan for inkluderingsdugnaden" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Handlingsplan 2021 – Oppfølging av inkluderingsdugnaden i KMD-sektoren/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByText("Ny sektorplan").click();
  await page.getByLabel("År", { exact: true }).fill(YEAR);
  await page.getByLabel("Tittel", { exact: true }).fill(`Handlingsplan ${YEAR} – Oppfølging av inkluderingsdugnaden i KMD-sektoren`);
  await page.getByRole("button", { name: "Opprett sektorplan" }).click();
  await expect(page.getByRole("heading", { name: `Rediger sektorplan ${YEAR}` })).toBeVisible({ timeout: 15_000 });
  planPath = new URL(page.url()).pathname.replace(/\/rediger$/, "");
  await expectNoAxeViolations(page);

  await page.getByLabel("Innledning", { exact: true }).fill("KMD har fastsatt følgende handlingsplan for sektoren.");
  await page.getByRole("button", { name: "Legg til tema" }).click();
  await page.getByLabel("Overskrift, tema 1", { exact: true }).fill("Lederforankring");
  await page.getByLabel("Tiltak 1.1", { exact: true }).fill("Oppfølging av handlingsplanen skal tas opp i ledersamtalene.");
  await page.getByRole("button", { name: "Legg til tema" }).click();
  await page.getByLabel("Overskrift, tema 2", { exact: true }).fill("Samarbeid med NAV");
  await page.getByLabel("Tekst, tema 2", { exact: true }).fill("NAV kan bistå som diskusjonspartner.");
  // Publishing an unwritten measure is refused, with the message next to the field.
  await page.getByRole("button", { name: "Publiser som versjon 1" }).click();
  await expect(page.getByText("Planen kan ikke publiseres ennå. Se feltene som er merket.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Skriv hva tiltaket går ut på.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Tiltak 2.1", { exact: true }).fill("Virksomhetene bør etablere et samarbeid med det lokale NAV-kontoret.");
  await page.getByRole("group", { name: "Skal eller bør, tiltak 2.1" }).getByLabel("Bør (anbefalt)").check();

  // The agencies' submitted plans, per element: take a measure in as a starting point.
  const panel = page.getByRole("complementary", { name: "Virksomhetenes planer" });
  await panel.getByLabel("Legg valgte tiltak i temaet").selectOption({ label: "Samarbeid med NAV" });
  await expect(panel.getByRole("heading", { name: /Valgdirektoratet/ })).toBeVisible();
  await panel.getByRole("button", { name: /Bruk som utgangspunkt i temaet Samarbeid med NAV: tiltaket .* fra Valgdirektoratet/ }).first().click();
  await expect(page.getByLabel("Tiltak 2.2", { exact: true })).not.toHaveValue("");
  await expect(page.getByText(/Tiltaket fra Valgdirektoratet er lagt til i temaet Samarbeid med NAV/)).toBeAttached();
  await panel.getByLabel("Vis element").selectOption({ label: "Vurdering av traineeprogrammet" });
  await expect(panel.getByRole("button", { name: /Bruk som utgangspunkt/ })).toHaveCount(0);
  await page.getByLabel("Tiltak 2.2", { exact: true }).fill("Virksomhetene bør invitere NAV til å presentere kandidater.");
  // Measures move the same way: up by keyboard, back down by mouse.
  await page.getByRole("button", { name: "Flytt tiltak 2.2 opp" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Tiltak 2.1", { exact: true })).toHaveValue("Virksomhetene bør invitere NAV til å presentere kandidater.");
  await expect(page.getByText("Tiltaket «Virksomhetene bør invitere NAV til å» er flyttet til plass 1 av 2 i temaet Samarbeid med NAV.")).toBeAttached();
  await expect(page.getByRole("button", { name: "Flytt tiltak 2.1 ned" })).toBeFocused();
  await page.getByRole("button", { name: "Flytt tiltak 2.1 ned" }).click();
  await expect(page.getByLabel("Tiltak 2.2", { exact: true })).toHaveValue("Virksomhetene bør invitere NAV til å presentere kandidater.");

  // Reorder by keyboard: the move keeps focus on the moved theme and is announced.
  const up = page.getByRole("button", { name: "Flytt temaet Samarbeid med NAV opp" });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Overskrift, tema 1", { exact: true })).toHaveValue("Samarbeid med NAV");
  await expect(page.getByRole("button", { name: "Flytt temaet Samarbeid med NAV ned" })).toBeFocused();
  await expect(page.getByText("Temaet Samarbeid med NAV er flyttet til plass 1 av 2.")).toBeAttached();
  // …and by mouse: back again.
  await page.getByRole("button", { name: "Flytt temaet Samarbeid med NAV ned" }).click();
  await expect(page.getByLabel("Overskrift, tema 2", { exact: true })).toHaveValue("Samarbeid med NAV");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Publiser som versjon 1" }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}$`), { timeout: 15_000 });
  await expect(page.getByRole("heading", { name: `Sektorplan ${YEAR}` })).toBeVisible();
  await expect(page.getByText("Versjon 1, publisert")).toBeVisible();
  const doc = page.getByRole("article");
  await expect(doc.getByRole("heading", { level: 3 })).toHaveText(["Lederforankring", "Samarbeid med NAV"]);
  await expect(doc.getByText("Bør (anbefalt)")).toHaveCount(1);
  await expect(doc.getByText("Skal (obligatorisk)")).toHaveCount(2);
  await expectNoAxeViolations(page);
});

test("the agency reports on its measures, with a reason where one is not relevant", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("husbankenHr");
  await page.getByRole("link", { name: "Oppfølging av sektorplanen" }).click();
  await expect(page.getByRole("heading", { name: `Oppfølging av sektorplanen ${YEAR} – Husbanken` })).toBeVisible();
  await expectNoAxeViolations(page);

  const first = page.getByRole("group", { name: "Status, tiltak 1" });
  await first.getByLabel("Gjennomført").check();
  await page.getByLabel("Kommentar, tiltak 1", { exact: true }).fill("Tatt opp i alle ledersamtaler i mars.");
  await page.getByRole("button", { name: "Lagre oppfølging av tiltak 1", exact: true }).click();
  await expect(page.getByText("Oppfølgingen er lagret.")).toBeVisible({ timeout: 15_000 });

  await page.getByRole("group", { name: "Status, tiltak 2.1" }).getByLabel("Ikke relevant").check();
  await page.getByRole("button", { name: "Lagre oppfølging av tiltak 2.1" }).click();
  await expect(page.getByText("Skriv hvorfor tiltaket ikke er relevant for virksomheten.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Begrunnelse, tiltak 2.1", { exact: true }).fill("Husbanken har allerede en avtale med NAV.");
  await page.getByRole("button", { name: "Lagre oppfølging av tiltak 2.1" }).click();
  await expect(page.getByText("Oppfølgingen er lagret.").nth(1)).toBeVisible({ timeout: 15_000 });

  // Updated later: the history keeps both answers.
  await page.getByRole("group", { name: "Status, tiltak 2.2" }).getByLabel("Under arbeid").check();
  await page.getByRole("button", { name: "Lagre oppfølging av tiltak 2.2" }).click();
  await expect(page.getByText("Oppfølgingen er lagret.").nth(2)).toBeVisible({ timeout: 15_000 });
  await page.getByRole("group", { name: "Status, tiltak 2.2" }).getByLabel("Gjennomført").check();
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.status() === 200);
  await page.getByRole("button", { name: "Lagre oppfølging av tiltak 2.2" }).click();
  await saved;
  await page.reload();
  const history = page.locator("details", { hasText: "tiltak 2.2" });
  await history.locator("summary").click();
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").first()).toContainText("Gjennomført");
  await expect(history.getByRole("listitem").last()).toContainText("Under arbeid");
  await expect(page.getByText(/Skal-tiltak gjennomført: 2 av 2 \(100,0\s%\)/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the adviser sees the matrix, filters it by theme and downloads the meeting brief", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto(planPath);
  await page.getByRole("link", { name: "Oppfølging i virksomhetene" }).click();
  await expect(page.getByRole("heading", { name: `Oppfølging av sektorplanen ${YEAR}` })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Husbanken" }) });
  await expect(row.getByText("Gjennomført")).toHaveCount(2);
  await expect(row.getByText("Ikke relevant")).toBeVisible();
  await expect(row.getByText("Husbanken har allerede en avtale med NAV.")).toBeVisible();
  await expect(row).toContainText(/2 av 2 \(100,0\s%\)/);
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Datatilsynet" }) })).toContainText("Ikke startet");
  await expectNoAxeViolations(page);

  await page.getByLabel("Tema", { exact: true }).selectOption({ label: "Samarbeid med NAV" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/tema=/);
  await expect(page.getByRole("columnheader", { name: /Tiltak 1/ })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: /Tiltak 2\.1/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Husbanken" }).click();
  await expect(page.getByRole("heading", { name: "Underlag til etatsstyringsmøtet – Husbanken" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Samarbeid med NAV (bør)" }).first()).toContainText("Ikke relevant");
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned som PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Etatsstyringsm.te Husbanken\.pdf$/);
  const { readFile } = await import("node:fs/promises");
  const pdf = await pdfText(new Uint8Array(await readFile((await file.path())!)));
  expect(pdf.pages).toBe(1);
  const text = normalise(pdf.text);
  expect(text).toContain("Underlag til etatsstyringsmøtet – Husbanken");
  expect(text).toContain("Skal-tiltak gjennomført: 2 av 2");
  expect(text).toContain("Husbanken har allerede en avtale med NAV.");
});

test("a change after publishing is version 2, and the agency is shown what changed", async ({ page, browser, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("adviser");
  await page.goto(planPath);
  await page.getByRole("link", { name: "Endre planen (ny versjon)" }).click();
  await expect(page.getByText(/Versjon 1 er publisert og endres ikke/)).toBeVisible();
  await page.getByLabel("Tiltak 1.1", { exact: true }).fill("Oppfølging av handlingsplanen skal tas opp i leder- og resultatsamtalene.");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Publiser som versjon 2" }).click();
  await expect(page.getByRole("heading", { name: "Hva er endret fra versjon 1 til versjon 2" })).toBeVisible({ timeout: 15_000 });

  const agency = await browser.newContext();
  const hr = await agency.newPage();
  await hr.goto("/logg-inn");
  await hr.getByLabel("E-post").fill("hr@husbanken.test");
  await hr.getByLabel("Passord").fill("dugnad-demo-2020");
  await hr.getByRole("button", { name: "Logg inn" }).click();
  await hr.waitForURL((url) => !url.pathname.startsWith("/logg-inn"));
  await hr.goto("/oppfolging");
  await hr.getByRole("link", { name: "Se hva som er endret i versjon 2" }).click();
  await expect(hr.getByText("Tiltak endret under Lederforankring")).toBeVisible();
  await expect(hr.locator("del")).toContainText("ledersamtalene");
  await expect(hr.locator("ins")).toContainText("leder- og resultatsamtalene");
  // Version 1 is kept as it was published.
  await hr.getByRole("link", { name: "Versjon 1", exact: true }).click();
  await expect(hr.getByRole("article")).toContainText("Oppfølging av handlingsplanen skal tas opp i ledersamtalene.");
  await expectNoAxeViolations(hr);
  // The earlier report still stands: measures keep their ids across versions.
  await hr.goto("/oppfolging");
  await expect(hr.getByText(/Skal-tiltak gjennomført: 2 av 2/)).toBeVisible();
  await agency.close();
});

test("two advisers editing at once: the second save is refused and the adviser chooses", async ({ page, browser, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("adviser");
  await page.goto(`${planPath}/rediger`);
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto("/logg-inn");
  await second.getByLabel("E-post").fill("radgiver@kmd.test");
  await second.getByLabel("Passord").fill("dugnad-demo-2020");
  await second.getByRole("button", { name: "Logg inn" }).click();
  await second.waitForURL((url) => !url.pathname.startsWith("/logg-inn"));
  await second.goto(`${planPath}/rediger`);

  await second.getByLabel("Innledning", { exact: true }).fill("Kollegaens innledning.");
  await second.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(second.getByText("Utkastet er lagret.")).toBeVisible({ timeout: 15_000 });

  await page.getByLabel("Innledning", { exact: true }).fill("Min innledning.");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("heading", { name: "Noen andre har lagret planen" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel("Innledning", { exact: true })).toHaveValue("Min innledning.");
  await page.getByText("Se den nye teksten").click();
  await expect(page.getByText(/Kollegaens innledning\./)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Behold min tekst" }).click();
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible({ timeout: 15_000 });
  await second.reload();
  await expect(second.getByLabel("Innledning", { exact: true })).toHaveValue("Min innledning.");
  await other.close();
});

test("another agency cannot open an agency's brief or the editor", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto(planPath + "/oppfolging");
  const brief = await page.getByRole("link", { name: "Husbanken" }).getAttribute("href");
  await page.context().clearCookies();
  await loginAs("dssHr");
  for (const path of [brief!, `${planPath}/rediger`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  const pdf = await page.request.get(`/api${brief}/pdf`);
  expect(pdf.status()).toBe(404);
  // The agency sees the published plan, never the ministry's draft view or other agencies' rows.
  await page.goto(`${planPath}/oppfolging`);
  await expect(page.getByRole("rowheader")).toHaveCount(1);
  await expect(page.getByRole("rowheader")).toHaveText("Departementenes sikkerhets- og serviceorganisasjon");
  await expectNoAxeViolations(page);
});

test("the 2021 sector plan downloads as PDF and DOCX faithful to the seed document", async ({ page, loginAs }) => {
  await loginAs("leader");
  await page.getByRole("link", { name: "Sektorplan", exact: true }).click();
  await page.getByRole("link", { name: /Handlingsplan 2021/ }).click();
  await expect(page.getByRole("heading", { name: "Sektorplan 2021" })).toBeVisible();
  await expectNoAxeViolations(page);
  const expected = normalise(seed("sektorplan-2021.txt"));
  const pdfHref = await page.getByRole("link", { name: "Last ned PDF" }).getAttribute("href");
  const docxHref = await page.getByRole("link", { name: "Last ned Word (DOCX)" }).getAttribute("href");
  const pdf = await page.request.get(pdfHref!);
  const docx = await page.request.get(docxHref!);
  const pdfRatio = ratio(normalise((await pdfText(new Uint8Array(await pdf.body()))).text), expected);
  const docxRatio = ratio(normalise(await docxText(new Uint8Array(await docx.body()))), expected);
  console.log(`Sector plan 2021: PDF ${pdfRatio.toFixed(4)}, DOCX ${docxRatio.toFixed(4)}`);
  expect(pdfRatio).toBeGreaterThanOrEqual(0.97);
  expect(docxRatio).toBeGreaterThanOrEqual(0.97);
});
