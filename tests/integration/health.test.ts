// Liveness and readiness (issue 15). /api/health answers while the process runs, whatever the
// database does; /api/ready answers 200 only when the database answers, every migration in
// prisma/migrations is applied and the job queue runs, with each check's result, else 503.
// /api/metrics is there only with METRICS_TOKEN, and only for its bearer.
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { metrics } from "@/lib/ops/metrics";
import { runShutdownHooks } from "@/lib/ops/shutdown";
import { workerState } from "@/lib/ops/job-queue";
import { startDatabaseWatch } from "@/lib/ops/database-watch";

/** A TCP port on 127.0.0.1 that nothing listens on (bound once by us, then released). */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  return address.port;
}

/**
 * Loads the modules afresh with `env` set (lib/env.ts reads the environment when first imported).
 * A fresh DATABASE_URL gets its own Prisma client (lib/db.ts keeps one per URL), closed after;
 * the in-process worker, which may run a job meanwhile, keeps the suite's.
 */
async function withFreshModules<T>(env: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const clients = ((globalThis as unknown as { prismaClients?: Map<string, { $disconnect(): Promise<void> }> }).prismaClients ??= new Map());
  const before = new Set(clients.keys());
  // The pool the metrics read (lib/ops/metrics.ts): a fresh client registers its own.
  const POOL = Symbol.for("dugnad.pgPool");
  const globals = globalThis as Record<symbol, unknown>;
  const savedPool = globals[POOL];
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await run();
  } finally {
    for (const [url, client] of clients) {
      if (before.has(url)) continue;
      clients.delete(url);
      await client.$disconnect().catch(() => {});
    }
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    globals[POOL] = savedPool;
    vi.resetModules();
  }
}

async function deadDatabaseUrl(): Promise<string> {
  const url = new URL(process.env.DATABASE_URL!);
  url.hostname = "127.0.0.1";
  url.port = String(await deadPort());
  return url.toString();
}

beforeAll(async () => {
  // The job queue runs as under `npm start`: the in-process worker (real pg-boss on the run's database).
  const { startInProcessWorker } = await import("@/lib/jobs/in-process");
  await startInProcessWorker();
}, 60_000);

afterAll(async () => {
  // Stops the worker (its jobs in flight finish) and disconnects Prisma, as the server does on SIGTERM.
  await runShutdownHooks();
  await prisma.$disconnect();
});

describe("/api/health", () => {
  it("answers 200 while the process runs", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("asks nothing of the database: 200 also when it cannot be reached", async () => {
    await withFreshModules({ DATABASE_URL: await deadDatabaseUrl() }, async () => {
      const fresh = await import("@/app/api/health/route");
      expect(fresh.GET().status).toBe(200);
    });
  });
});

describe("/api/ready", () => {
  it("answers 200 with every check ok: database, migrations, job queue", async () => {
    expect(workerState()?.stopped).toBe(false);
    const response = await ready();
    expect(await response.json()).toEqual({ status: "ready", checks: { database: { ok: true }, migrations: { ok: true }, jobQueue: { ok: true } } });
    expect(response.status).toBe(200);
  });

  it("answers 503 naming a migration that is not applied", async () => {
    const [last] = await prisma.$queryRaw<{ id: string; migration_name: string }[]>`select id, migration_name from _prisma_migrations order by migration_name desc limit 1`;
    await prisma.$executeRaw`update _prisma_migrations set finished_at = null where id = ${last!.id}`;
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      const body = (await response.json()) as { status: string; checks: { migrations: { ok: boolean; detail: string } } };
      expect(body.status).toBe("not ready");
      expect(body.checks.migrations.ok).toBe(false);
      expect(body.checks.migrations.detail).toContain(last!.migration_name);
    } finally {
      await prisma.$executeRaw`update _prisma_migrations set finished_at = now() where id = ${last!.id}`;
    }
    expect((await ready()).status).toBe(200);
  });

  it("answers 503 at once when the database cannot be reached", async () => {
    await withFreshModules({ DATABASE_URL: await deadDatabaseUrl() }, async () => {
      const fresh = await import("@/app/api/ready/route");
      // Meanwhile the suite's own client is used (as the in-process worker may): it stays on its
      // database and the fresh modules still get theirs (this once made the answer 200).
      await prisma.$queryRaw`select 1`;
      const started = Date.now();
      const response = await fresh.GET();
      expect(response.status).toBe(503);
      const body = (await response.json()) as { checks: { database: { ok: boolean } } };
      expect(body.checks.database.ok).toBe(false);
      expect(Date.now() - started).toBeLessThan(1500);
    });
  });

  it("answers 503 while the database watch finds the database down (the pages answer 503 then), and 200 when it is back", async () => {
    // A watch pointed at a port where nothing listens finds the database down at its first probe.
    const watch = startDatabaseWatch({ connectionString: await deadDatabaseUrl(), timeoutMs: 300 });
    try {
      await watch.ready;
      expect(watch.isDown()).toBe(true);
      const response = await ready();
      expect(response.status).toBe(503);
      const body = (await response.json()) as { checks: { database: { ok: boolean } } };
      expect(body.checks.database.ok).toBe(false);
    } finally {
      await watch.stop();
    }
    expect((await ready()).status).toBe(200);
  });

  it("answers 503 when the worker runs elsewhere (DUGNAD_WORKER=0) and no worker has shown itself for 10 minutes; 200 from a worker's first start", async () => {
    const readyElsewhere = () =>
      withFreshModules({ DUGNAD_WORKER: "0" }, async () => {
        const fresh = await import("@/app/api/ready/route");
        const response = await fresh.GET();
        return { status: response.status, jobQueue: ((await response.json()) as { checks: { jobQueue: { ok: boolean; detail?: string } } }).checks.jobQueue };
      });
    try {
      await prisma.$executeRaw`update pgboss.version set maintained_on = now() - interval '1 hour', cron_on = now() - interval '1 hour'`;
      expect(await readyElsewhere()).toEqual({ status: 503, jobQueue: { ok: false, detail: "no worker has maintained or scheduled the queue in the last 10 minutes" } });
      // A fresh installation: the worker has started (its scheduler stamps at once), its first
      // maintenance is two minutes away.
      await prisma.$executeRaw`update pgboss.version set maintained_on = null, cron_on = now()`;
      expect(await readyElsewhere()).toEqual({ status: 200, jobQueue: { ok: true } });
      await prisma.$executeRaw`update pgboss.version set maintained_on = now(), cron_on = now() - interval '1 hour'`;
      expect(await readyElsewhere()).toEqual({ status: 200, jobQueue: { ok: true } });
    } finally {
      await prisma.$executeRaw`update pgboss.version set maintained_on = now(), cron_on = now()`;
    }
  });
});

describe("/api/metrics", () => {
  const TOKEN = "metrics-token-for-the-test-0123456789";
  const scrape = (authorization?: string) =>
    withFreshModules({ METRICS_TOKEN: TOKEN }, async () => {
      const fresh = await import("@/app/api/metrics/route");
      const response = await fresh.GET(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));
      return { status: response.status, text: await response.text() };
    });

  it("does not exist without METRICS_TOKEN", async () => {
    await withFreshModules({ METRICS_TOKEN: undefined }, async () => {
      const fresh = await import("@/app/api/metrics/route");
      expect((await fresh.GET(new Request("http://localhost/api/metrics", { headers: { authorization: `Bearer ${TOKEN}` } }))).status).toBe(404);
    });
  });

  it("refuses a scraper without the token, and gives the series to one with it", async () => {
    await prisma.$queryRaw`select 1`; // the app's pool is open
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer wrong-token-wrong-token-0000")).status).toBe(401);
    // A request as the custom server records it, and an e-mail failure.
    metrics().httpDuration.observe({ method: "GET", route: "/brev", status: "200" }, 0.042);
    const before = await scrape(`Bearer ${TOKEN}`);
    expect(before.status).toBe(200);
    for (const series of [
      'dugnad_http_request_duration_seconds_count{method="GET",route="/brev",status="200"}',
      'dugnad_db_pool_connections{state="total"}',
      'dugnad_db_pool_connections{state="idle"}',
      'dugnad_db_pool_connections{state="waiting"}',
      'dugnad_job_queue_depth{queue="email-send",state="waiting"}',
      "dugnad_email_failures_total",
      "process_cpu_user_seconds_total",
      "nodejs_heap_size_used_bytes",
    ]) {
      expect(before.text).toContain(series);
    }
    const count = (text: string) => Number(/dugnad_http_request_duration_seconds_count\{method="GET",route="\/brev",status="200"\} (\d+)/.exec(text)![1]);
    const failures = (text: string) => Number(/^dugnad_email_failures_total (\d+)/m.exec(text)![1]);
    metrics().httpDuration.observe({ method: "GET", route: "/brev", status: "200" }, 0.01);
    metrics().emailFailures.inc();
    const after = await scrape(`Bearer ${TOKEN}`);
    expect(count(after.text)).toBe(count(before.text) + 1);
    // At least ours: the in-process worker may meanwhile have failed to send another file's e-mail
    // (the suite's files share the database and its queue), which counts too.
    expect(failures(after.text)).toBeGreaterThanOrEqual(failures(before.text) + 1);
  });
});
