import "server-only";
import { z } from "zod";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/access";
import { problemSchema, PROBLEM_CONTENT_TYPE } from "@/lib/api/problem";
import { API_ROUTES } from "@/lib/api/registry";
import { isFileResponse, type AnyApiRoute } from "@/lib/api/route";

// The OpenAPI 3.1 document of the API, built from the routes' own Zod schemas with Zod 4's JSON
// Schema output (draft 2020-12, OpenAPI 3.1's dialect). A body the hiring form also takes is the
// form's own schema (lib/domain/schemas.ts), read as input: what a client sends.

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  delete out.$schema;
  return out;
}

const SCOPE_TEXT: Record<TokenScope, string> = {
  "figures:read": "Read the agency's hiring figures (agency HR).",
  "figures:write": "Report and revise the agency's hiring figures (agency HR).",
  "plans:read": "Read the agency's action plans, its letters, the sector plan and its own follow-up (agency HR).",
  "followup:write": "Report the agency's own follow-up of the sector plan's measures (agency HR).",
  "sector:read": "Read the sector: rounds, letters, plans, figures, the sector plan and its follow-up (the ministry).",
};

const problemRef = { $ref: "#/components/schemas/Problem" };
const problemResponse = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { [PROBLEM_CONTENT_TYPE]: { schema: problemRef } },
});

const rateHeaders = {
  "RateLimit-Limit": { description: "Calls allowed per minute.", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Calls left in the current minute.", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the count starts again.", schema: { type: "integer" } },
};

function parameters(route: AnyApiRoute): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [["path", route.params], ["query", route.query]] as const) {
    if (!schema) continue;
    const obj = jsonSchema(schema as z.ZodObject, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, prop] of Object.entries(obj.properties ?? {})) {
      const { description, ...rest } = prop as JsonSchema & { description?: string };
      list.push({ name, in: where, required: where === "path" || (obj.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest });
    }
  }
  return list;
}

function operation(route: AnyApiRoute): JsonSchema {
  const ok = isFileResponse(route.response)
    ? { description: "The file.", headers: rateHeaders, content: { [route.response.file]: { schema: { type: "string", contentMediaType: route.response.file } } } }
    : { description: "OK", headers: rateHeaders, content: { "application/json": { schema: jsonSchema(route.response as z.ZodType, "output") } } };
  const responses: Record<string, unknown> = {
    [String(route.status ?? 200)]: ok,
    ...(route.params || route.query || route.body ? { "400": problemResponse("A parameter or the body is malformed (field errors name the parameter).") } : {}),
    "401": problemResponse("No token, or an unknown, expired or revoked one, or its owner can no longer use it.", {
      "WWW-Authenticate": { schema: { type: "string" } },
    }),
    "403": problemResponse("The token lacks the scope, or its owner the permission."),
    ...(route.params ? { "404": problemResponse("Not found, or outside what the token may read.") } : {}),
    ...(route.conflicts ? { "409": problemResponse("The version sent is stale: `currentVersion` and `current` hold what was saved since.") } : {}),
    ...(route.body || route.conflicts ? { "422": problemResponse("The body fails validation: one error per field, with a JSON pointer.") } : {}),
    "429": problemResponse("Over the token's rate limit.", { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } }),
  };
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    security: [{ bearerToken: [...route.scopes] }],
    "x-dugnad-permission": route.permission,
    ...(route.params || route.query ? { parameters: parameters(route) } : {}),
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body as z.ZodType, "input") } } } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of these routes (by default every route of the API). */
export function openApiDocument(routes: readonly AnyApiRoute[] = API_ROUTES) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "Dugnad API",
      version: "1.0.0",
      description:
        "Hiring figures, plans, rounds, letters and the sector plan of the inclusion drive (inkluderingsdugnaden), for HR and reporting systems. " +
        "Authenticate with a personal access token (Authorization: Bearer dgn_…), made under Min profil → API-tokener. " +
        "A token acts for its owner and never sees more than the owner's role would. Errors are RFC 9457 problem details: " +
        "a body field is named by a JSON pointer (`pointer`), a path or query parameter by `parameter` and `in`.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/api/v1" }],
    tags: [...new Set(routes.flatMap((r) => r.tags))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description:
            "A personal access token. The security requirement lists the scopes any one of which the call needs: " +
            Object.keys(TOKEN_SCOPES).map((s) => `\`${s}\`: ${SCOPE_TEXT[s as TokenScope]}`).join(" "),
        },
      },
      schemas: { Problem: jsonSchema(problemSchema, "output") },
    },
  };
}
export type OpenApiDocument = ReturnType<typeof openApiDocument>;
