import "server-only";
import { authorize, type Principal } from "@/lib/access";
import { prisma } from "@/lib/db";
import { sectorPublication, type SectorPublication } from "@/lib/data/publication";
import { cachedForSectors } from "@/lib/data/view-cache";
import { todayInNorway } from "@/lib/domain/format";
import { openDataRows, publicSector, type OpenDataRow, type PublicAgency, type PublicSector } from "@/lib/domain/public-figures";

// The published figures (issue 11 part E, docs/decisions/016-public-figures.md): for anyone, signed
// in or not (`figures.public`), every ministry's sector as its one publication for outside viewers
// shows it (lib/data/publication.ts), restricted to the years the ministry has closed. Never a
// preliminary figure or a year still open: those stay out until the ministry closes the year.

export interface PublicSectorRef {
  id: string;
  name: string;
  orgNumber: string;
  /** Whether the ministry has closed a complete year (it may still have no figures for it). */
  published: boolean;
}

/** Every ministry, whose sector has a public page (with or without published years), by name. */
export async function listPublicSectors(principal: Principal): Promise<PublicSectorRef[]> {
  authorize(principal, "figures.public");
  // One statement: the public page and the open data ask for this on every request.
  const rows = await prisma.$queryRaw<PublicSectorRef[]>`
    select o.id, o.name, o."orgNumber",
           exists(select 1 from "ClosedYear" c where c."ministryId" = o.id and c.year < ${todayInNorway().getUTCFullYear()}) as published
    from "Organisation" o
    where o.kind = 'MINISTRY'`;
  return rows.sort((a, b) => a.name.localeCompare(b.name, "nb") || a.id.localeCompare(b.id));
}

interface SectorMeta {
  ministry: Omit<PublicSectorRef, "published">;
  agencies: PublicAgency[];
}

/** The names and organisation numbers the publication does not carry, cached per sector version like it. */
function sectorMeta(sectorId: string): Promise<SectorMeta | null> {
  return cachedForSectors([sectorId], JSON.stringify(["public-meta", sectorId]), async (db) => {
    const [ministry, agencies] = await Promise.all([
      db.organisation.findFirst({ where: { id: sectorId, kind: "MINISTRY" }, select: { id: true, name: true, orgNumber: true } }),
      db.organisation.findMany({ where: { kind: "AGENCY", parentId: sectorId }, select: { id: true, name: true, orgNumber: true, establishedOn: true } }),
    ]);
    return ministry ? { ministry, agencies } : null;
  });
}

// The view built from a cached publication and cached names is kept with them: the same objects
// come back from the cache while the sector's version is unchanged, so the key is that version
// (and the calendar year, which decides what is preliminary).
const views = new WeakMap<SectorPublication, { meta: SectorMeta; currentYear: number; view: PublicSector }>();

async function publicSectorView(sectorId: string): Promise<PublicSector | null> {
  const [publication, meta] = await Promise.all([sectorPublication(sectorId), sectorMeta(sectorId)]);
  if (!meta) return null;
  const currentYear = todayInNorway().getUTCFullYear();
  const hit = views.get(publication);
  if (hit && hit.meta === meta && hit.currentYear === currentYear) return hit.view;
  const view = publicSector({ ...meta, ...publication, currentYear });
  views.set(publication, { meta, currentYear, view });
  return view;
}

/**
 * The published figures of the given sectors (ministry ids; every ministry when none are given), in
 * that order. An id that is not a ministry is left out.
 */
export async function getPublicFigures(principal: Principal, sectorIds?: readonly string[]): Promise<PublicSector[]> {
  authorize(principal, "figures.public");
  const ids = sectorIds ?? (await listPublicSectors(principal)).map((s) => s.id);
  const found = await Promise.all(ids.map((id) => publicSectorView(id)));
  return found.filter((v): v is PublicSector => v !== null);
}

/**
 * The open data for a query (/offentlig/tall.csv and .json): every published year of every sector,
 * or of the sector (ministry's organisation number) and year asked for. Null when the sector asked
 * for is not a ministry.
 */
export async function getOpenData(principal: Principal, query: { sektor?: string; aar?: number }): Promise<readonly OpenDataRow[] | null> {
  const sectors = await listPublicSectors(principal);
  const chosen = query.sektor === undefined ? sectors : sectors.filter((s) => s.orgNumber === query.sektor);
  if (chosen.length === 0 && query.sektor !== undefined) return null;
  const figures = await getPublicFigures(principal, chosen.map((s) => s.id));
  if (figures.length !== 1) return openDataRows(figures, query.aar === undefined ? undefined : new Set([query.aar]));
  // One sector: the same rows (the same array) while its view is unchanged, so that the files made
  // of them can be kept with them too.
  const [view] = figures as [PublicSector];
  const byYear = rowsByView.get(view) ?? new Map<string, OpenDataRow[]>();
  rowsByView.set(view, byYear);
  const key = String(query.aar ?? "all");
  let rows = byYear.get(key);
  if (!rows) byYear.set(key, (rows = openDataRows([view], query.aar === undefined ? undefined : new Set([query.aar]))));
  return rows;
}

const rowsByView = new WeakMap<PublicSector, Map<string, OpenDataRow[]>>();
