// The health route handler (app/api/health/route.ts) reports the database: 200 when it answers,
// 503 with "db":"down" when it cannot be reached.
import { createServer } from "node:net";
import { afterAll, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { GET } from "@/app/api/health/route";

afterAll(() => prisma.$disconnect());

/** A TCP port on 127.0.0.1 that nothing listens on (bound once by us, then released). */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  return address.port;
}

it("answers 200 with db ok against the run's database", async () => {
  const response = await GET();
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

it("answers 503 with db down when the database is unreachable", async () => {
  // lib/env.ts and lib/db.ts read DATABASE_URL when first imported, and lib/db.ts keeps its
  // client on globalThis.prisma: load fresh copies of the modules, pointed at a closed port.
  const globalForPrisma = globalThis as unknown as { prisma?: unknown };
  const savedUrl = process.env.DATABASE_URL;
  const savedClient = globalForPrisma.prisma;
  const deadUrl = new URL(savedUrl!);
  deadUrl.hostname = "127.0.0.1";
  deadUrl.port = String(await deadPort());

  vi.resetModules();
  process.env.DATABASE_URL = deadUrl.toString();
  globalForPrisma.prisma = undefined;
  try {
    const fresh = await import("@/app/api/health/route");
    const started = Date.now();
    const response = await fresh.GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", db: "down" });
    // A refused connection fails at once, well before the route's 2 s timeout.
    expect(Date.now() - started).toBeLessThan(1500);
    const { prisma: deadClient } = await import("@/lib/db");
    await deadClient.$disconnect();
  } finally {
    process.env.DATABASE_URL = savedUrl;
    globalForPrisma.prisma = savedClient;
    vi.resetModules();
  }

  // The app's own client is untouched.
  const response = await GET();
  expect(response.status).toBe(200);
});
