// The contract test of the API (issue 14): the OpenAPI document is valid OpenAPI 3.1, every route
// in API_ROUTES is in it and has a route file, and every route, called with a real token, answers
// what the document says (status, content type, and the body against the documented JSON Schema,
// checked with Ajv, not with the route's own Zod schema, so a document that drifts from the code
// fails). Every route needs an example below: a route added without one fails here.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { API_ROUTES } from "@/lib/api/registry";
import type { AnyApiRoute } from "@/lib/api/route";
import { createTestSector, sentRoundWithPlans, type TestSector } from "../support/fixtures";
import { apiDocument, callRoute, expectDocumented, tokenFor, type ApiCall } from "../support/api";

let s: TestSector;
let tokens: { hr: string; adviser: string };
let sectorPlanId: string;
beforeAll(async () => {
  s = await createTestSector();
  ({ sectorPlanId } = await sentRoundWithPlans(s));
  tokens = {
    hr: await tokenFor(s.actors.hrA, ["figures:read", "figures:write", "plans:read", "followup:write"]),
    adviser: await tokenFor(s.actors.adviser, ["sector:read"]),
  };
});
afterAll(() => prisma.$disconnect());

/** One successful call per route, with the status it answers. */
const EXAMPLES: Record<string, () => ApiCall & { status: number }> = {
  getTokenInfo: () => ({ token: tokens.hr, status: 200 }),
  listOrganisations: () => ({ token: tokens.adviser, status: 200 }),
  listAgencyFigures: () => ({ token: tokens.hr, params: { agencyId: s.agencyA }, status: 200 }),
  getAgencyYearFigures: () => ({ token: tokens.adviser, params: { agencyId: s.agencyA, year: 2020 }, status: 200 }),
  putAgencyYearFigures: () => ({
    token: tokens.hr,
    params: { agencyId: s.agencyA, year: 2021 },
    body: { permanentTotal: 10, permanentTarget: 1, temporaryTotal: 2, temporaryTarget: 0, traineeTotal: 0, version: null },
    status: 200,
  }),
  // lib/api/routes/plans.ts
  listPlans: () => ({ token: tokens.adviser, query: { roundId: s.roundId }, status: 200 }),
  getPlan: () => ({ token: tokens.hr, params: { planId: s.planA }, status: 200 }),
  listPlanVersions: () => ({ token: tokens.hr, params: { planId: s.planA }, status: 200 }),
  getPlanVersion: () => ({ token: tokens.adviser, params: { planId: s.planB, number: 1 }, status: 200 }),
  getPlanVersionPdf: () => ({ token: tokens.hr, params: { planId: s.planA, number: 1 }, status: 200 }),
  // lib/api/routes/rounds.ts
  listRounds: () => ({ token: tokens.adviser, status: 200 }),
  getRound: () => ({ token: tokens.adviser, params: { roundId: s.roundId }, status: 200 }),
  listLetters: () => ({ token: tokens.hr, status: 200 }),
  getLetter: () => ({ token: tokens.hr, params: { letterId: s.letterA }, status: 200 }),
  getLetterPdf: () => ({ token: tokens.adviser, params: { letterId: s.letterB }, status: 200 }),
  getLetterDocx: () => ({ token: tokens.hr, params: { letterId: s.letterA }, status: 200 }),
  // lib/api/routes/sector-plan.ts
  listSectorPlans: () => ({ token: tokens.hr, status: 200 }),
  getCurrentSectorPlan: () => ({ token: tokens.hr, status: 200 }),
  getSectorPlan: () => ({ token: tokens.adviser, params: { sectorPlanId }, status: 200 }),
  listFollowUps: () => ({ token: tokens.adviser, params: { sectorPlanId }, status: 200 }),
  putFollowUp: () => ({ token: tokens.hr, params: { sectorPlanId, measureId: "m1" }, body: { version: 0, status: "IN_PROGRESS", comment: "I gang." }, status: 200 }),
};

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = structuredClone(apiDocument());
    expect(doc.openapi).toMatch(/^3\.1\./);
    await expect(SwaggerParser.validate(doc as never)).resolves.toBeTruthy();
  });

  it("describes every route of the registry once, and each has its route file under app/api/v1", () => {
    const doc = apiDocument();
    const ids = API_ROUTES.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const route of API_ROUTES) {
      const op = (doc.paths as Record<string, Record<string, { operationId: string }>>)[route.path]?.[route.method.toLowerCase()];
      expect(op?.operationId, `${route.method} ${route.path}`).toBe(route.operationId);
      const file = path.join(process.cwd(), "app/api/v1", route.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8"), `${file} exports ${route.method}`).toMatch(new RegExp(`export const ${route.method} = serve\\(`));
    }
  });

  it("takes the figures' body from the hiring form's schema", () => {
    const put = (apiDocument().paths as Record<string, Record<string, { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }>>)[
      "/agencies/{agencyId}/figures/{year}"
    ]!.put!;
    const props = put.requestBody.content["application/json"]!.schema.properties;
    expect(Object.keys(props).sort()).toEqual(["permanentTarget", "permanentTotal", "reason", "temporaryTarget", "temporaryTotal", "traineeTotal", "version"]);
    expect(props.permanentTotal).toMatchObject({ type: "integer", minimum: 0 });
  });
});

describe("every route answers as the document says", () => {
  it("has an example for every route", () => {
    expect(API_ROUTES.map((r) => r.operationId).filter((id) => !EXAMPLES[id])).toEqual([]);
  });

  for (const route of API_ROUTES as AnyApiRoute[]) {
    it(`${route.method} ${route.path} (${route.operationId})`, async () => {
      const example = EXAMPLES[route.operationId];
      if (!example) return;
      const { status, ...call } = example();
      const response = await callRoute(route, call);
      const body = await expectDocumented(route, response);
      expect([response.status, body]).toEqual([status, expect.anything()]);
      // Without a token: 401, as documented.
      const anonymous = await callRoute(route, { ...call, token: null });
      expect(anonymous.status).toBe(401);
      await expectDocumented(route, anonymous);
    });
  }
});
