// The public page (issue 11 part E): a visitor who is not signed in reads the figures KMD has
// published (2019 and 2020 are closed in the demo data; 2021 is not), changes year with the
// keyboard, and downloads the same rows as CSV and JSON. Other journeys may add agencies and
// figures meanwhile: the checks compare the page with the files rather than with fixed totals.
import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const KMD = "972417858";
const DISTRIKTSSENTERET = "990778094";

/** The agency table as text per agency: org.nr., new hires, in the target group, share ("" where hidden). */
async function tableRows(page: Page): Promise<Map<string, string[]>> {
  const table = page.getByRole("table", { name: /^Virksomhetene i / });
  const rows = new Map<string, string[]>();
  for (const row of await table.locator("tbody tr").all()) {
    const name = (await row.getByRole("rowheader").innerText()).trim();
    const [orgNumber, total, target, share] = (await row.getByRole("cell").allInnerTexts()).map((t) => t.trim());
    const hidden = total === "Skjult";
    const count = (t: string) => (hidden || t === "–" ? "" : /^\d+/.exec(t.replace(/\s/g, ""))![0]);
    rows.set(name, [orgNumber!, count(total!), count(target!), hidden || share === "–" ? "" : /^\d+,\d/.exec(share!)![0]]);
  }
  return rows;
}

async function text(download: Download): Promise<string> {
  return (await readFile(await download.path())).toString("utf8");
}

test("a signed-out visitor reads KMD's published years, changes year by keyboard, and downloads the same rows", async ({ page }) => {
  // No session: the sign-in page links to the public figures, which open without one.
  await page.goto("/logg-inn");
  await page.getByRole("link", { name: "offentlige tall" }).click();
  await expect(page).toHaveURL(/\/offentlig$/);
  // The closed-years journey reopens 2019 for a moment: wait until it is published again.
  await expect(async () => {
    await page.goto(`/offentlig?sektor=${KMD}`);
    await expect(page.getByLabel("År", { exact: true }).locator("option")).toHaveText(["2019", "2020"], { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inkluderingsdugnaden: nytilsatte i målgruppen");

  // The sector's published years against the goal and the state; 2021 is not closed, so not shown.
  const sector = page.getByRole("table", { name: /Kommunal- og moderniseringsdepartementet og hele staten/ });
  const year = (y: string) => sector.getByRole("row").filter({ has: page.getByRole("rowheader", { name: y }) });
  await expect(year("2019").getByRole("cell").nth(2)).toHaveText(/^\d+,\d\s%|^Skjult/);
  await expect(year("2019").getByRole("cell").nth(3)).toHaveText(/^Mål 5\s%$/);
  await expect(year("2019").getByRole("cell").nth(4)).toHaveText(/^2,2\s%$/);
  await expect(year("2020").getByRole("cell").nth(4)).toHaveText(/^2,0\s%$/);
  await expect(page.getByRole("rowheader", { name: "2021" })).toHaveCount(0);
  await expect(page.getByText("Slik telles det for 2019")).toBeVisible();
  await expect(page.getByText("Slik telles det for 2020")).toBeVisible();

  // The latest published year first: Distriktssenteret had 3 hires in 2020, so no counts.
  await expect(page.getByRole("heading", { name: "Per virksomhet, 2020" })).toBeVisible();
  const distrikt = () => page.getByRole("table", { name: /^Virksomhetene i / }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Distriktssenteret" }) });
  await expect(distrikt().getByRole("cell")).toHaveText([DISTRIKTSSENTERET, "Skjult", "Skjult", "Skjult"]);
  await expectNoAxeViolations(page);

  // To 2019 with the keyboard only: from the sector field to the year, up one, on to "Vis".
  await page.getByLabel("Sektor", { exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("År", { exact: true })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Vis" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`sektor=${KMD}&aar=2019`));
  await expect(page.getByRole("heading", { name: "Per virksomhet, 2019" })).toBeVisible();
  await expect(distrikt().getByRole("cell")).toHaveText([DISTRIKTSSENTERET, "Skjult", "Skjult", "Skjult"]);
  const shown = await tableRows(page);
  // HTU's pooled 2019–2020 (8 hires, none in the target group) would give each year away: hidden too.
  expect(shown.get("Husleietvistutvalget")).toEqual(["974760339", "", "", ""]);
  for (const [, [, total]] of shown) if (total !== "") expect(Number(total)).toBeGreaterThanOrEqual(5);
  await expectNoAxeViolations(page);

  // The CSV: the same agency rows for 2019 as the table, and nothing from 2021.
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV for sektoren" }).click();
  const csv = await text(await csvDownload);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split("\r\n").map((l) => l.split(";"));
  expect(lines[0]!.slice(0, 9)).toEqual(["Nivå", "Sektor org.nr.", "Sektor", "Org.nr.", "Navn", "År", "Nytilsatte", "I målgruppen", "Andel (%)"]);
  expect(new Set(lines.slice(1).map((l) => l[5]))).toEqual(new Set(["2019", "2020"]));
  const csv2019 = new Map(lines.filter((l) => l[0] === "virksomhet" && l[5] === "2019").map((l) => [l[4]!, [l[3]!, l[6]!, l[7]!, l[8]!]]));
  expect(csv2019).toEqual(shown);
  expect(lines.find((l) => l[3] === DISTRIKTSSENTERET && l[5] === "2019")!.slice(6, 10)).toEqual(["", "", "", "skjult av personvernhensyn"]);
  expect(lines.find((l) => l[0] === "sektor" && l[5] === "2019")!.slice(12)).toEqual(["5", "2,2"]);

  // The JSON: the same rows as the CSV.
  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "JSON for sektoren" }).click();
  const json = JSON.parse(await text(await jsonDownload)) as { rader: { nivaa: string; orgnr: string; navn: string; aar: number; nytilsatte: number | null; iMaalgruppen: number | null; andelProsent: number | null; merknad: string | null }[] };
  expect(json.rader).toHaveLength(lines.length - 1);
  const json2019 = new Map(
    json.rader
      .filter((r) => r.nivaa === "virksomhet" && r.aar === 2019)
      .map((r) => [r.navn, [r.orgnr, String(r.nytilsatte ?? ""), String(r.iMaalgruppen ?? ""), r.andelProsent === null ? "" : r.andelProsent.toFixed(1).replace(".", ",")]]),
  );
  expect(json2019).toEqual(shown);
  // No small agency-year's counts anywhere: every count shown is of 5 hires or more.
  for (const r of json.rader) if (r.nytilsatte !== null) expect(r.nytilsatte).toBeGreaterThanOrEqual(5);
  for (const r of json.rader.filter((r) => r.orgnr === DISTRIKTSSENTERET)) expect([r.nytilsatte, r.iMaalgruppen, r.andelProsent, r.merknad]).toEqual([null, null, null, "skjult av personvernhensyn"]);
});

test("a bad choice in the address gives a plain Norwegian message, never an error page", async ({ page }) => {
  const response = await page.goto("/offentlig?sektor=%3Cscript%3E&aar=tjue&side=-1");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Valget i lenken finnes ikke eller er ugyldig.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Per virksomhet, \d{4}$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const bad = await page.request.get("/offentlig/tall.json?aar=tjue");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toMatch(/^Ugyldig valg/);
  const unknown = await page.request.get("/offentlig/tall.csv?sektor=000000000");
  expect(unknown.status()).toBe(404);
  // Open to anyone, with the security headers of every response.
  const all = await page.request.get("/offentlig/tall.csv");
  expect(all.status()).toBe(200);
  expect(all.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(await all.text()).not.toContain(";2021;");
});

test.describe("in English", () => {
  // Before sign-in the browser's Accept-Language decides (issue 14); the open-data files keep their Norwegian columns.
  test.use({ locale: "en-GB" });

  test("a visitor whose browser prefers English reads the public figures in English", async ({ page }) => {
    await page.goto(`/offentlig?sektor=${KMD}&aar=2020`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The inclusion drive: new hires in the target group");
    await expect(page.getByRole("img", { name: /^Bar chart of the sector's share per year/ })).toBeVisible();
    const sector = page.getByRole("table", { name: /Kommunal- og moderniseringsdepartementet and the whole state/ });
    const y2019 = sector.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2019" }) });
    await expect(y2019.getByRole("cell").nth(3)).toHaveText(/^Goal 5\s%$/);
    await expect(y2019.getByRole("cell").nth(4)).toHaveText(/^2\.2\s%$/);
    await expect(page.getByText("How it is counted for 2019")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Per agency, 2020" })).toBeVisible();
    const distrikt = page.getByRole("table", { name: /^The agencies in / }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Distriktssenteret" }) });
    await expect(distrikt.getByRole("cell")).toHaveText([DISTRIKTSSENTERET, "Hidden", "Hidden", "Hidden"]);
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expectNoAxeViolations(page);

    const bad = await page.request.get("/offentlig/tall.json?aar=tjue", { headers: { "accept-language": "en-GB" } });
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: string }).error).not.toMatch(/^Ugyldig valg/);
  });
});
