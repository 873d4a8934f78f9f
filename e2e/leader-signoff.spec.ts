// Issue 13: a round that asks for the leader's sign-off. The adviser's round form offers the
// option; HR sends the finished plan to the agency's leader, who finds it on Hjem, reads the draft
// and approves it for submission; only then does HR submit. The agency is the test's own.
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createOwnAgency, signInAs, type OwnAgency } from "./own-agency";

// Each step signs in and scans pages with axe; on a busy machine that takes longer than the default.
test.describe.configure({ mode: "serial", timeout: 90_000 });

let own: OwnAgency;
test.beforeAll(async () => {
  own = await createOwnAgency({ requiresLeaderApproval: true, approved: false });
});

test("the round form offers the sign-off, and the round says it asks for it", async ({ page, loginAs }) => {
  await loginAs("adviser");
  await page.goto("/runder/ny");
  await expect(page.getByRole("checkbox", { name: "Leder må godkjenne planen før innsending" })).not.toBeChecked();
  await expectNoAxeViolations(page);
  await page.goto(`/runder/${own.roundId}`);
  await expect(page.getByText(/Leder må godkjenne planen før innsending/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("HR asks the leader for sign-off instead of submitting", async ({ page }) => {
  await signInAs(page, own.hrEmail);
  await page.goto(own.planPath);
  await expect(page.getByText("Runden krever at virksomhetens leder godkjenner planen før den sendes inn.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send inn planen" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send til leder for godkjenning" }).click();
  await expect(page.getByText(/Planen ble sendt til leder for godkjenning/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("sendte planen til leder for godkjenning")).toBeVisible();
});

test("the leader finds it on Hjem, reads the draft and approves it for submission", async ({ page }) => {
  await signInAs(page, own.leaderEmail);
  const item = page.getByRole("link", { name: "Handlingsplanen venter på din godkjenning før innsending" });
  await expect(item).toBeVisible();
  await expectNoAxeViolations(page);
  // The leader's menu reaches the agency's letters and plans.
  await expect(page.getByRole("link", { name: "Brev og handlingsplan" })).toBeVisible();
  await item.click();
  await expect(page.getByRole("heading", { name: "Godkjenning før innsending" })).toBeVisible();
  await expect(page.getByText("Få søkere fra målgruppen.", { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Godkjenn for innsending" }).click();
  await expect(page.getByText(/Lars Leder \(TE-[0-9a-f]+\) godkjente utkastet for innsending/)).toBeVisible({ timeout: 15_000 });
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Handlingsplanen venter på din godkjenning før innsending" })).toHaveCount(0);
});

test("HR submits the approved draft", async ({ page }) => {
  await signInAs(page, own.hrEmail);
  await page.goto(own.planPath);
  await expect(page.getByText(/godkjente utkastet for innsending/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send inn planen" }).click();
  await expect(page.getByText("Planen er sendt inn og kan ikke endres mens departementet går gjennom den.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Sendt inn").first()).toBeVisible();
});
