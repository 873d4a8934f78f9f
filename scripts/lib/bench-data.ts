// Benchmark data, generated in SQL: two sectors, one of 10 agencies and one of 5,000 (the whole
// state, about 200 agencies, × 25), each agency with 10 years of hiring figures (all but the last
// year closed: published), a letter and an action plan in a sent round; a few small agencies pool
// years. Deterministic (setseed).
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";

export const BENCH_YEARS = { from: 2016, to: 2025 };
export const SECTORS = [
  { key: "small", ministryId: "bench-ministry-small", orgNumber: "990000000", agencies: 10, adviser: "radgiver@liten.bench" },
  { key: "large", ministryId: "bench-ministry-large", orgNumber: "990000001", agencies: 5_000, adviser: "radgiver@stor.bench" },
] as const;

/** The large sector's first agency has an HR user (its letter list, its letter, its plan). */
export const BENCH_HR = { userId: "bl-hr", agencyId: "bl-agency-1", letterId: "bl-agency-1-letter", planId: "bl-agency-1-plan" } as const;

export async function createBenchData(url: string, passwordHash: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin");
    await client.query("select setseed(0.42)");
    for (const [i, s] of SECTORS.entries()) {
      const p = `b${s.key[0]}`;
      await client.query(
        `insert into "Organisation" (id, kind, name, "shortName", "orgNumber", "postalAddress")
         values ($1, 'MINISTRY', $2, $3, $4, 'Postboks 1, 0030 Oslo')`,
        [s.ministryId, `Benchmarkdepartementet ${s.key}`, `BENCH-${s.key}`, s.orgNumber],
      );
      await client.query(
        `insert into "User" (id, email, name, "passwordHash", role, "organisationId") values ($1, $2, 'Rådgiver', $3, 'ADVISER', $4)`,
        [`${p}-adviser`, s.adviser, passwordHash, s.ministryId],
      );
      await client.query(
        `insert into "Organisation" (id, kind, name, "shortName", "orgNumber", "postalAddress", "parentId")
         select $1 || g, 'AGENCY', 'Virksomhet ' || $2 || ' ' || lpad(g::text, 5, '0'), $1 || g, $3 || lpad(g::text, 7, '0'), 'Postboks ' || g || ', 0030 Oslo', $4
         from generate_series(1, $5::int) g`,
        [`${p}-agency-`, s.key, `8${i}`, s.ministryId, s.agencies],
      );
      // One agency in ten is small (0–6 hires a year); the rest hire 5–200 a year, 0–8 % in the target group.
      await client.query(
        `with base as (
           select o.id, y,
             case when right(o.id, 1) = '7' then floor(random() * 5)::int else 5 + floor(random() * 150)::int end as permanent,
             case when right(o.id, 1) = '7' then floor(random() * 2)::int else floor(random() * 50)::int end as temporary,
             floor(random() * 3)::int as trainee
           from "Organisation" o cross join generate_series($2::int, $3::int) y
           where o."parentId" = $1)
         insert into "HiringReport" (id, "agencyId", year, "permanentTotal", "permanentTarget", "temporaryTotal", "temporaryTarget", "traineeTotal", "updatedAt")
         select id || '-' || y, id, y, permanent, floor(random() * permanent * 0.08)::int, temporary, floor(random() * temporary * 0.05)::int, trainee, now()
         from base`,
        [s.ministryId, BENCH_YEARS.from, BENCH_YEARS.to],
      );
      // Every year but the last is closed, so published on /offentlig.
      await client.query(
        `insert into "ClosedYear" ("ministryId", year, "closedById") select $1, y, $2 from generate_series($3::int, $4::int) y`,
        [s.ministryId, `${p}-adviser`, BENCH_YEARS.from, BENCH_YEARS.to - 1],
      );
      await client.query(
        `insert into "PoolingConsent" (id, "ministryId", "agencyId", "fromYear", "toYear", "status", "grantedById", "grantedAt")
         select o.id || '-pool', $1, o.id, $2::int, $2::int + 2, 'APPROVED', $3, now() from "Organisation" o
         where o."parentId" = $1 and right(o.id, 2) = '17'`,
        [s.ministryId, BENCH_YEARS.to - 2, `${p}-adviser`],
      );
      await client.query(
        `insert into "AddendumRound" (id, "ministryId", title, year, deadline, body, "createdById", "sentAt")
         values ($1, $2, 'Handlingsplan for inkluderingsdugnaden', $3, make_date($3, 12, 1), 'Tekst', $4, make_timestamp($3, 10, 1, 10, 0, 0))`,
        [`${p}-round`, s.ministryId, BENCH_YEARS.to, `${p}-adviser`],
      );
      await client.query(
        `insert into "Letter" (id, "roundId", "ministryId", "agencyId", number, title, "ourRef", date, deadline, body, status, "sentAt")
         select o.id || '-letter', $1, $2, o.id, 'Tillegg 1', 'Tillegg 1 – ' || o.name, $3 || '/' || row_number() over (order by o.id),
                make_date($4, 10, 1), make_date($4, 12, 1), 'Tekst', 'SENT', make_timestamp($4, 10, 1, 10, 0, 0)
         from "Organisation" o where o."parentId" = $2`,
        [`${p}-round`, s.ministryId, `${BENCH_YEARS.to % 100}/1`, BENCH_YEARS.to],
      );
      await client.query(
        `insert into "ActionPlan" (id, "roundId", "agencyId", status, version, content, "updatedAt")
         select o.id || '-plan', $1, o.id,
                (array['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED'])[1 + floor(random() * 5)::int]::"PlanStatus",
                1, '{"challenges": [{"id": "c1", "category": "RECRUITMENT_PRACTICE", "challenge": "Få søkere fra målgruppen", "opportunities": "Samarbeid med NAV"}]}', now()
         from "Organisation" o where o."parentId" = $2`,
        [`${p}-round`, s.ministryId],
      );
    }
    await client.query(
      `insert into "User" (id, email, name, "passwordHash", role, "organisationId") values ($1, 'hr@stor.bench', 'HR', $2, 'AGENCY_HR', $3)`,
      [BENCH_HR.userId, passwordHash, BENCH_HR.agencyId],
    );
    await client.query("commit");
    await client.query("analyze");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** A session for a bench user, as sign-in starts one (lib/data/sessions.ts): its id goes in the cookie. */
export async function startBenchSession(url: string, userId: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sid = `bench-${userId}-${Date.now()}`;
    await client.query(`insert into "UserSession" (id, "userId", method) values ($1, $2, 'PASSWORD')`, [sid, userId]);
    return sid;
  } finally {
    await client.end();
  }
}

/**
 * An API token for a bench user, as /profil/api-tokener makes one (lib/data/api-tokens.ts: only the
 * secret's SHA-256 is stored); returns the secret for the Authorization header.
 */
export async function createBenchToken(url: string, userId: string, organisationId: string, scopes: string[]): Promise<string> {
  const secret = `dgn_${randomBytes(32).toString("base64url")}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `insert into "ApiToken" (id, name, "userId", "organisationId", scopes, "secretHash", prefix, "expiresAt")
       values ($1, 'Benchmark', $2, $3, $4, $5, $6, now() + interval '1 day')`,
      [`bench-token-${userId}-${Date.now()}`, userId, organisationId, scopes, createHash("sha256").update(secret, "utf8").digest("hex"), secret.slice(0, 8)],
    );
    return secret;
  } finally {
    await client.end();
  }
}
