// RFC 9457 problem details: every error the API answers (docs/decisions/024-api-and-tokens.md).
import { z } from "zod";

export const PROBLEM_TYPE_BASE = "https://dugnad.invalid/problems/";
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/**
 * One field's error. A field of the JSON body is named by `pointer`, an RFC 6901 JSON Pointer into
 * the body ("/permanentTotal", "/items/0/name"); a path or query parameter by `parameter` (its name)
 * and `in` ("path" or "query"). `detail` is the form's own message, in Norwegian, as the user of
 * the form would read it.
 */
export const problemFieldErrorSchema = z.object({
  detail: z.string(),
  pointer: z.string().optional(),
  parameter: z.string().optional(),
  in: z.enum(["path", "query"]).optional(),
});
export type ProblemFieldError = z.infer<typeof problemFieldErrorSchema>;

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(problemFieldErrorSchema).optional(),
    /** On 409: the version of the record as it is now, to start again from. */
    currentVersion: z.int().min(0).optional(),
    /** On 409: the record as it is now (the values saved since, who saved them and when). */
    current: z.unknown().optional(),
  })
  .meta({ description: "RFC 9457 problem details. `title` is English; `detail` and field errors' `detail` are the app's Norwegian messages." });
export type Problem = z.infer<typeof problemSchema>;

export type ProblemKind =
  | "unauthorized" | "forbidden" | "not-found" | "conflict" | "invalid" | "bad-request"
  | "rate-limited" | "method-not-allowed" | "internal";

const TITLES: Record<ProblemKind, [number, string]> = {
  "bad-request": [400, "Bad request"],
  unauthorized: [401, "Unauthorized"],
  forbidden: [403, "Insufficient scope"],
  "not-found": [404, "Not found"],
  "method-not-allowed": [405, "Method not allowed"],
  conflict: [409, "Conflict"],
  invalid: [422, "Validation failed"],
  "rate-limited": [429, "Too many requests"],
  internal: [500, "Internal server error"],
};

export function problem(kind: ProblemKind, extra: Omit<Partial<Problem>, "type" | "title" | "status"> = {}, headers: HeadersInit = {}): Response {
  const [status, title] = TITLES[kind];
  const body: Problem = { type: PROBLEM_TYPE_BASE + kind, title, status, ...extra };
  const h = new Headers(headers);
  h.set("content-type", PROBLEM_CONTENT_TYPE);
  h.set("cache-control", "no-store");
  return new Response(JSON.stringify(body), { status, headers: h });
}

/** An RFC 6901 pointer from a path of keys ("~" and "/" escaped). */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
