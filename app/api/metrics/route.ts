// Prometheus metrics (issue 15), for a scraper holding METRICS_TOKEN (Authorization: Bearer …).
// Without METRICS_TOKEN the route does not exist (404); a wrong or missing token gets 401.
import { metricsTokenMatches } from "@/lib/ops/metrics-token";
import { metrics } from "@/lib/ops/metrics";
import { clusterMetricsText } from "@/lib/ops/cluster";
import { logError } from "@/lib/log";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!env.METRICS_TOKEN) return new Response(null, { status: 404 });
  if (!metricsTokenMatches(request.headers.get("authorization"), env.METRICS_TOKEN)) {
    return new Response(null, { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } });
  }
  const { registry } = metrics();
  // Under WEB_CONCURRENCY > 1: every server process's metrics, aggregated by the primary.
  const fromCluster = clusterMetricsText();
  let text: string;
  try {
    text = fromCluster ? await fromCluster : await registry.metrics();
  } catch (error) {
    logError("metrics unavailable", error);
    return new Response(null, { status: 503, headers: { "retry-after": "5", "cache-control": "no-store" } });
  }
  return new Response(text, { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
