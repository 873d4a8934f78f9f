// npm run bench — the dashboard's speed at national scale × 25, measured, not asserted:
//   1. builds the production app (when stale);
//   2. creates a separate database (embedded PostgreSQL under .data/bench-pg, or DATABASE_URL's
//      server) with two sectors: 10 agencies and 5,000 agencies, 10 years of figures each, with
//      letters, plans and pooled periods (scripts/lib/bench-data.ts);
//   3. counts the SQL statements one dashboard render sends in each sector;
//   4. serves the app (scripts/serve.ts) and loads the signed-out accessibility statement (the floor),
//      the dashboard of each sector, and the public figures (/offentlig and its open data
//      /offentlig/tall.json, no sign-in) with autocannon, 32 connections, as page loads; every
//      request is rendered by the app (there is no page cache; the dashboard's data comes from the
//      data cache while nothing changed). Reports requests per second and p50/p95 latency against
//      the targets.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { hashPassword } from "../lib/auth/password-hash";
import { BENCH_YEARS, createBenchData, SECTORS, startBenchSession } from "./lib/bench-data";
import { appServerCommand } from "./lib/app-server";
import { buildIfStale } from "./lib/next-build";
import { createDatabase, dropDatabase, freePort, ROOT, startPostgres } from "./lib/postgres";
import { migrate } from "./lib/prepare-database";
import { onShutdownSignal, spawnGroup, stopGroup } from "./lib/processes";

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15);
const DATABASE = "dugnad_bench";
const COOKIE = "authjs.session-token";

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The app did not start");
}

interface Measured {
  rps: number;
  p50: number;
  p95: number;
  requests: number;
  errors: number;
}

/** autocannon at 32 connections; p95 from every response time (autocannon reports p90 and p97.5 only). */
async function load(url: string, cookie: string | null, seconds: number): Promise<Measured> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // What a browser sends for a page load.
    const headers = { accept: "text/html,application/xhtml+xml", ...(cookie ? { cookie } : {}) };
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers }, (error, r) =>
      error ? reject(error) : resolve(r),
    );
    instance.on("response", (_client, _status, _bytes, time) => times.push(time));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { rps: result.requests.average, p50: at(0.5), p95: at(0.95), requests: result.requests.total, errors: result.non2xx + result.errors + result.timeouts };
}

async function main(): Promise<void> {
  const secret = randomBytes(32).toString("base64url");
  const pgServer = await startPostgres("bench-pg", await freePort());
  const port = await freePort();
  const base = `http://localhost:${port}`;
  let server: ReturnType<typeof spawnGroup> | undefined;
  const stop = async () => {
    if (server) await stopGroup(server);
    await pgServer.stop().catch(() => {});
  };
  onShutdownSignal(() => void stop().then(() => process.exit(1)));
  try {
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: secret, AUTH_TRUST_HOST: "true" };
    console.log("Building (if stale) …");
    await buildIfStale(env);

    console.log("Creating the benchmark database …");
    await dropDatabase(pgServer.adminUrl, DATABASE).catch(() => {});
    await createDatabase(pgServer.adminUrl, DATABASE);
    const url = pgServer.urlFor(DATABASE);
    await migrate(url);
    const started = Date.now();
    await createBenchData(url, await hashPassword(randomBytes(12).toString("hex")));
    console.log(`  generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const queries = JSON.parse(
      execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", "bench-queries.ts")], {
        cwd: ROOT,
        env: { ...env, DATABASE_URL: url },
        encoding: "utf8",
      }).trim().split("\n").at(-1)!,
    ) as Record<string, number>;

    const app = appServerCommand();
    server = spawnGroup(app.command, app.args, { cwd: ROOT, env: { ...env, DATABASE_URL: url, PORT: String(port) }, stdio: "ignore" });
    await waitForHealth(base);

    // Each adviser signed in as the app signs people in: a session row, named by the session cookie.
    const cookies = Object.fromEntries(
      await Promise.all(
        SECTORS.map(async (s) => {
          const userId = s.key === "small" ? "bs-adviser" : "bl-adviser";
          const sid = await startBenchSession(url, userId);
          const token = await encode({ token: { sid }, secret, salt: COOKIE, maxAge: 12 * 3600 });
          return [s.key, `${COOKIE}=${token}`];
        }),
      ),
    ) as Record<(typeof SECTORS)[number]["key"], string>;
    // Make sure the dashboard really renders for the signed-in adviser (not a redirect to the login).
    for (const s of SECTORS) {
      const res = await fetch(`${base}/dashbord`, { headers: { cookie: cookies[s.key] }, redirect: "manual" });
      const html = await res.text();
      if (res.status !== 200 || !html.includes(`${s.agencies} virksomheter`)) {
        throw new Error(`The ${s.key} dashboard did not render (${res.status})`);
      }
    }

    // The public figures (no sign-in): the page of each sector, and the open data as JSON.
    const [smallSector, largeSector] = SECTORS;
    const lastPublished = BENCH_YEARS.to - 1;
    const publicTargets = [
      { name: "Offentlige tall, 10 virksomheter (/offentlig)", url: `${base}/offentlig?sektor=${smallSector.orgNumber}`, cookie: null, expect: "Benchmarkdepartementet small og hele staten" },
      { name: "Offentlige tall, 5 000 virksomheter (/offentlig, 100 per side)", url: `${base}/offentlig?sektor=${largeSector.orgNumber}`, cookie: null, expect: "(1–100 av 5" },
      { name: "Åpne data, 10 virksomheter, alle år (/offentlig/tall.json)", url: `${base}/offentlig/tall.json?sektor=${smallSector.orgNumber}`, cookie: null, expect: '"nivaa": "sektor"' },
      { name: `Åpne data, 5 000 virksomheter, ${lastPublished} (/offentlig/tall.json)`, url: `${base}/offentlig/tall.json?sektor=${largeSector.orgNumber}&aar=${lastPublished}`, cookie: null, expect: '"nivaa": "sektor"' },
    ];
    for (const t of publicTargets) {
      const res = await fetch(t.url, { redirect: "manual" });
      const body = await res.text();
      if (res.status !== 200 || !body.includes(t.expect)) throw new Error(`${t.name} did not render (${res.status})`);
    }

    const targets = [
      { name: "Tilgjengelighetserklæringen, utlogget (/tilgjengelighet)", url: `${base}/tilgjengelighet`, cookie: null },
      { name: "Dashbord, 10 virksomheter", url: `${base}/dashbord`, cookie: cookies.small },
      { name: "Dashbord, 5 000 virksomheter", url: `${base}/dashbord`, cookie: cookies.large },
      ...publicTargets,
    ];
    const results: (Measured & { name: string })[] = [];
    for (const t of targets) {
      process.stdout.write(`Loading ${t.name} for ${DURATION_S} s …\n`);
      await load(t.url, t.cookie, 3); // warm-up
      results.push({ name: t.name, ...(await load(t.url, t.cookie, DURATION_S)) });
    }

    const [floor, small, large] = results as [Measured & { name: string }, Measured & { name: string }, Measured & { name: string }];
    const lines = [
      `Dugnad benchmark, ${new Date().toISOString()}, ${CONNECTIONS} connections, ${DURATION_S} s per target (autocannon)`,
      "",
      "| side | forespørsler/s | p50 (ms) | p95 (ms) | feil |",
      "|---|---:|---:|---:|---:|",
      ...results.map((r) => `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.errors} |`),
      "",
      `SQL statements per dashboard render, computed afresh: ${queries.smallCold} at ${queries.smallAgencies} agencies, ${queries.largeCold} at ${queries.largeAgencies} agencies;`,
      `from the data cache (nothing changed since): ${queries.smallWarm} and ${queries.largeWarm}.`,
      "",
      `Targets: dashboard (5,000) throughput ≥ half the accessibility statement's: ${large.rps.toFixed(0)} vs ${(floor.rps / 2).toFixed(0)} → ${large.rps >= floor.rps / 2 ? "met" : "NOT met"};`,
      `p95 < 100 ms: ${large.p95.toFixed(0)} ms → ${large.p95 < 100 ? "met" : "NOT met"}; same query count at both sizes: ${queries.smallCold === queries.largeCold && queries.smallWarm === queries.largeWarm ? "met" : "NOT met"}.`,
      `(The 10-agency dashboard: ${small.rps.toFixed(0)} req/s, p95 ${small.p95.toFixed(0)} ms.)`,
      `Public figures, side by side with the dashboard at 5,000 agencies (${large.rps.toFixed(0)} req/s, p95 ${large.p95.toFixed(0)} ms): ` +
        results.slice(3).map((r) => `${r.name}: ${r.rps.toFixed(0)} req/s, p95 ${r.p95.toFixed(0)} ms`).join("; ") + ".",
    ];
    console.log(`\n${lines.join("\n")}`);
    writeFileSync(path.join(ROOT, ".data", "bench-results.md"), `${lines.join("\n")}\n`);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
