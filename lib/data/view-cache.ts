import "server-only";
import { prisma } from "@/lib/db";
import type { Db } from "@/lib/data/hiring-stats";

/**
 * A small in-process cache of views computed from a sector's data (the dashboard). An entry is
 * valid while the sector's version is unchanged: every audited change bumps it in its own
 * transaction (lib/data/audit.ts), so each instance of the app sees a change at its next request,
 * at the cost of one small query. A view is computed in one read-only snapshot together with the
 * version it is stored under, so it never mixes data from before and after a change. Cached
 * values are shared: callers must not change them.
 */
const MAX_ENTRIES = 500;
const entries = new Map<string, { version: string; value: unknown }>();

async function sectorVersion(db: Db, sectorIds: string[]): Promise<string> {
  const rows = await db.sectorVersion.findMany({ where: { ministryId: { in: sectorIds } }, select: { ministryId: true, version: true } });
  const version = new Map(rows.map((r) => [r.ministryId, r.version]));
  return [...sectorIds].sort().map((id) => `${id}:${version.get(id) ?? 0}`).join(",");
}

export async function cachedForSectors<T>(sectorIds: string[], key: string, compute: (db: Db) => Promise<T>): Promise<T> {
  const current = await sectorVersion(prisma, sectorIds);
  const hit = entries.get(key);
  if (hit && hit.version === current) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    return hit.value as T;
  }
  const { version, value } = await prisma.$transaction(
    async (tx) => {
      const version = await sectorVersion(tx, sectorIds);
      return { version, value: await compute(tx) };
    },
    { isolationLevel: "RepeatableRead", timeout: 20_000 },
  );
  entries.set(key, { version, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
