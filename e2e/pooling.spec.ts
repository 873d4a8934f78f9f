// Pooling by request and approval: a small agency asks to report two years as one period, the
// ministry approves, and the period is published; a refused request leaves the years free.
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { withDatabase } from "./db";

test.describe.configure({ mode: "serial" });

/** An agency of KMD's sector with two small years, and its HR (the demo password), made for this spec. */
async function smallAgency(): Promise<{ id: string; name: string; email: string }> {
  const tag = Date.now().toString(36);
  const name = `Småetaten ${tag}`;
  const email = `hr-${tag}@smaaetaten.test`;
  return withDatabase(async (db) => {
    const kmd = (await db.query<{ id: string }>(`select id from "Organisation" where "shortName" = 'KMD'`)).rows[0]!.id;
    const id = `smaa-${tag}`;
    await db.query(`insert into "Organisation" (id, kind, name, "shortName", "orgNumber", "postalAddress", "parentId") values ($1, 'AGENCY', $2, $3, $4, 'Postboks 1\n0001 OSLO', $5)`, [id, name, `Smaa-${tag}`, `9${String(Date.now()).slice(-8)}`, kmd]);
    for (const [year, total] of [[2019, 2], [2020, 3]]) {
      await db.query(`insert into "HiringReport" (id, "agencyId", year, "permanentTotal", "permanentTarget", "temporaryTotal", "temporaryTarget", "updatedAt") values ($1, $2, $3, $4, 0, 0, 0, now())`, [`${id}-${year}`, id, year, total]);
    }
    // The demo password's hash, as every demo account has it.
    await db.query(
      `insert into "User" (id, email, name, role, "organisationId", "passwordHash") select $1, $2, 'Siri Små', 'AGENCY_HR', $3, "passwordHash" from "User" where email = 'hr@htu.test'`,
      [`${id}-hr`, email, id],
    );
    return { id, name, email };
  });
}

test("the agency asks to pool 2019–2020, the ministry approves, and both see the period as approved", async ({ page, browser, loginAs }) => {
  const agency = await smallAgency();
  const hr = await (await browser.newContext()).newPage();
  await signInWith(hr, agency.email);
  await hr.goto("/tall");
  const form = hr.getByRole("form", { name: "Søk om å slå sammen år" });
  await form.getByLabel("Fra og med år").fill("2019");
  await form.getByLabel("Til og med år").fill("2020");
  await form.getByLabel("Begrunnelse (valgfri)").fill("2 og 3 nytilsatte.");
  await form.getByRole("button", { name: "Send søknaden til departementet" }).click();
  await expect(hr.getByText("Søknaden for 2019–2020 er sendt til departementet.")).toBeVisible();
  await expect(hr.getByRole("listitem").filter({ hasText: "2019–2020" })).toContainText("venter på departementet");
  await expectNoAxeViolations(hr);

  await loginAs("adviser");
  await page.goto(`/virksomheter/${agency.id}`);
  const decision = page.getByRole("form", { name: "Behandle søknaden for 2019–2020" });
  await expect(page.getByRole("listitem").filter({ hasText: "2019–2020" })).toContainText("2 og 3 nytilsatte.");
  await expectNoAxeViolations(page);
  await decision.getByRole("button", { name: "Lagre vedtaket" }).click();
  await expect(decision.getByText("Velg godkjenn eller avslå.")).toBeVisible();
  await decision.getByLabel("Godkjenn").check();
  await decision.getByLabel("Melding til virksomheten (valgfri)").fill("Godkjent for årsrapporten.");
  await decision.getByRole("button", { name: "Lagre vedtaket" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "2019–2020" })).toContainText("Godkjent");
  await expect(page.getByRole("button", { name: /Trekk tilbake perioden/ })).toBeVisible();

  await hr.reload();
  const own = hr.getByRole("listitem").filter({ hasText: "2019–2020" });
  await expect(own).toContainText("Godkjent");
  await expect(own).toContainText("Godkjent for årsrapporten.");
  // The years are the period's now: asking again is refused at the field.
  await form.getByLabel("Fra og med år").fill("2019");
  await form.getByLabel("Til og med år").fill("2020");
  await form.getByRole("button", { name: "Send søknaden til departementet" }).click();
  await expect(form.getByText(/Ett eller flere av årene er allerede med i en periode.*også etter at den er trukket tilbake/)).toBeVisible();
  await hr.context().close();
});

test("a refused request says so to the agency, with the ministry's words", async ({ page, browser, loginAs }) => {
  const agency = await smallAgency();
  const hr = await (await browser.newContext()).newPage();
  await signInWith(hr, agency.email);
  await hr.goto("/tall");
  const form = hr.getByRole("form", { name: "Søk om å slå sammen år" });
  await form.getByLabel("Fra og med år").fill("2019");
  await form.getByLabel("Til og med år").fill("2020");
  await form.getByRole("button", { name: "Send søknaden til departementet" }).click();
  await expect(hr.getByText("Søknaden for 2019–2020 er sendt til departementet.")).toBeVisible();

  await loginAs("adviser");
  await page.goto(`/virksomheter/${agency.id}`);
  const decision = page.getByRole("form", { name: "Behandle søknaden for 2019–2020" });
  await decision.getByLabel("Avslå").check();
  await decision.getByLabel("Melding til virksomheten (valgfri)").fill("Vi tar dette i etatsstyringsmøtet.");
  await decision.getByRole("button", { name: "Lagre vedtaket" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "2019–2020" })).toContainText("Avslått");

  await hr.reload();
  await expect(hr.getByRole("listitem").filter({ hasText: "2019–2020" })).toContainText("Vi tar dette i etatsstyringsmøtet.");
  await hr.context().close();
});

async function signInWith(page: import("@playwright/test").Page, email: string): Promise<void> {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill("dugnad-demo-2020");
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/logg-inn"));
}
