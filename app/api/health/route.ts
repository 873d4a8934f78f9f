// Liveness (issue 15): the process answers. No database query: a database that is down makes the
// instance not ready (/api/ready), not dead, and restarting it would not help.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
