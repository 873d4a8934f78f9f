import { openApiDocument } from "@/lib/api/openapi";

// The API's OpenAPI 3.1 document: public, no token (issue 14).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
