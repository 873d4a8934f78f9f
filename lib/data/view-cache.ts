import "server-only";
import { prisma } from "@/lib/db";

/**
 * A small in-process cache of views computed from a sector's data (the dashboard). An entry is
 * valid while the sector's version is unchanged: every audited change bumps it in its own
 * transaction (lib/data/audit.ts), so each instance of the app sees a change at its next request,
 * at the cost of one small query. Cached values are shared: callers must not change them.
 */
const MAX_ENTRIES = 500;
const entries = new Map<string, { version: string; value: unknown }>();

async function sectorVersion(sectorIds: string[]): Promise<string> {
  const rows = await prisma.sectorVersion.findMany({ where: { ministryId: { in: sectorIds } }, select: { ministryId: true, version: true } });
  const version = new Map(rows.map((r) => [r.ministryId, r.version]));
  return [...sectorIds].sort().map((id) => `${id}:${version.get(id) ?? 0}`).join(",");
}

export async function cachedForSectors<T>(sectorIds: string[], key: string, compute: () => Promise<T>): Promise<T> {
  // Read the version before computing: a change committed meanwhile makes the next request recompute.
  const version = await sectorVersion(sectorIds);
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    return hit.value as T;
  }
  const value = await compute();
  entries.set(key, { version, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
