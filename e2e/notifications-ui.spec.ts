// Notifications in the app (issue 12): the bell and the list, one's e-mail choices, the
// administrator's undelivered e-mail, the adviser's due date for figures and a round's reminder
// days. Notifications and a failed e-mail are written straight into the e2e database (e2e/db.ts):
// the events that cause them are tested in tests/integration/notifications.test.ts. Other specs
// may notify the same people meanwhile, so counts are compared with what the database says.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { withDatabase } from "./db";
import { ACCOUNTS, expect, expectNoAxeViolations, test } from "./fixtures";

async function userId(email: string): Promise<string> {
  return withDatabase(async (db) => (await db.query<{ id: string }>(`select id from "User" where email = $1`, [email])).rows[0]!.id);
}

/** A FIGURES_DUE notification for the person, linking to /tall; returns its id. */
async function addNotification(owner: string, year: number): Promise<string> {
  const id = `e2e-${randomUUID()}`;
  const params = { kind: "FIGURES_DUE", agencyName: "Datatilsynet", year, dueOn: `${year + 1}-03-01`, daysLeft: 5 };
  await withDatabase((db) =>
    db.query(`insert into "Notification" (id, key, "userId", kind, params, link) values ($1, $1, $2, 'FIGURES_DUE', $3, '/tall')`, [id, owner, JSON.stringify(params)]),
  );
  return id;
}

const unreadInDatabase = (owner: string) =>
  withDatabase(async (db) => Number((await db.query<{ n: string }>(`select count(*) as n from "Notification" where "userId" = $1 and "readAt" is null`, [owner])).rows[0]!.n));

/** The count the bell says, from its accessible name "Varsler (3 uleste)". */
async function bellCount(page: Page): Promise<number> {
  const name = (await page.getByRole("banner").getByRole("link", { name: /^Varsler/ }).textContent()) ?? "";
  const match = /\((\d+) uleste\)/.exec(name);
  return match ? Number(match[1]) : 0;
}

test("HR sees the bell's count, opens a notification from the list and marks all read", async ({ page, loginAs }) => {
  const owner = await userId(ACCOUNTS.datatilsynetHr);
  const older = await addNotification(owner, 2023);
  const newer = await addNotification(owner, 2024);
  await loginAs("datatilsynetHr");
  await page.goto("/profil");

  const bell = page.getByRole("banner").getByRole("link", { name: /^Varsler \(\d+ uleste\)$/ });
  await expect(bell).toBeVisible();
  const before = await bellCount(page);
  expect(before).toBeGreaterThanOrEqual(2);
  expect(before).toBeLessThanOrEqual(await unreadInDatabase(owner));

  await bell.click();
  await expect(page).toHaveURL(/\/varsler$/);
  await expect(page.getByRole("heading", { level: 1, name: "Varsler" })).toBeVisible();
  const list = page.getByRole("list", { name: "Varsler, nyeste først" });
  const titles = await list.getByRole("link").allTextContents();
  const newerTitle = "Tallene for nytilsatte i 2024 skal rapporteres innen 1. mars 2025";
  const olderTitle = "Tallene for nytilsatte i 2023 skal rapporteres innen 1. mars 2024";
  // Newest first, each unread one marked.
  expect(titles.indexOf(newerTitle)).toBeGreaterThanOrEqual(0);
  expect(titles.indexOf(newerTitle)).toBeLessThan(titles.indexOf(olderTitle));
  await expect(list.getByRole("listitem").filter({ hasText: newerTitle })).toContainText("Ulest");
  await expectNoAxeViolations(page);

  // Opening one: its page comes next, and it is read.
  const unreadBefore = await unreadInDatabase(owner);
  await list.getByRole("link", { name: newerTitle }).click();
  await expect(page).toHaveURL(/\/tall$/);
  expect(await unreadInDatabase(owner)).toBeLessThan(unreadBefore);
  await page.goto("/varsler");
  await expect(page.getByRole("list", { name: "Varsler, nyeste først" }).getByRole("listitem").filter({ hasText: newerTitle })).not.toContainText("Ulest");
  await expect(page.getByRole("list", { name: "Varsler, nyeste først" }).getByRole("listitem").filter({ hasText: olderTitle })).toContainText("Ulest");
  expect(await bellCount(page)).toBeLessThanOrEqual(await unreadInDatabase(owner));

  // Someone else's notification, or none: not found.
  const adviserNote = await addNotification(await userId(ACCOUNTS.adviser), 2022);
  expect((await page.goto(`/varsler/${adviserNote}`))?.status()).toBe(404);
  expect((await page.goto("/varsler/finnes-ikke"))?.status()).toBe(404);

  await page.goto("/varsler");
  await page.getByRole("button", { name: "Merk alle som lest" }).click();
  await expect(page.getByRole("status")).toContainText("Alle varsler er merket som lest.");
  await expect(page.getByRole("banner").getByRole("link", { name: /^Varsler \(/ })).toHaveAccessibleName(/^Varsler \((ingen|\d+) uleste\)$/);
  await expect(page.getByRole("list", { name: "Varsler, nyeste først" }).getByRole("listitem").filter({ hasText: olderTitle })).not.toContainText("Ulest");
  expect(await withDatabase(async (db) => (await db.query(`select "readAt" from "Notification" where id = any($1)`, [[older, newer]])).rows.every((r) => r.readAt !== null))).toBe(true);
  await expectNoAxeViolations(page);
});

test("HR chooses a daily digest for the ministry's reply; required kinds have no choice", async ({ page, loginAs }) => {
  await loginAs("datatilsynetHr");
  await page.goto("/profil");
  await page.getByRole("link", { name: "innstillingene for varsler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Innstillinger for varsler" })).toBeVisible();
  await expect(page.getByText("Varslene kommer alltid i")).toBeVisible();

  // Required: told so, no inputs.
  await expect(page.getByRole("group", { name: "Nye brev fra departementet" })).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Påminnelser om fristen for handlingsplanen" })).toHaveCount(0);
  await expect(page.getByText("Sendes alltid straks: runden krever den.")).toHaveCount(2);

  const reply = page.getByRole("group", { name: "Departementets svar på handlingsplanen" });
  await expect(reply.getByRole("radio")).toHaveCount(3);
  await reply.getByRole("radio", { name: "Daglig sammendrag" }).check();
  await page.getByRole("button", { name: "Lagre innstillingene" }).click();
  await expect(page.getByRole("status")).toContainText("Innstillingene for varsler er lagret.");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("group", { name: "Departementets svar på handlingsplanen" }).getByRole("radio", { name: "Daglig sammendrag" })).toBeChecked();
  await expect(page.getByRole("group", { name: "Påminnelser om å rapportere tall" }).getByRole("radio", { name: "Straks" })).toBeChecked();

  // Back to at once, for whoever runs next on this database.
  await page.getByRole("group", { name: "Departementets svar på handlingsplanen" }).getByRole("radio", { name: "Straks" }).check();
  await page.getByRole("button", { name: "Lagre innstillingene" }).click();
  await expect(page.getByRole("status")).toContainText("lagret");
});

test("the administrator sees an e-mail that could not be sent, with its error, and sends it again", async ({ page, loginAs }) => {
  const owner = await userId(ACCOUNTS.datatilsynetHr);
  const subject = `Testvarsel ${randomUUID().slice(0, 8)}`;
  await withDatabase((db) =>
    db.query(
      `insert into "EmailMessage" (id, key, "userId", "to", subject, text, html, status, attempts, "lastError")
       values ($1, $1, $2, $3, $4, 'Tekst', '<p>Tekst</p>', 'PENDING', 3, '550 5.1.1 Mailbox unavailable')`,
      [`e2e-${randomUUID()}`, owner, ACCOUNTS.datatilsynetHr, subject],
    ),
  );
  await loginAs("admin");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "E-post" }).click();
  await expect(page).toHaveURL(/\/admin\/epost$/);
  await expect(page.getByRole("heading", { level: 1, name: "E-post som ikke er sendt" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: subject });
  await expect(row).toContainText(ACCOUNTS.datatilsynetHr);
  await expect(row).toContainText("550 5.1.1 Mailbox unavailable");
  await expect(row.getByRole("cell").nth(2)).toHaveText("3");
  // The daily jobs that failed after all their tries have their own list.
  await expect(page.getByRole("heading", { level: 2, name: "Bakgrunnsjobber som feilet" })).toBeVisible();
  await expectNoAxeViolations(page);

  await row.getByRole("button", { name: `Send på nytt til ${ACCOUNTS.datatilsynetHr}: ${subject}` }).click();
  await expect(page.getByRole("status")).toContainText("E-posten er lagt i køen");
});

test("HR has no page of undelivered e-mail", async ({ page, loginAs }) => {
  await loginAs("datatilsynetHr");
  expect((await page.goto("/admin/epost"))?.status()).toBe(404);
});

test("the adviser sets the date by which agencies report a year's figures", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/tall");
  const section = page.getByRole("region", { name: "Frist for å rapportere tall" });
  await section.getByLabel("Året tallene gjelder").fill("2031");
  await section.getByLabel("Frist for tallene").fill("2031-12-31");
  await section.getByRole("button", { name: "Lagre fristen" }).click();
  await expect(section.getByText("Tallene for 2031 kan først rapporteres når året er omme.")).toBeVisible();

  await section.getByLabel("Frist for tallene").fill("2032-03-01");
  await section.getByRole("button", { name: "Lagre fristen" }).click();
  await expect(section.getByRole("status")).toContainText("Fristen for tallene for 2031 er 1. mars 2032.");
  await expect(section.getByRole("list", { name: "Frister for å rapportere tall" })).toContainText("Tallene for 2031: innen 1. mars 2032");
  await expectNoAxeViolations(page);
});

test("a new round's reminder days: 14 and 3 unless the adviser chooses, refused outside 1–60", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/runder/ny");
  const field = page.getByLabel("Påminnelser før fristen (dager)");
  await expect(field).toHaveValue("14, 3");
  await field.fill("0, 3");
  await page.getByRole("button", { name: "Opprett runden med brevutkast" }).click();
  await expect(page.getByText("Hver påminnelse må være mellom 1 og 60 dager før fristen.")).toBeVisible();
  await expect(page).toHaveURL(/\/runder\/ny$/);
  await expectNoAxeViolations(page);
});
