// API tokens and the API's rules (issue 14): scopes, expiry, revocation, a deactivated owner,
// another agency's figures, the rate limit, the audit under the token's name, and problem details
// with a pointer per field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { listOrganisations } from "@/lib/api/routes/organisations";
import { getTokenInfo } from "@/lib/api/routes/token";
import { getAgencyYearFigures, listAgencyFigures, putAgencyYearFigures } from "@/lib/api/routes/figures";
import { createApiToken, hashTokenSecret, listOwnApiTokens, revokeApiToken } from "@/lib/data/api-tokens";
import { apiTokenSchema } from "@/lib/domain/api-tokens";
import { createTestSector, type TestSector } from "../support/fixtures";
import { callRoute, expectDocumented, tokenFor } from "../support/api";

let s: TestSector;
beforeAll(async () => {
  s = await createTestSector();
});
afterAll(() => prisma.$disconnect());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const counts = { permanentTotal: 10, permanentTarget: 1, temporaryTotal: 0, temporaryTarget: 0, traineeTotal: 0 };

describe("making tokens", () => {
  it("shows the secret once and keeps only its hash", async () => {
    const { id, secret } = await createApiToken(s.actors.hrA, { name: "HR-systemet", scopes: ["figures:read"], expiresOn: inDays(90) });
    expect(secret).toMatch(/^dgn_[A-Za-z0-9_-]{43}$/);
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.secretHash).toBe(hashTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(8));
    const listed = (await listOwnApiTokens(s.actors.hrA)).find((t) => t.id === id)!;
    expect(listed).toMatchObject({ name: "HR-systemet", scopes: ["figures:read"], status: "active", lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(secret.slice(8));
  });

  it("gives only the scopes the role may give, for at most a year, and not to those without token scopes", async () => {
    await expect(createApiToken(s.actors.hrA, { name: "x", scopes: ["sector:read"], expiresOn: inDays(30) })).rejects.toMatchObject({ code: "invalid", fieldErrors: { scopes: [expect.any(String)] } });
    await expect(createApiToken(s.actors.adviser, { name: "x", scopes: ["figures:write"], expiresOn: inDays(30) })).rejects.toMatchObject({ code: "invalid" });
    await expect(createApiToken(s.actors.leaderA, { name: "x", scopes: ["figures:read"], expiresOn: inDays(30) })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createApiToken(s.actors.auditor, { name: "x", scopes: ["sector:read"], expiresOn: inDays(30) })).rejects.toMatchObject({ code: "forbidden" });
    const schema = apiTokenSchema(new Date());
    expect(schema.safeParse({ name: "x", scopes: ["figures:read"], expiresOn: inDays(366) }).success).toBe(false);
    expect(schema.safeParse({ name: "x", scopes: ["figures:read"], expiresOn: inDays(0) }).success).toBe(false);
    expect(schema.safeParse({ name: "x", scopes: [], expiresOn: inDays(30) }).success).toBe(false);
    expect(schema.safeParse({ name: "x", scopes: ["figures:read"], expiresOn: inDays(364) }).success).toBe(true);
  });
});

describe("a token", () => {
  it("tells its name, scopes and the organisation it acts for", async () => {
    const token = await tokenFor(s.actors.hrA, ["figures:read", "plans:read"], "Lønnssystemet");
    const info = await callRoute(getTokenInfo, { token });
    expect(await info.json()).toMatchObject({ name: "Lønnssystemet", scopes: ["figures:read", "plans:read"], owner: "AGENCY_HR", organisation: { id: s.agencyA, kind: "AGENCY" } });
  });

  it("is refused without the route's scope (403), and with none at all (401)", async () => {
    const read = await tokenFor(s.actors.hrA, ["figures:read"]);
    const put = await callRoute(putAgencyYearFigures, { token: read, params: { agencyId: s.agencyA, year: 2022 }, body: { ...counts, version: null } });
    expect(put.status).toBe(403);
    expect(put.headers.get("www-authenticate")).toContain("insufficient_scope");
    await expectDocumented(putAgencyYearFigures, put);
    const plansOnly = await tokenFor(s.actors.hrA, ["plans:read"]);
    expect((await callRoute(listAgencyFigures, { token: plansOnly, params: { agencyId: s.agencyA } })).status).toBe(403);
    const none = await callRoute(listAgencyFigures, { token: null, params: { agencyId: s.agencyA } });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(none.headers.get("content-type")).toBe("application/problem+json");
    const forged = await callRoute(listAgencyFigures, { token: "dgn_" + "A".repeat(43), params: { agencyId: s.agencyA } });
    expect(forged.status).toBe(401);
  });

  it("stops working when it expires, is revoked, or its owner is deactivated", async () => {
    const call = (token: string) => callRoute(listAgencyFigures, { token, params: { agencyId: s.agencyA } });
    const expiring = await createApiToken(s.actors.hrA, { name: "utløper", scopes: ["figures:read"], expiresOn: inDays(10) });
    expect((await call(expiring.secret)).status).toBe(200);
    await prisma.apiToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await call(expiring.secret)).status).toBe(401);
    expect((await listOwnApiTokens(s.actors.hrA)).find((t) => t.id === expiring.id)?.status).toBe("expired");

    const revoked = await createApiToken(s.actors.hrA, { name: "trekkes", scopes: ["figures:read"], expiresOn: inDays(10) });
    expect((await call(revoked.secret)).status).toBe(200);
    await expect(revokeApiToken(s.actors.hrB, revoked.id)).rejects.toMatchObject({ code: "not_found" });
    await revokeApiToken(s.actors.hrA, revoked.id);
    expect((await call(revoked.secret)).status).toBe(401);
    expect((await listOwnApiTokens(s.actors.hrA)).find((t) => t.id === revoked.id)?.status).toBe("revoked");

    const owner = await tokenFor(s.actors.hrB, ["figures:read"]);
    expect((await callRoute(listAgencyFigures, { token: owner, params: { agencyId: s.agencyB } })).status).toBe(200);
    await prisma.user.update({ where: { id: s.actors.hrB.userId }, data: { deactivatedAt: new Date() } });
    try {
      expect((await callRoute(listAgencyFigures, { token: owner, params: { agencyId: s.agencyB } })).status).toBe(401);
    } finally {
      await prisma.user.update({ where: { id: s.actors.hrB.userId }, data: { deactivatedAt: null } });
    }
  });

  it("of an agency's HR reads its own agency only: another agency's figures are 404, also for writing", async () => {
    const hr = await tokenFor(s.actors.hrA, ["figures:read", "figures:write"]);
    for (const agencyId of [s.agencyB, s.otherMinistryAgency, "no-such-agency"]) {
      const get = await callRoute(listAgencyFigures, { token: hr, params: { agencyId } });
      expect([agencyId, get.status]).toEqual([agencyId, 404]);
      await expectDocumented(listAgencyFigures, get);
      const put = await callRoute(putAgencyYearFigures, { token: hr, params: { agencyId, year: 2022 }, body: { ...counts, version: null } });
      expect([agencyId, put.status]).toEqual([agencyId, 404]);
    }
    expect(await prisma.hiringReport.count({ where: { agencyId: s.agencyB, year: 2022 } })).toBe(0);
    const orgs = (await (await callRoute(listOrganisations, { token: hr })).json()) as { organisations: { id: string }[] };
    expect(orgs.organisations.map((o) => o.id)).toEqual(expect.arrayContaining([s.ministryId, s.agencyA, s.agencyB]));
    expect(orgs.organisations.map((o) => o.id)).not.toContain(s.otherMinistryAgency);
    expect(orgs.organisations[0]?.id).toBe(s.ministryId);
  });

  it("of the ministry reads the sector's exact counts (as the ministry does), and cannot write", async () => {
    const ministry = await tokenFor(s.actors.adviser, ["sector:read"]);
    const small = await callRoute(getAgencyYearFigures, { token: ministry, params: { agencyId: s.agencyB, year: 2020 } });
    expect(small.status).toBe(200);
    expect(await small.json()).toMatchObject({ agencyId: s.agencyB, permanentTotal: 3, permanentTarget: 1, total: 3, target: 1, share: null, belowThreshold: true });
    const big = (await (await callRoute(getAgencyYearFigures, { token: ministry, params: { agencyId: s.agencyA, year: 2020 } })).json()) as { share: number; total: number };
    expect(big).toMatchObject({ total: 19, target: 2, belowThreshold: false });
    expect(big.share).toBeCloseTo(2 / 19);
    expect((await callRoute(listAgencyFigures, { token: ministry, params: { agencyId: s.otherMinistryAgency } })).status).toBe(404);
    const put = await callRoute(putAgencyYearFigures, { token: ministry, params: { agencyId: s.agencyA, year: 2022 }, body: { ...counts, version: null } });
    expect(put.status).toBe(403);
  });
});

describe("writing figures", () => {
  it("checks the version: a stale one is 409 with the current version, and nothing is saved", async () => {
    const hr = await tokenFor(s.actors.hrA, ["figures:read", "figures:write"]);
    const params = { agencyId: s.agencyA, year: 2023 };
    const first = await callRoute(putAgencyYearFigures, { token: hr, params, body: { ...counts, version: null } });
    expect(first.status).toBe(200);
    const saved = (await first.json()) as { version: number };
    expect(saved).toMatchObject({ year: 2023, total: 10, version: 0 });
    const revised = await callRoute(putAgencyYearFigures, { token: hr, params, body: { ...counts, permanentTotal: 12, reason: "To til", version: saved.version } });
    expect(revised.status).toBe(200);
    const stale = await callRoute(putAgencyYearFigures, { token: hr, params, body: { ...counts, permanentTotal: 99, reason: "Gammel", version: saved.version } });
    expect(stale.status).toBe(409);
    const problem = (await expectDocumented(putAgencyYearFigures, stale)) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 409, currentVersion: 1, current: { values: { permanentTotal: 12 } } });
    expect((await prisma.hiringReport.findFirstOrThrow({ where: { agencyId: s.agencyA, year: 2023 } })).permanentTotal).toBe(12);
    // A revision without a reason: 422, pointing at the reason.
    const noReason = await callRoute(putAgencyYearFigures, { token: hr, params, body: { ...counts, version: 1 } });
    expect(noReason.status).toBe(422);
    expect(((await noReason.json()) as { errors: unknown[] }).errors).toEqual([{ detail: expect.any(String), pointer: "/reason" }]);
  });

  it("answers bad figures with problem details and a JSON pointer per field, in the form's words", async () => {
    const hr = await tokenFor(s.actors.hrA, ["figures:write"]);
    const response = await callRoute(putAgencyYearFigures, {
      token: hr,
      params: { agencyId: s.agencyA, year: 2024 },
      body: { ...counts, permanentTotal: -1, traineeTotal: 1.5, version: null },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await expectDocumented(putAgencyYearFigures, response)) as { errors: { pointer: string; detail: string }[] };
    expect(problem.errors.map((e) => e.pointer).sort()).toEqual(["/permanentTotal", "/traineeTotal"]);
    expect(problem.errors.find((e) => e.pointer === "/permanentTotal")?.detail).toMatch(/negativ/i);
    const pair = await callRoute(putAgencyYearFigures, { token: hr, params: { agencyId: s.agencyA, year: 2024 }, body: { ...counts, temporaryTotal: 2, temporaryTarget: 3, version: null } });
    expect(pair.status).toBe(422);
    expect(((await pair.json()) as { errors: unknown[] }).errors).toEqual([{ detail: expect.any(String), pointer: "/temporaryTarget" }]);
    // A year in the future or before the first reporting year names the path parameter.
    const future = await callRoute(putAgencyYearFigures, { token: hr, params: { agencyId: s.agencyA, year: new Date().getFullYear() + 1 }, body: { ...counts, version: null } });
    expect(future.status).toBe(422);
    expect(((await future.json()) as { errors: unknown[] }).errors).toEqual([{ detail: expect.any(String), parameter: "year", in: "path" }]);
    const early = await callRoute(putAgencyYearFigures, { token: hr, params: { agencyId: s.agencyA, year: 2001 }, body: { ...counts, version: null } });
    expect(early.status).toBe(400);
    expect(((await early.json()) as { errors: unknown[] }).errors).toEqual([{ detail: expect.any(String), parameter: "year", in: "path" }]);
    const notJson = await callRoute(putAgencyYearFigures, { token: hr, params: { agencyId: s.agencyA, year: 2024 }, headers: { "content-type": "text/plain" } });
    expect(notJson.status).toBe(400);
  });
});

describe("every call", () => {
  it("is audited under the token's name", async () => {
    const token = await createApiToken(s.actors.hrA, { name: "Lønn og personal", scopes: ["figures:read"], expiresOn: inDays(5) });
    await callRoute(listAgencyFigures, { token: token.secret, params: { agencyId: s.agencyA } });
    await callRoute(listAgencyFigures, { token: token.secret, params: { agencyId: s.agencyB } });
    const events = await prisma.auditEvent.findMany({ where: { entity: "ApiCall", entityId: token.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.actorLabel, e.actorId, e.action, (e.after as { status: number }).status])).toEqual([
      [`Lønn og personal (API, AGENCY_HR)`, s.actors.hrA.userId, "listAgencyFigures", 200],
      [`Lønn og personal (API, AGENCY_HR)`, s.actors.hrA.userId, "listAgencyFigures", 404],
    ]);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
  });

  it("counts against the token's limit per minute: the call after the limit is 429 with Retry-After", async () => {
    const limit = env.API_RATE_LIMIT_PER_MINUTE;
    const token = await tokenFor(s.actors.hrA, ["figures:read"]);
    const other = await tokenFor(s.actors.hrA, ["figures:read"]);
    const call = (t: string) => callRoute(listOrganisations, { token: t });
    for (let i = 1; i <= limit; i++) {
      const r = await call(token);
      expect([i, r.status]).toEqual([i, 200]);
      if (i === limit) expect(r.headers.get("ratelimit-remaining")).toBe("0");
    }
    const over = await call(token);
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    await expectDocumented(listOrganisations, over);
    // Another token has its own count.
    expect((await call(other)).status).toBe(200);
    // A new window after the minute (moved back in time here rather than waited for).
    await prisma.$executeRaw`update "ApiRateLimit" set "windowStart" = "windowStart" - interval '61 seconds' where key like 'token:%'`;
    expect((await call(token)).status).toBe(200);
  });
});
