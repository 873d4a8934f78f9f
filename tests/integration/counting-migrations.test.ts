// The data in the migrations of issue 11: a database with figures and letters from before keeps
// them. Trainees become one count, all in the target group (a stored "of whom in the target
// group" that said otherwise is kept in the history); "(e.f.)" is "etter fullmakt" (byAuthority).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase } from "../../scripts/lib/postgres";
import { applyMigrations } from "../../scripts/lib/schema-engine";

const BEFORE = "20261202070159_demo_password_check";
const sharedUrl = new URL(inject("databaseUrl"));
const adminUrl = Object.assign(new URL(sharedUrl), { pathname: "/postgres" }).toString();
const name = `${sharedUrl.pathname.slice(1)}_counting`;
const url = Object.assign(new URL(sharedUrl), { pathname: `/${name}` }).toString();
let client: pg.Client;

beforeAll(async () => {
  await createDatabase(adminUrl, name);
  await applyMigrations(url, { until: BEFORE });
  client = new pg.Client({ connectionString: url });
  await client.connect();
  // The rows as the app wrote them before (foreign keys aside: only these tables matter here).
  await client.query("set session_replication_role = replica");
  await client.query(
    `insert into "HiringReport" (id, "agencyId", year, "permanentTotal", "permanentTarget", "temporaryTotal", "temporaryTarget", "traineeTotal", "traineeTarget", "updatedAt")
     values ('agreed', 'agency', 2020, 10, 1, 2, 0, 2, 2, now()), ('differs', 'agency', 2021, 10, 1, 2, 0, 3, 1, now())`,
  );
  await client.query(`insert into "Organisation" (id, kind, name, "shortName", "orgNumber", "postalAddress", "parentId") values ('agency', 'AGENCY', 'Etat', 'Etat', '1', '-', 'ministry')`);
  await client.query(
    `insert into "Letter" (id, "roundId", "ministryId", "agencyId", number, title, "ourRef", date, deadline, body, signatories)
     values ('letter', 'round', 'ministry', 'agency', 'Tillegg 1', 'Brev', '20/1-1', '2020-11-02', '2020-12-01', 'Tekst',
             '[{"name": "Ingvild Aasen", "title": "fungerende ekspedisjonssjef", "electronicallyApproved": true}, {"name": "Eirik Brekke", "title": "rådgiver", "electronicallyApproved": false}]')`,
  );
  await client.query("set session_replication_role = default");
  await applyMigrations(url);
});
afterAll(async () => {
  await client.end();
  await dropDatabase(adminUrl, name);
});

describe("the migrations of the counting rules", () => {
  it("keep the trainee count and drop the separate target-group count of trainees", async () => {
    const rows = await client.query(`select id, "traineeTotal" from "HiringReport" order by id`);
    expect(rows.rows).toEqual([
      { id: "agreed", traineeTotal: 2 },
      { id: "differs", traineeTotal: 3 },
    ]);
    const columns = await client.query(`select column_name from information_schema.columns where table_name = 'HiringReport'`);
    expect(columns.rows.map((c) => c.column_name)).not.toContain("traineeTarget");
  });

  it("keep in the history what a year whose trainees were not all counted in the target group said before", async () => {
    const revisions = await client.query(`select "reportId", "actorId", reason, before, after from "HiringRevision"`);
    expect(revisions.rows).toHaveLength(1);
    const [r] = revisions.rows;
    expect(r).toMatchObject({ reportId: "differs", actorId: "migration" });
    expect(r.reason).toContain("3 traineer telles nå i målgruppen (før: 1)");
    expect(r.before).toMatchObject({ traineeTotal: 3, traineeTarget: 1, permanentTarget: 1 });
    expect(r.after).toEqual({ permanentTotal: 10, permanentTarget: 1, temporaryTotal: 2, temporaryTarget: 0, traineeTotal: 3 });
    const audit = await client.query(`select "actorLabel", "sectorIds", action from "AuditEvent" where "entityId" = 'differs'`);
    expect(audit.rows).toEqual([{ actorLabel: "migration", sectorIds: ["ministry"], action: "revise" }]);
  });

  it("rename each signatory's '(e.f.)' to byAuthority (etter fullmakt), keeping the order and the value", async () => {
    const letter = await client.query(`select signatories from "Letter" where id = 'letter'`);
    expect(letter.rows[0].signatories).toEqual([
      { name: "Ingvild Aasen", title: "fungerende ekspedisjonssjef", byAuthority: true },
      { name: "Eirik Brekke", title: "rådgiver", byAuthority: false },
    ]);
  });

  it("add when an agency came into being, empty for those already there", async () => {
    const org = await client.query(`select "establishedOn" from "Organisation" where id = 'agency'`);
    expect(org.rows).toEqual([{ establishedOn: null }]);
  });
});
