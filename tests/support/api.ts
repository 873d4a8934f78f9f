// Calling the API's routes in tests as a system would (issue 14): a real token, a real Request,
// the route's own serve(), and the answer checked against the OpenAPI document.
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect } from "vitest";
import type { TokenScope, Actor } from "@/lib/access";
import { openApiDocument, type OpenApiDocument } from "@/lib/api/openapi";
import type { AnyApiRoute } from "@/lib/api/route";
import { createApiToken } from "@/lib/data/api-tokens";

/** A token for the actor (a signed-in user) with these scopes, valid for 90 days. */
export async function tokenFor(actor: Actor, scopes: TokenScope[], name = `Test ${scopes.join("+")}`): Promise<string> {
  const expiresOn = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  return (await createApiToken(actor, { name, scopes, expiresOn })).secret;
}

export interface ApiCall {
  token?: string | null;
  params?: Record<string, string | number>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Calls the route's Next handler with a real Request, as Next would. */
export async function callRoute(route: AnyApiRoute, call: ApiCall = {}): Promise<Response> {
  const params = Object.fromEntries(Object.entries(call.params ?? {}).map(([k, v]) => [k, String(v)]));
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const url = new URL(`http://localhost/api/v1${path}`);
  for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v);
  const headers = new Headers(call.headers);
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  if (call.body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(url, { method: route.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
  return route.serve(request, { params: Promise.resolve(params) });
}

let cachedDoc: OpenApiDocument | null = null;
export const apiDocument = () => (cachedDoc ??= openApiDocument());

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

type Json = Record<string, unknown>;

/**
 * Checks an answer against what the OpenAPI document says the route answers with this status:
 * the status is documented, the content type is the documented one, and a JSON body validates
 * against the documented schema (JSON Schema 2020-12, with Ajv). Returns the parsed body.
 */
export async function expectDocumented(route: AnyApiRoute, response: Response): Promise<unknown> {
  const doc = apiDocument() as unknown as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };
  const operation = doc.paths[route.path]?.[route.method.toLowerCase()] as { responses: Record<string, Json> } | undefined;
  expect(operation, `${route.method} ${route.path} is in the document`).toBeDefined();
  const documented = operation!.responses[String(response.status)] as { content?: Record<string, { schema?: Json }> } | undefined;
  expect(documented, `${route.operationId} documents the status ${response.status}`).toBeDefined();
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const content = documented!.content ?? {};
  expect(Object.keys(content), `${route.operationId} ${response.status} documents ${type}`).toContain(type);
  if (!/json$/.test(type)) return new Uint8Array(await response.arrayBuffer());
  const body: unknown = await response.json();
  let schema = content[type]!.schema ?? {};
  const ref = schema.$ref as string | undefined;
  if (ref) schema = doc.components.schemas[ref.replace("#/components/schemas/", "")]!;
  const validate = ajv.compile(schema);
  const valid = validate(body);
  expect(valid ? [] : validate.errors, `${route.operationId} ${response.status} matches the document`).toEqual([]);
  return body;
}
