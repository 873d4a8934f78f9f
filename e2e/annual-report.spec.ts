// Journey: Datatilsynet's HR opens the chapter IV text for 2021 (the figures as text and table, the
// narrative prefilled from its approved plan and its follow-up of the 2021 sector plan), edits the
// narrative, saves it, and downloads the DOCX with the edited text in it. A second tab that opened
// the page before the save is refused and shown the newer text. Nobody outside the agency gets in.
import { readFile } from "node:fs/promises";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signIn } from "./ids";
import { docxText, normalise } from "../tests/support/document-text";

test.describe.configure({ mode: "serial" });

const EDITED = "Vi nådde målet i 2021 med én tilsetting i målgruppen, etter at alle utlysninger fikk en oppfordring til å søke.";

test("HR opens the 2021 chapter, edits the narrative, saves it and downloads it as DOCX", async ({ page, browser, loginAs }) => {
  await loginAs("datatilsynetHr");
  await page.goto("/tall");
  await page.getByRole("link", { name: "Årsrapport 2021, kapittel IV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Årsrapport 2021, kapittel IV – Datatilsynet" })).toBeVisible();
  await expect(page.getByText("Teksten er et forslag hentet fra handlingsplanen")).toBeVisible();

  // The figures: the sentence, the table and the goal.
  await expect(page.getByText("Datatilsynet hadde 20 nytilsatte i 2021: 16 i faste stillinger og 4 i midlertidige stillinger.")).toBeVisible();
  const table = page.getByRole("table", { name: "Nytilsatte i 2021 i faste og midlertidige stillinger, og av dem i målgruppen" });
  await expect(table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Totalt" }) })).toHaveText(/Totalt\s*20\s*1/);
  await expect(table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Andel i målgruppen" }) })).toContainText("5,0 %");
  await expect(page.getByText("Målet om at minst 5 prosent av de nytilsatte skal være i målgruppen, ble nådd.")).toBeVisible();

  // The narrative, prefilled from the approved plan and the follow-up reported in 2021.
  const assessment = page.getByRole("textbox", { name: "Vurdering av måloppnåelsen" });
  const challenges = page.getByRole("textbox", { name: "Utfordringer" });
  const worked = page.getByRole("textbox", { name: "Tiltak og hva som har virket" });
  await expect(assessment).toHaveValue(/^Andelen nytilsatte i målgruppen var 5,0\s% i 2021\./);
  await expect(worked).toHaveValue(/Oppfølgingen av Handlingsplan 2021 – Oppfølging av inkluderingsdugnaden i KMD-sektoren, med status per 31\.12\.2021:/);
  await expect(worked).toHaveValue(/Plan lagt fram i etatsstyringsmøtet 9\. februar\./);
  await expect(page.getByText(/Forslaget bygger på handlingsplanen deres, versjon 1, sendt inn 20\.11\.2020/)).toBeVisible();
  await expectNoAxeViolations(page);

  // A second tab opens the page before the first one saves.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "datatilsynetHr");
  await other.goto("/tall/arsrapport/2021");
  await expect(other.getByRole("textbox", { name: "Utfordringer" })).not.toHaveValue("");

  // A section left empty is refused, with the message at the field; the proposal can be fetched again.
  await challenges.fill("");
  await page.getByRole("button", { name: "Lagre teksten" }).click();
  await expect(challenges).toHaveAccessibleDescription(/Skriv noe under denne overskriften\./);
  await page.getByRole("button", { name: "Hent forslag på nytt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Forslaget er hentet på nytt" })).toBeVisible();
  await expect(challenges).toHaveValue(/^Utfordringene vi beskrev i handlingsplanen:/);

  await assessment.fill(EDITED);
  await page.getByRole("button", { name: "Lagre teksten" }).click();
  await expect(page.getByText("Teksten til årsrapporten for 2021 er lagret.")).toBeVisible();
  await expect(page.getByText(/^Lagret .* av /)).toBeVisible();
  await page.reload();
  await expect(assessment).toHaveValue(EDITED);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned som Word (DOCX)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Årsrapport 2021 kapittel IV – inkluderingsdugnaden – Datatilsynet.docx");
  const text = normalise(await docxText(new Uint8Array(await readFile((await file.path())!))));
  expect(text).toContain(EDITED);
  expect(text).toContain("Datatilsynet hadde 20 nytilsatte i 2021: 16 i faste stillinger og 4 i midlertidige stillinger.");
  expect(text).toContain("Plan lagt fram i etatsstyringsmøtet 9. februar.");
  expect(text).not.toContain("Andelen nytilsatte i målgruppen var 5,0");

  // The tab opened before the save is refused, and shown what was saved.
  await other.getByRole("textbox", { name: "Tiltak og hva som har virket" }).fill("Et eldre utkast.");
  await other.getByRole("button", { name: "Lagre teksten" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "Noen andre i virksomheten har lagret teksten siden du åpnet den." })).toBeVisible();
  const choice = other.getByRole("region", { name: "Teksten er endret av noen andre" });
  await expect(choice).toContainText(EDITED);
  await expectNoAxeViolations(other);
  await other.context().close();
});

test("nobody outside the agency's HR reaches the chapter or its DOCX, and a bad year is not found", async ({ page, browser, loginAs }) => {
  await loginAs("adviser");
  expect((await page.goto("/tall/arsrapport/2021"))?.status()).toBe(404);
  expect((await page.request.get("/api/tall/arsrapport/2021/docx")).status()).toBe(404);
  const hr = await (await browser.newContext()).newPage();
  await signIn(hr, "datatilsynetHr");
  expect((await hr.goto("/tall/arsrapport/1999"))?.status()).toBe(404);
  expect((await hr.request.get("/api/tall/arsrapport/20x1/docx")).status()).toBe(404);
  await hr.context().close();
});
