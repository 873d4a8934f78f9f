// An agency of KMD's sector of a test's own (issue 13's plan journeys): its HR and leader (the demo
// password), a sent round (optionally asking for the leader's sign-off), its letter and its plan.
// Made in the e2e database so that no other spec's agencies, rounds or plans are touched.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { COMPLETE_CONTENT } from "../tests/support/fixtures-content";
import { withDatabase } from "./db";
import { DEMO_PASSWORD } from "./fixtures";

export interface OwnAgency {
  tag: string;
  agencyName: string;
  hrEmail: string;
  leaderEmail: string;
  roundId: string;
  planPath: string;
}

export async function createOwnAgency(options: { requiresLeaderApproval: boolean; approved: boolean }): Promise<OwnAgency> {
  const tag = randomUUID().slice(0, 8);
  const id = (kind: string) => `e2e-${kind}-${tag}`;
  const agencyName = `Testetaten ${tag}`;
  const hrEmail = `hr-${tag}@e2e.test`;
  const leaderEmail = `leder-${tag}@e2e.test`;
  await withDatabase(async (db) => {
    const adviser = (await db.query(`select id, "organisationId", "passwordHash" from "User" where email = 'radgiver@kmd.test'`)).rows[0];
    const ministryId: string = adviser.organisationId;
    await db.query(
      `insert into "Organisation" (id, kind, name, "shortName", "orgNumber", "postalAddress", "parentId") values ($1, 'AGENCY', $2, $3, $4, 'Postboks 1\n0001 Oslo', $5)`,
      [id("org"), agencyName, `TE-${tag}`, `e2e${tag}`, ministryId],
    );
    for (const [email, role, name] of [[hrEmail, "AGENCY_HR", "Hanne HR"], [leaderEmail, "LEADER", "Lars Leder"]] as const) {
      await db.query(`insert into "User" (id, email, name, role, "organisationId", "passwordHash") values ($1, $2, $3, $4, $5, $6)`, [
        id(role.toLowerCase()), email, name, role, id("org"), adviser.passwordHash,
      ]);
    }
    await db.query(
      `insert into "AddendumRound" (id, "ministryId", title, year, deadline, body, "createdById", "sentAt", "requiresLeaderApproval")
       values ($1, $2, $3, 2031, '2031-03-01', 'Tekst', $4, now(), $5)`,
      [id("round"), ministryId, `Handlingsplan ${tag}`, adviser.id, options.requiresLeaderApproval],
    );
    await db.query(
      `insert into "Letter" (id, "roundId", "ministryId", "agencyId", number, title, "ourRef", date, deadline, body, status, "sentAt")
       values ($1, $2, $3, $4, 'Tillegg 1', $5, $6, '2031-01-10', '2031-03-01', 'Tekst', 'SENT', now())`,
      [id("letter"), id("round"), ministryId, id("org"), `Tillegg 1 til tildelingsbrev 2031 til ${agencyName}`, `31/${tag}-1`],
    );
    const content = JSON.stringify(COMPLETE_CONTENT);
    if (options.approved) {
      await db.query(
        `insert into "ActionPlan" (id, "roundId", "agencyId", status, version, content, "submittedAt", "updatedAt", "approvedVersion")
         values ($1, $2, $3, 'APPROVED', 3, $4, now() - interval '30 days', now() - interval '20 days', 1)`,
        [id("plan"), id("round"), id("org"), content],
      );
      await db.query(
        `insert into "PlanVersion" (id, "planId", number, content, "submittedAt", "approvedAt") values ($1, $2, 1, $3, now() - interval '30 days', now() - interval '20 days')`,
        [id("version"), id("plan"), content],
      );
    } else {
      await db.query(`insert into "ActionPlan" (id, "roundId", "agencyId", status, version, content, "updatedAt") values ($1, $2, $3, 'DRAFT', 1, $4, now())`, [
        id("plan"), id("round"), id("org"), content,
      ]);
    }
  });
  return { tag, agencyName, hrEmail, leaderEmail, roundId: id("round"), planPath: `/planer/${id("plan")}` };
}

/** Signs in with an account of the test's own agency (the demo password), landing on Hjem. */
export async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hjem" })).toBeVisible({ timeout: 15_000 });
}
