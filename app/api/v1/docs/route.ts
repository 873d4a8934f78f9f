import { docsPage, nonceOf } from "@/lib/api/docs-page";

// The API's reference page (issue 14): public, like the document it shows.
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return new Response(docsPage(nonceOf(request)), { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
