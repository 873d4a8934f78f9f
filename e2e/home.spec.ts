// Issue 12: each role signs in to "Hjem", which lists what to do next (the most urgent first) or,
// for a leader and the audit office, an overview; every item links to where it is done.
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { withDatabase } from "./db";

const list = (page: import("@playwright/test").Page, name: string) => page.getByRole("region", { name }).getByRole("listitem");

test("an agency's HR lands on Hjem, sees its overdue plan and the sector plan's measures without status, and opens the plan", async ({ page, loginAs }) => {
  // DiBK: an agency no journey edits; its 2020 plan is not started, past the deadline of 1 December 2020.
  await loginAs("dibkHr");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Hjem" })).toHaveAttribute("aria-current", "page");
  const items = list(page, "Å gjøre");
  await expect(items.filter({ hasText: /tiltak i sektorplanen mangler status fra dere/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await items
    .getByRole("link", { name: /^Handlingsplanen skulle vært sendt innen 1\. desember 2020 – fristen gikk ut for \d+ dager siden$/ })
    .click();
  await expect(page).toHaveURL(/\/planer\/\w+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Handlingsplan for inkluderingsdugnaden – Direktoratet for byggkvalitet" })).toBeVisible();
});

test("the adviser lands on Hjem, sees plans to review and agencies past the deadline, and goes to the round", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await expect(page).toHaveURL(/\/$/);
  const items = list(page, "Å gjøre");
  await expect(items.filter({ hasText: /handlingsplanen venter på gjennomgang/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await items.getByRole("link", { name: "Direktoratet for byggkvalitet har ikke sendt inn handlingsplanen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Handlingsplan for inkluderingsdugnaden (2020)" })).toBeVisible();
});

test("the ministry's leader lands on Hjem, sees the sector at a glance against the goal, and opens the dashboard", async ({ page, loginAs }) => {
  await loginAs("leader");
  await expect(page).toHaveURL(/\/$/);
  const glance = page.getByRole("region", { name: "Sektoren i korte trekk" });
  // The latest complete year (2021 in the demo data; a journey may report a later one meanwhile).
  await expect(glance.getByText(/^Andel nytilsatte i målgruppen i sektoren i \d{4}$/)).toBeVisible();
  await expect(glance.getByText(/^\d+,\d\u00a0%/).first()).toBeVisible();
  // The latest round sent: the demo's 2020 round, or one the addendum journey sends meanwhile.
  await expect(glance.getByRole("heading", { name: /^Handlingsplaner i .+ \(\d{4}\)$/ })).toBeVisible();
  await expect(glance.getByText(/^Ikke påbegynt: \d+$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await glance.getByRole("link", { name: "Til dashbordet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashbord: inkluderingsdugnaden" })).toBeVisible();
});

test("the auditor lands on Hjem, sees what changed since the last visit by kind, and opens the log filtered", async ({ page, loginAs }) => {
  // The auditor's last visit was at New Year 2021: since then the demo's agencies have reported 2021.
  await withDatabase((db) => db.query(`update "User" set "lastSignInAt" = '2021-01-01T00:00:00Z' where email = 'revisor@riksrevisjonen.test'`));
  await loginAs("auditor");
  await expect(page).toHaveURL(/\/$/);
  const changes = page.getByRole("region", { name: "Endringer siden forrige besøk" });
  await expect(changes.getByText("Hendelser i loggen siden du sist logget inn, 1.1.2021 kl. 01.00.")).toBeVisible();
  await expectNoAxeViolations(page);
  const group = changes.getByRole("listitem").getByRole("link", { name: /^Nytilsettinger rapportert: \d+ hendelser?$/ });
  await group.click();
  await expect(page).toHaveURL(/\/logg\?hendelse=HiringReport\.create&fra=2021-01-01$/);
  await expect(page.getByRole("heading", { level: 1, name: "Logg" })).toBeVisible();
});
