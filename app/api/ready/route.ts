// Readiness (issue 15): 200 when this instance can serve (the database answers, every migration is
// applied, the job queue runs), else 503; each check's result in the JSON (lib/data/health.ts).
// For load balancers and orchestrators: no session, no personal data.
import { readiness } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await readiness();
  return Response.json(
    { status: result.ready ? "ready" : "not ready", checks: result.checks },
    { status: result.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
