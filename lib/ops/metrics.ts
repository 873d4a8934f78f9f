// Prometheus metrics (issue 15), served at /api/metrics behind METRICS_TOKEN. One registry per
// process, on globalThis: the custom server (scripts/serve.ts) observes every request's duration,
// Next's bundles count e-mail failures, and the route handler reads it all. prom-client is loaded
// as it is (next.config.ts serverExternalPackages). No "server-only", @/lib/db or @/lib/env here.
import client, { type Counter, type Histogram, type Registry } from "prom-client";
import type { Pool } from "pg";

export interface Metrics {
  registry: Registry;
  /** Request durations per method, route pattern (never the raw URL) and status. */
  httpDuration: Histogram<"method" | "route" | "status">;
  /** E-mails the worker failed to send (each failed attempt). */
  emailFailures: Counter;
}

const KEY = Symbol.for("dugnad.metrics");
const POOL_KEY = Symbol.for("dugnad.pgPool");
const globals = globalThis as Record<symbol, unknown>;

/** lib/db.ts hands over its pg.Pool here, so that the pool's gauges can read it. */
export function registerPool(pool: Pool): void {
  globals[POOL_KEY] = pool;
}

function pool(): Pool | undefined {
  return globals[POOL_KEY] as Pool | undefined;
}

/** Resolves with `promise`'s value, or rejects after `ms` (a scrape never hangs on a dead database). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// pg-boss's tables (schema pgboss): every queue with its jobs waiting (created, retry) and running.
const QUEUE_DEPTH_SQL = `
  select q.name,
         count(j.id) filter (where j.state in ('created', 'retry'))::int as waiting,
         count(j.id) filter (where j.state = 'active')::int as active
    from pgboss.queue q
    left join pgboss.job j on j.name = q.name and j.state in ('created', 'retry', 'active')
   group by q.name`;

function createMetrics(): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: "dugnad_http_request_duration_seconds",
    help: "Duration of HTTP requests, per method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new client.Gauge({
    name: "dugnad_db_pool_connections",
    help: "Connections of the app's PostgreSQL pool: total, idle, and requests waiting for one",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const p = pool();
      this.set({ state: "total" }, p?.totalCount ?? 0);
      this.set({ state: "idle" }, p?.idleCount ?? 0);
      this.set({ state: "waiting" }, p?.waitingCount ?? 0);
    },
  });
  new client.Gauge({
    name: "dugnad_job_queue_depth",
    help: "Jobs per pg-boss queue: waiting (created or retry) and active",
    labelNames: ["queue", "state"] as const,
    registers: [registry],
    async collect() {
      const p = pool();
      if (!p) return;
      try {
        const { rows } = await within(p.query<{ name: string; waiting: number; active: number }>(QUEUE_DEPTH_SQL), 2000);
        this.reset();
        for (const row of rows) {
          this.set({ queue: row.name, state: "waiting" }, row.waiting);
          this.set({ queue: row.name, state: "active" }, row.active);
        }
      } catch {
        // The database is down or pg-boss's schema is not there yet: the gauge keeps its last values.
      }
    },
  });
  const emailFailures = new client.Counter({
    name: "dugnad_email_failures_total",
    help: "E-mails the worker failed to send (each failed attempt)",
    registers: [registry],
  });
  return { registry, httpDuration, emailFailures };
}

/** The process's metrics. */
export function metrics(): Metrics {
  return (globals[KEY] ??= createMetrics()) as Metrics;
}
