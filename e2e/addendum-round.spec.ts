// The adviser issues a round to three agencies; each agency sees only its own letter and
// downloads it as PDF and DOCX; the auditor reads all of them.
import { createRoundInForm } from "./ids";
import { expect, expectNoAxeViolations, test, type Role } from "./fixtures";
import { pdfText } from "../tests/support/document-text";

const AGENCIES: { name: string; short: string; role: Role; number: string }[] = [
  { name: "Datatilsynet", short: "Datatilsynet", role: "datatilsynetHr", number: "Tillegg nr. 9" },
  { name: "Statsbygg", short: "Statsbygg", role: "statsbyggHr", number: "Tillegg nr. 12" },
  { name: "Valgdirektoratet", short: "Valgdirektoratet", role: "valgHr", number: "Tillegg nr. 5" },
];

test.describe.configure({ mode: "serial" });

const year = new Date().getFullYear() + 1;
const title = `Oppfølging av handlingsplanen ${year}`;

test("the adviser drafts, previews and sends a round to three agencies", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs("adviser");
  await page.getByRole("link", { name: "Tillegg og planer" }).click();
  await page.getByRole("link", { name: "Ny runde" }).click();
  await expect(page.getByLabel("Brevtekst (mal)")).toHaveValue(/1\. INNLEDNING/);
  await expectNoAxeViolations(page);

  // Validation: no agency, no signatory name, deadline before the letter's date.
  for (const box of await page.getByRole("group", { name: "Virksomheter som skal få brev" }).getByRole("checkbox").all()) await box.uncheck();
  await page.getByLabel("Frist for handlingsplan").fill(`${year - 2}-01-01`);
  await page.getByLabel("Navn, signatar 1").fill("");
  await page.getByRole("button", { name: "Opprett runden med brevutkast" }).click();
  await expect(page.getByText("Velg minst én virksomhet.")).toBeVisible();
  await expect(page.getByText("Fristen må være etter brevets dato.")).toBeVisible();
  await expect(page.getByText("Fyll inn feltet.").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await createRoundInForm(page, { title, caseNumber: `${String(year).slice(2)}/310`, agencies: AGENCIES.map((a) => a.name), deadline: `${year}-03-01` });

  await expect(page.getByRole("heading", { name: new RegExp(title) })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(page.getByText("Brevene er ikke sendt ennå.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Sending is refused while letters have no number.
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Send 3 brev" }).click();
  await expect(page.getByText("Brevet til Datatilsynet mangler brevnummer.")).toBeVisible();

  // Each letter gets its own number; one also its own text.
  for (const a of AGENCIES) {
    await page.getByRole("link", { name: `Rediger brevet til ${a.short}` }).click();
    await expect(page.getByRole("heading", { name: `Brev til ${a.name}` })).toBeVisible();
    await page.getByLabel("Brevnummer").fill(a.number);
    if (a.short === "Statsbygg") {
      const body = page.getByLabel("Brevtekst");
      await body.fill(`${await body.inputValue()}\n\nStatsbygg bes særlig omtale byggeprosjektene.`);
    }
    await page.getByRole("button", { name: "Lagre brevet" }).click();
    await expect(page.getByText("Brevet er lagret.")).toBeVisible();
    if (a.short === "Statsbygg") {
      await expectNoAxeViolations(page);
      await page.getByRole("link", { name: "Forhåndsvis brevet" }).click();
      await expect(page.getByText("Forhåndsvisning: brevet er et utkast")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: `${a.number} til tildelingsbrev ${new Date().getFullYear()} til Statsbygg – ${title}` })).toBeVisible();
      await expect(page.getByText("Statsbygg bes særlig omtale byggeprosjektene.")).toBeVisible();
      await expect(page.getByText("Jan Olav Pettersen (e.f.)")).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await page.getByRole("link", { name: /← Tilbake/ }).click();
    await expect(page.getByRole("heading", { name: new RegExp(title) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Send 3 brev" }).click();
  await expect(page.getByText("Brevene er sendt. Virksomhetene ser dem nå i innboksen sin.")).toBeVisible();
  await expect(rows.filter({ hasText: "Statsbygg" })).toContainText("Sendt");
  await expect(page.getByRole("button", { name: /Send \d+ brev/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Filter: unread letters only.
  await page.getByRole("link", { name: "Ulest", exact: true }).click();
  await expect(rows).toHaveCount(4);
  await page.getByRole("link", { name: "Lest", exact: true }).click();
  await expect(page.getByText("Ingen virksomheter med denne statusen.")).toBeVisible();

  // The archive: one ZIP with a PDF per letter.
  const zipHref = await page.getByRole("link", { name: /Last ned alle brevene/ }).getAttribute("href");
  const zip = await page.request.get(zipHref!);
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  const names = (await zip.body()).toString("latin1");
  for (const a of AGENCIES) expect(names).toContain(`${a.short} ${String(year).slice(2)}-310-`);
});

for (const agency of AGENCIES) {
  test(`${agency.name} sees only its own letter, marks it read and downloads it`, async ({ page, loginAs }) => {
    await loginAs(agency.role);
    await page.getByRole("link", { name: "Brev og handlingsplan" }).click();
    await expect(page).toHaveURL(/\/brev$/);
    const newest = page.getByRole("table").getByRole("row").nth(1);
    await expect(newest).toContainText(`${agency.number} til tildelingsbrev`);
    await expect(newest).toContainText("Ulest");
    for (const other of AGENCIES.filter((a) => a !== agency)) await expect(page.getByText(`til ${other.name} –`)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await newest.getByRole("link", { name: new RegExp(agency.number) }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`til ${agency.name} – ${title}`) })).toBeVisible();
    await expectNoAxeViolations(page);

    const pdf = await page.request.get(await page.getByRole("link", { name: /Last ned PDF/ }).getAttribute("href").then((h) => h!));
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const text = (await pdfText(new Uint8Array(await pdf.body()))).text.replace(/\s+/g, " ");
    expect(text).toContain(`${agency.number} til tildelingsbrev`);
    expect(text).toContain(agency.name);
    const docx = await page.request.get(await page.getByRole("link", { name: /Last ned Word/ }).getAttribute("href").then((h) => h!));
    expect(docx.status()).toBe(200);
    expect(docx.headers()["content-disposition"]).toContain(".docx");

    await page.getByRole("link", { name: "← Tilbake" }).click();
    await expect(page.getByRole("table").getByRole("row").nth(1)).not.toContainText("Ulest");
  });
}

test("the auditor reads every letter of the round, read status shown", async ({ page, loginAs }) => {
  await loginAs("auditor");
  await page.getByRole("link", { name: "Tillegg og planer" }).click();
  await page.getByRole("link", { name: title }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: "Datatilsynet" })).toContainText("Lest");
  await expect(page.getByRole("button")).toHaveCount(1); // only "Logg ut": nothing to change
  for (const a of AGENCIES) {
    await rows.filter({ hasText: a.name }).getByRole("link", { name: new RegExp(a.number) }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`til ${a.name}`) })).toBeVisible();
    await page.getByRole("link", { name: "← Tilbake" }).click();
  }
  await expectNoAxeViolations(page);
});
