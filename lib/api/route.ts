import "server-only";
import { z } from "zod";
import { can, type Action, type TokenPrincipal, type TokenScope } from "@/lib/access";
import { problem, jsonPointer, type ProblemFieldError } from "@/lib/api/problem";
import { consumeRateLimit, type RateLimitState } from "@/lib/data/api-rate-limit";
import { authenticateApiToken, markApiTokenUsed } from "@/lib/data/api-tokens";
import { recordAudit } from "@/lib/data/audit";
import { isExpectedError } from "@/lib/data/errors";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { log, logError } from "@/lib/log";

// One API route (issue 14, docs/decisions/024-api-and-tokens.md): its description for the OpenAPI
// document and its handling, from one definition. `serve` authenticates the bearer token, counts
// the call against the token's rate limit, checks the scope and the permission through lib/access,
// parses path, query and body with Zod, runs the handler, checks the answer against the documented
// schema (outside production), audits the call under the token's name, and answers every error as
// RFC 9457 problem details.

export type ApiMethod = "GET" | "POST" | "PUT";
export type FileType = "application/pdf" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export interface FileResponseSpec {
  file: FileType;
}
/** A file the handler answers with: the bytes and the name the download gets. */
export interface ApiFile {
  bytes: Uint8Array;
  fileName: string;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type Result<R> = R extends z.ZodType ? z.output<R> | Response : Response | ApiFile;

export interface ApiHandlerInput<P, Q, B> {
  actor: TokenPrincipal;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  request: Request;
}

export interface ApiRouteDef<
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType | FileResponseSpec = z.ZodType | FileResponseSpec,
> {
  operationId: string;
  method: ApiMethod;
  /** OpenAPI style, under /api/v1: "/agencies/{agencyId}/figures/{year}". */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** The call needs any one of these scopes. */
  scopes: readonly TokenScope[];
  /** The lib/access action checked for the token principal (the owner's role ∩ the scopes). */
  permission: Action;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** The status of a success: 200 unless given. */
  status?: 200 | 201;
  /** Whether the route answers 409 on a stale version (documented in the OpenAPI document). */
  conflicts?: boolean;
  handler: (input: ApiHandlerInput<P, Q, B>) => Promise<Result<R>>;
}

/** Next's route handler signature. */
export type NextRouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response>;

export type ApiRoute<
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType | FileResponseSpec = z.ZodType | FileResponseSpec,
> = ApiRouteDef<P, Q, B, R> & {
  def: ApiRouteDef<P, Q, B, R>;
  /** `export const GET = route.serve` in app/api/v1/**\/route.ts. */
  serve: NextRouteHandler;
};

/** Any route, as the registry and the OpenAPI document hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyApiRoute = ApiRoute<any, any, any, any>;

export function defineApiRoute<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType | FileResponseSpec = z.ZodType,
>(def: ApiRouteDef<P, Q, B, R>): ApiRoute<P, Q, B, R> {
  const route = { ...def, def } as ApiRoute<P, Q, B, R>;
  route.serve = (request, context) => handle(route as unknown as AnyApiRoute, request, context);
  return route;
}

/** The route's Next handler: `export const GET = serve(route)`. */
export function serve(route: AnyApiRoute): NextRouteHandler {
  return route.serve;
}

export const isFileResponse = (r: z.ZodType | FileResponseSpec): r is FileResponseSpec => "file" in r && !(r instanceof z.ZodType);

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]+)[ \t]*$/i;

function rateHeaders(r: RateLimitState): Record<string, string> {
  return { "RateLimit-Limit": String(r.limit), "RateLimit-Remaining": String(r.remaining), "RateLimit-Reset": String(r.resetSeconds) };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

/** Zod's issues as problem field errors: body fields by JSON pointer, parameters by name. */
function fieldErrors(error: z.ZodError, where: "body" | "path" | "query"): ProblemFieldError[] {
  return error.issues.map((issue) =>
    where === "body"
      ? { detail: issue.message, pointer: jsonPointer(issue.path) }
      : { detail: issue.message, parameter: issue.path.map(String).join("."), in: where },
  );
}

async function readBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    return { ok: false, response: problem("bad-request", { detail: "The body must be JSON (Content-Type: application/json)." }) };
  }
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return { ok: false, response: problem("bad-request", { detail: "The body is not valid JSON." }) };
  }
}

async function handle(route: AnyApiRoute, request: Request, context: { params: Promise<Record<string, string | string[] | undefined>> }): Promise<Response> {
  const match = BEARER.exec(request.headers.get("authorization") ?? "");
  if (!match) {
    return problem("unauthorized", { detail: "A bearer token is required (Authorization: Bearer dgn_…)." }, { "WWW-Authenticate": 'Bearer realm="dugnad"' });
  }
  const actor = await authenticateApiToken(match[1]!);
  if (!actor) {
    return problem("unauthorized", { detail: "The token is unknown, expired or revoked, or its owner can no longer use it." }, {
      "WWW-Authenticate": 'Bearer realm="dugnad", error="invalid_token"',
    });
  }
  const rate = await consumeRateLimit(`token:${actor.tokenId}`, env.API_RATE_LIMIT_PER_MINUTE);
  const limitHeaders = rateHeaders(rate);
  if (!rate.allowed) {
    return problem("rate-limited", { detail: `At most ${rate.limit} calls a minute per token.` }, { ...limitHeaders, "Retry-After": String(rate.resetSeconds) });
  }
  await markApiTokenUsed(actor.tokenId);
  let response: Response;
  try {
    response = await run(route, actor, request, context);
  } catch (error) {
    response = errorResponse(route, error);
  }
  const url = new URL(request.url);
  await recordAudit(prisma, actor, {
    entity: "ApiCall",
    entityId: actor.tokenId,
    action: route.operationId,
    after: { method: request.method, path: url.pathname, status: response.status },
    changesViews: false,
  });
  return withHeaders(response, limitHeaders);
}

async function run(route: AnyApiRoute, actor: TokenPrincipal, request: Request, context: { params: Promise<Record<string, string | string[] | undefined>> }): Promise<Response> {
  if (!route.scopes.some((s: TokenScope) => actor.scopes.includes(s))) {
    return problem("forbidden", { detail: `This call needs one of the scopes: ${route.scopes.join(", ")}.` }, {
      "WWW-Authenticate": `Bearer realm="dugnad", error="insufficient_scope", scope="${route.scopes.join(" ")}"`,
    });
  }
  if (!can(actor, route.permission)) {
    return problem("forbidden", { detail: "The token's owner may not do this." });
  }
  let params: unknown = undefined;
  if (route.params) {
    const parsed = (route.params as z.ZodObject).safeParse(await context.params);
    if (!parsed.success) return problem("bad-request", { detail: "A path parameter is not valid.", errors: fieldErrors(parsed.error, "path") });
    params = parsed.data;
  }
  let query: unknown = undefined;
  if (route.query) {
    const parsed = (route.query as z.ZodObject).safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return problem("bad-request", { detail: "A query parameter is not valid.", errors: fieldErrors(parsed.error, "query") });
    query = parsed.data;
  }
  let body: unknown = undefined;
  if (route.body) {
    const read = await readBody(request);
    if (!read.ok) return read.response;
    const parsed = (route.body as z.ZodType).safeParse(read.value);
    if (!parsed.success) return problem("invalid", { detail: "The body is not valid.", errors: fieldErrors(parsed.error, "body") });
    body = parsed.data;
  }
  const result: unknown = await route.handler({ actor, params, query, body, request });
  if (result instanceof Response) return result;
  if (isFileResponse(route.response)) {
    const file = result as ApiFile;
    const ascii = file.fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/"/g, "");
    return new Response(file.bytes as BodyInit, {
      status: route.status ?? 200,
      headers: {
        "content-type": route.response.file,
        "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "cache-control": "private, no-store",
      },
    });
  }
  // The answer must be what the document says it is: checked outside production, where a
  // mismatch is a bug to see at once (the contract test checks it against the document too).
  if (env.NODE_ENV !== "production") {
    const checked = (route.response as z.ZodType).safeParse(result);
    if (!checked.success) {
      log.error({ operationId: route.operationId, issues: checked.error.issues.map((i) => ({ path: i.path.join("."), code: i.code })) }, "API answer does not match its schema");
      return problem("internal", { detail: "The answer did not match the documented schema." });
    }
  }
  return new Response(JSON.stringify(result), {
    status: route.status ?? 200,
    headers: { "content-type": "application/json", "cache-control": "private, no-store" },
  });
}

/** An expected error as problem details: not found and forbidden alike 404, a stale version 409, invalid input 422. */
function errorResponse(route: AnyApiRoute, error: unknown): Response {
  if (!isExpectedError(error)) {
    logError("API unexpected error", error, { operationId: route.operationId });
    return problem("internal");
  }
  switch (error.code) {
    case "not_found":
    case "forbidden":
      return problem("not-found", { detail: error.message });
    case "conflict": {
      const data = error.data as { version?: unknown } | undefined;
      return problem("conflict", {
        detail: error.message,
        ...(typeof data?.version === "number" ? { currentVersion: data.version } : {}),
        ...(data !== undefined ? { current: data } : {}),
      });
    }
    case "invalid": {
      const paramNames = new Set(route.params ? Object.keys((route.params as z.ZodObject).shape) : []);
      const errors: ProblemFieldError[] = Object.entries(error.fieldErrors).flatMap(([field, messages]) =>
        messages.map((detail) =>
          paramNames.has(field) ? { detail, parameter: field, in: "path" as const } : { detail, pointer: jsonPointer(field.split(".")) },
        ),
      );
      return problem("invalid", { detail: error.message, errors });
    }
  }
}
