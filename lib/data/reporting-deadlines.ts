import "server-only";
import { managedSector, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { prisma } from "@/lib/db";
import type { ReportingDeadlineInput } from "@/lib/domain/schemas";

// The dates by which a ministry's agencies report a year's hiring figures (issue 12): the daily
// reminders (lib/data/reminders.ts) remind agencies that have not reported before it and after it.

export interface ReportingDeadlineRow {
  year: number;
  dueOn: Date;
}

/** The ministry's due dates, latest year first. */
export async function listReportingDeadlines(actor: Actor): Promise<ReportingDeadlineRow[]> {
  const ministryId = managedSector(actor, "hiring.manage");
  return prisma.reportingDeadline.findMany({ where: { ministryId }, orderBy: { year: "desc" }, select: { year: true, dueOn: true } });
}

/** Sets (or moves) the due date of one year for the adviser's own ministry, audited with the change. */
export async function setReportingDeadline(actor: Actor, input: ReportingDeadlineInput): Promise<void> {
  const ministryId = managedSector(actor, "hiring.manage");
  const { year, dueOn } = input;
  await prisma.$transaction(async (tx) => {
    const before = await tx.reportingDeadline.findUnique({ where: { ministryId_year: { ministryId, year } }, select: { dueOn: true } });
    await tx.reportingDeadline.upsert({
      where: { ministryId_year: { ministryId, year } },
      create: { ministryId, year, dueOn, setById: actor.userId },
      update: { dueOn, setById: actor.userId, setAt: new Date() },
    });
    await recordAudit(tx, actor, {
      entity: "ReportingDeadline",
      entityId: `${ministryId}:${year}`,
      action: "set",
      before: before ? { year, dueOn: before.dueOn.toISOString().slice(0, 10) } : undefined,
      after: { year, dueOn: dueOn.toISOString().slice(0, 10) },
      changesViews: false,
    });
  });
}
