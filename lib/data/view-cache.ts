import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Db } from "@/lib/data/hiring-stats";

/**
 * A small in-process cache of views computed from a sector's data (the dashboard). An entry is
 * valid while the sector's version is unchanged: every audited change bumps it in its own
 * transaction (lib/data/audit.ts), so each instance of the app sees a change at its next request,
 * at the cost of one small query. A view is computed in one read-only snapshot together with the
 * version it is stored under, so it never mixes data from before and after a change. Cached
 * values are shared: callers must not change them.
 *
 * Within one render of a page the version is read once (React's `cache`): the public page asks for
 * a sector's publication and its names, an agency's dashboard for the publication and the view, all
 * under the same version. An action's write happens outside a render, and the page rendered after
 * it is a new render that reads the version afresh.
 */
const MAX_ENTRIES = 500;
const entries = new Map<string, { version: string; value: unknown }>();

async function sectorVersion(db: Db, sectorIds: string[]): Promise<string> {
  const rows = await db.sectorVersion.findMany({ where: { ministryId: { in: sectorIds } }, select: { ministryId: true, version: true } });
  const version = new Map(rows.map((r) => [r.ministryId, r.version]));
  return [...sectorIds].sort().map((id) => `${id}:${version.get(id) ?? 0}`).join(",");
}

// Keyed by the ids as one string: React's cache compares its arguments by identity.
const versionInThisRender = cache((ids: string) => sectorVersion(prisma, JSON.parse(ids) as string[]));

export async function cachedForSectors<T>(sectorIds: string[], key: string, compute: (db: Db) => Promise<T>): Promise<T> {
  const current = await versionInThisRender(JSON.stringify([...sectorIds].sort()));
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
