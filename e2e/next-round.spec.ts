// Journey (issue 13): the adviser makes next year's round from the demo's 2020 round, edits it and
// sends it; Datatilsynet (the demo's approved plan) finds its revised plan prefilled from the
// approved version, with the earlier plan linked; the dashboard shows the plan status per round.
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

// Unique per run, so a rerun on the same database finds its own round.
const title = `Revidert handlingsplan for inkluderingsdugnaden ${Date.now().toString(36)}`;

test("the adviser starts next year's round from the 2020 round, edits it and sends it", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs("adviser");
  await page.goto("/runder");
  await page.getByRole("row").filter({ hasText: "2020" }).getByRole("link", { name: "Handlingsplan for inkluderingsdugnaden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Handlingsplan for inkluderingsdugnaden (2020)" })).toBeVisible();
  await page.getByRole("link", { name: "Ny runde fra denne" }).click();

  // The form, prefilled from 2020 a year on; nothing is created yet.
  await expect(page.getByRole("heading", { level: 1, name: "Ny runde fra Handlingsplan for inkluderingsdugnaden (2020)" })).toBeVisible();
  await expect(page.getByLabel("Tittel", { exact: true })).toHaveValue("Handlingsplan for inkluderingsdugnaden");
  await expect(page.getByLabel("Saksnummer")).toHaveValue(/^21\/\d+$/);
  await expect(page.getByLabel("Frist for handlingsplan")).toHaveValue("2021-12-01");
  await expect(page.getByLabel("Brevtekst (mal)")).toHaveValue(/innen 1\.12\.2021\*\*/);
  await expect(page.getByLabel("Brevtekst (mal)")).toHaveValue(/tildelingsbrevet for 2021/);
  await expect(page.getByLabel("Avdeling")).toHaveValue("Statsforvaltningsavdelingen");
  await expect(page.getByLabel("Navn, signatar 1")).toHaveValue("Jan Olav Pettersen");
  await expect(page.getByLabel("Påminnelser før fristen (dager)")).toHaveValue("14, 3");
  await expect(page.getByLabel("Ber om revidert handlingsplan")).toBeChecked();
  await expect(page.getByLabel("Datatilsynet", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Husbanken", { exact: true })).toBeChecked();
  await expectNoAxeViolations(page);

  // The adviser edits: a new title, and two agencies this time: Datatilsynet (its 2020 plan was
  // approved) and Husleietvistutvalget (it had none). Another journey's dashboard check counts on
  // agencies without a plan in the newest round, which this one may be.
  await page.getByLabel("Tittel", { exact: true }).fill(title);
  for (const box of await page.getByRole("group", { name: "Virksomheter som skal få brev" }).getByRole("checkbox").all()) await box.uncheck();
  await page.getByLabel("Datatilsynet", { exact: true }).check();
  await page.getByLabel("Husleietvistutvalget", { exact: true }).check();
  const caseNumber = await page.getByLabel("Saksnummer").inputValue();
  await page.getByRole("button", { name: "Opprett runden med brevutkast" }).click();

  // The new round says where it came from.
  await expect(page.getByRole("heading", { level: 1, name: `${title} (2021)` })).toBeVisible();
  await expect(page.getByText("Videreført fra")).toBeVisible();
  await expect(page.getByRole("link", { name: "Handlingsplan for inkluderingsdugnaden (2020)" })).toBeVisible();
  await expect(page.getByText("Brevene ber om revidert handlingsplan")).toBeVisible();
  await expectNoAxeViolations(page);

  // The letters: new references in the new case (in the order of the agencies' names), no letter
  // number until the adviser gives one.
  for (const [short, ref] of [["Datatilsynet", 1], ["HTU", 2]] as const) {
    await page.getByRole("link", { name: `Rediger brevet til ${short}` }).click();
    await expect(page.getByLabel("Vår ref")).toHaveValue(`${caseNumber}-${ref}`);
    await expect(page.getByLabel("Brevnummer")).toHaveValue("");
    await page.getByLabel("Brevnummer").fill("Tillegg nr. 1");
    await page.getByRole("button", { name: "Lagre brevet" }).click();
    await expect(page.getByText("Brevet er lagret.")).toBeVisible();
    await page.getByRole("link", { name: /← Tilbake/ }).click();
  }
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Send 2 brev" }).click();
  await expect(page.getByText("Brevene er sendt. Virksomhetene ser dem nå i innboksen sin.")).toBeVisible();

  // The earlier round links to the new one.
  await page.getByRole("link", { name: "Handlingsplan for inkluderingsdugnaden (2020)" }).click();
  await expect(page.getByText("Videreført i")).toBeVisible();
  await expect(page.getByRole("link", { name: `${title} (2021)` })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("Datatilsynet finds its revised plan prefilled from the approved 2020 version, with the earlier plan linked", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("datatilsynetHr");
  await page.goto("/brev");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("Utkast");
  await row.getByRole("link", { name: "Åpne handlingsplanen" }).click();

  await expect(page.getByText("Bygger på:")).toBeVisible();
  const basis = page.getByRole("link", { name: "versjon 1 av planen for Handlingsplan for inkluderingsdugnaden (2020)" });
  await expect(basis).toBeVisible();
  // The draft is the approved plan's content, for HR to revise.
  const texts = () => page.getByRole("form", { name: "Handlingsplan" }).getByRole("textbox").evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).join("\n"));
  await expect.poll(texts).toContain("Vi har ikke hatt en fast rutine for hvordan søkere i målgruppen skal vurderes.");
  const earlier = page.getByRole("region", { name: "Planer i andre runder" });
  await expect(earlier.getByRole("link", { name: "Handlingsplan for inkluderingsdugnaden (2020)" })).toBeVisible();
  await expect(earlier).toContainText("godkjent");
  await expectNoAxeViolations(page);

  // The approved version stays readable.
  await basis.click();
  await expect(page.getByRole("heading", { level: 1, name: "Datatilsynet: versjon 1" })).toBeVisible();
  await expect(page.getByText("Vi har ikke hatt en fast rutine for hvordan søkere i målgruppen skal vurderes.").first()).toBeVisible();
});

test("the dashboard shows the plan status per round, the round chosen by the leader", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  await loginAs("leader");
  await page.goto("/dashbord");
  await page.getByLabel("Runde", { exact: true }).selectOption({ label: `${title} (2021)` });
  await page.getByRole("button", { name: "Velg runde" }).click();
  await expect(page).toHaveURL(/runde=/);
  const plans = page.getByRole("region", { name: `Handlingsplaner: ${title} (2021)` });
  await expect(plans).toBeVisible();
  // Datatilsynet's revision is a draft; Husleietvistutvalget, with no approved plan, has not started.
  await expect(plans.getByRole("listitem").filter({ hasText: "Utkast" })).toHaveText(/^\s*1\s*Utkast\s*$/);
  await expect(plans.getByRole("listitem").filter({ hasText: "Ikke påbegynt" })).toHaveText(/^\s*1\s*Ikke påbegynt\s*$/);
  await expect(plans.getByRole("listitem").filter({ hasText: "Godkjent" })).toHaveText(/^\s*0\s*Godkjent\s*$/);
  await expectNoAxeViolations(page);

  // The 2020 round: Datatilsynet's plan there is approved.
  await page.getByLabel("Runde", { exact: true }).selectOption({ label: "Handlingsplan for inkluderingsdugnaden (2020)" });
  await page.getByRole("button", { name: "Velg runde" }).click();
  const earlier = page.getByRole("region", { name: "Handlingsplaner: Handlingsplan for inkluderingsdugnaden (2020)" });
  await expect(earlier.getByRole("listitem").filter({ hasText: "Godkjent" })).not.toHaveText(/^\s*0\s*Godkjent/);
  // The agency table follows the round chosen.
  await page.getByLabel("Søk etter virksomhet").fill("Datatilsynet");
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  const agencies = page.getByRole("table", { name: /per virksomhet/ });
  await expect(agencies.getByRole("row").filter({ hasText: "Datatilsynet" })).toContainText("Godkjent");
});
