// The hand-off to the archive (issue 14): the adviser downloads a round's Noark 5 package from the
// round page, and a period's from the rounds page; the package validates against the schema.
import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import { createOwnAgency } from "./own-agency";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { xmllintValidate } from "../tests/support/arkivmelding";

test("the adviser downloads a round and a period for the archive", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  const own = await createOwnAgency({ requiresLeaderApproval: false, approved: true });
  await loginAs("adviser");

  await page.goto(`/runder/${own.roundId}`);
  const link = page.getByRole("link", { name: "Last ned til arkivet (Noark 5)" });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^Arkivmelding .*\.zip$/);
  const zip = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const xml = new TextDecoder().decode(zip["arkivmelding.xml"]);
  expect((await xmllintValidate(xml)).ok).toBe(true);
  // The letter sent and the plan version received, each with its PDF.
  expect(xml).toContain("<antallFiler>2</antallFiler>");
  expect(xml).toContain("<journalposttype>Utgående dokument</journalposttype>");
  expect(xml).toContain("<journalposttype>Inngående dokument</journalposttype>");
  expect(xml).toContain(`<korrespondansepartNavn>${own.agencyName}</korrespondansepartNavn>`);
  expect(Object.keys(zip)).toHaveLength(3);

  // A period: a bad one is explained in Norwegian; today's holds the test's own letter.
  await page.goto("/runder");
  const period = page.getByRole("region", { name: "Til arkivet (Noark 5)" });
  await expect(period).toBeVisible();
  await expectNoAxeViolations(page);
  const today = await period.getByLabel("Til og med").inputValue();
  await period.getByLabel("Fra og med").fill("2031-01-01");
  await period.getByLabel("Til og med").fill("2030-01-01");
  await period.getByRole("button", { name: "Last ned arkivmelding" }).click();
  await expect(period.getByRole("alert")).toHaveText("Til-datoen kan ikke være før fra-datoen.");
  await expectNoAxeViolations(page);

  await period.getByLabel("Fra og med").fill(today);
  await period.getByLabel("Til og med").fill(today);
  const [periodDownload] = await Promise.all([page.waitForEvent("download"), period.getByRole("button", { name: "Last ned arkivmelding" }).click()]);
  const periodZip = unzipSync(new Uint8Array(await readFile((await periodDownload.path())!)));
  const periodXml = new TextDecoder().decode(periodZip["arkivmelding.xml"]);
  expect(periodXml).toContain(`<korrespondansepartNavn>${own.agencyName}</korrespondansepartNavn>`);
  expect((await xmllintValidate(periodXml)).ok).toBe(true);
});

test("the auditor gets no archive download", async ({ page, loginAs }) => {
  await loginAs("auditor");
  const response = await page.request.get("/api/arkivmelding?fra=2020-11-01&til=2020-11-30");
  expect(response.status()).toBe(404);
  await page.goto("/runder");
  await expect(page.getByRole("region", { name: "Til arkivet (Noark 5)" })).toHaveCount(0);
});
