import "server-only";
import { prisma } from "@/lib/db";
import { managedSector, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { lockSectorYear } from "@/lib/data/hiring";
import { invalid } from "@/lib/data/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cvGapDefinitionFor } from "@/lib/domain/reporting-years";
import { checkImport, sameCounts, type ImportAgency, type ImportCheck } from "@/lib/domain/hiring-import";
import { todayInNorway } from "@/lib/domain/format";
import { common } from "@/lib/i18n/common";

type Tx = Prisma.TransactionClient;

const COUNTS = { permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true } as const;

/** The adviser's sector's agencies, for the template and the check. */
export async function importAgencies(actor: Actor, db: Tx | typeof prisma = prisma): Promise<ImportAgency[]> {
  const ministryId = managedSector(actor, "hiring.manage");
  return db.organisation.findMany({ where: { kind: "AGENCY", parentId: ministryId }, orderBy: { name: "asc" }, select: { id: true, name: true, orgNumber: true, establishedOn: true } });
}

async function check(actor: Actor, db: Tx | typeof prisma, year: number, table: string[][]): Promise<ImportCheck> {
  const ministryId = managedSector(actor, "hiring.manage");
  const [agencies, reports, closed] = await Promise.all([
    importAgencies(actor, db),
    db.hiringReport.findMany({ where: { year, agency: { kind: "AGENCY", parentId: ministryId } }, select: { agencyId: true } }),
    db.closedYear.findFirst({ where: { ministryId, year } }),
  ]);
  const existing = new Set(reports.map((r) => r.agencyId));
  return checkImport({ table, year, currentYear: todayInNorway().getUTCFullYear(), agencies, existing, yearClosed: !!closed });
}

/** The dry run: every row checked, nothing written. */
export async function checkHiringImport(actor: Actor, year: number, table: string[][]): Promise<ImportCheck> {
  return check(actor, prisma, year, table);
}

/**
 * The import: checked again inside one transaction (with the year's reports locked), then every
 * new or changed row written with its revision (who, when, before, after, why) and one audit
 * event; a row with the numbers already reported is left as it is. Any problem and nothing is
 * written. The result does not tell which rows were unchanged (see ImportRow.change).
 */
export async function applyHiringImport(actor: Actor, year: number, table: string[][], fileName: string) {
  const ministryId = managedSector(actor, "hiring.manage");
  return prisma.$transaction(async (tx) => {
    await lockSectorYear(tx, ministryId, year);
    const result = await check(actor, tx, year, table);
    if (!result.ok) throw invalid({}, common().hiringImport.notOk);
    let created = 0;
    let replaced = 0;
    for (const row of result.rows) {
      const counts = row.counts!;
      const agencyId = row.agencyId!;
      const before = await tx.hiringReport.findUnique({ where: { agencyId_year: { agencyId, year } }, select: COUNTS });
      if (before) replaced += 1;
      else created += 1;
      // The same numbers again: nothing to write, and no revision.
      if (before && sameCounts(before, counts)) continue;
      const saved = await tx.hiringReport.upsert({
        where: { agencyId_year: { agencyId, year } },
        create: { agencyId, year, ...counts, cvGapDefinition: cvGapDefinitionFor(year), updatedById: actor.userId },
        update: { ...counts, version: { increment: 1 }, updatedById: actor.userId },
        select: { id: true },
      });
      const reason = [`Importert fra ${fileName}`, row.reason].filter(Boolean).join(": ");
      await tx.hiringRevision.create({ data: { reportId: saved.id, actorId: actor.userId, reason, before: before ?? undefined, after: { ...counts } } });
    }
    await recordAudit(tx, actor, { entity: "HiringImport", entityId: `${ministryId}:${year}`, action: "import", after: { year, fileName, rows: result.rows.length, created, replaced } });
    return { created, replaced };
  }, { timeout: 60_000 });
}
