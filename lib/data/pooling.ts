import "server-only";
import { prisma } from "@/lib/db";
import { managedSector, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { invalid, notFound } from "@/lib/data/errors";
import type { PoolingInput } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";
import { MIN_HIRES_FOR_SHARE, totalHires } from "@/lib/domain/shares";

/**
 * Records the ministry's consent for an agency of its sector to report a period of years pooled.
 * Periods of one agency never overlap (checked under a lock on the agency's consents).
 */
export async function grantPooling(actor: Actor, input: PoolingInput) {
  const ministryId = managedSector(actor, "hiring.manage");
  return prisma.$transaction(async (tx) => {
    const agency = await tx.organisation.findFirst({ where: { id: input.agencyId, kind: "AGENCY", parentId: ministryId }, select: { id: true } });
    if (!agency) throw notFound();
    await tx.$executeRaw`select 1 from "Organisation" where id = ${agency.id} for update`;
    const overlapping = await tx.poolingConsent.findFirst({
      where: { agencyId: agency.id, fromYear: { lte: input.toYear }, toYear: { gte: input.fromYear } },
    });
    if (overlapping) throw invalid({ fromYear: [nb.errors.poolingOverlap] });
    // Only years never shown one by one, all reported: the pooled sum then reveals no single year,
    // neither now nor as later years are added (see README, "Pooling years").
    const reports = await tx.hiringReport.findMany({
      where: { agencyId: agency.id, year: { gte: input.fromYear, lte: input.toYear } },
      select: { year: true, permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true },
    });
    const years = Array.from({ length: input.toYear - input.fromYear + 1 }, (_, i) => input.fromYear + i);
    const missing = years.filter((y) => !reports.some((r) => r.year === y));
    if (missing.length) throw invalid({ toYear: [nb.errors.poolingUnreported(missing)] });
    const large = reports.filter((r) => totalHires(r) >= MIN_HIRES_FOR_SHARE).map((r) => r.year);
    if (large.length) throw invalid({ fromYear: [nb.errors.poolingLargeYears(large)] });
    const consent = await tx.poolingConsent.create({
      data: { ministryId, agencyId: agency.id, fromYear: input.fromYear, toYear: input.toYear, reason: input.reason, grantedById: actor.userId },
    });
    await recordAudit(tx, actor, { entity: "PoolingConsent", entityId: consent.id, subjectOrganisationId: agency.id, action: "grant", after: input });
    return consent;
  });
}

/** Withdraws a consent; the agency's years are shown one by one again (with the usual suppression). */
export async function revokePooling(actor: Actor, consentId: string): Promise<void> {
  const ministryId = managedSector(actor, "hiring.manage");
  await prisma.$transaction(async (tx) => {
    const consent = await tx.poolingConsent.findFirst({ where: { id: consentId, ministryId } });
    if (!consent) throw notFound();
    // A year revised to 5 or more would be shown on its own again, and give the others away.
    const reports = await tx.hiringReport.findMany({
      where: { agencyId: consent.agencyId, year: { gte: consent.fromYear, lte: consent.toYear } },
      select: { year: true, permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true },
    });
    const large = reports.filter((r) => totalHires(r) >= MIN_HIRES_FOR_SHARE).map((r) => r.year);
    if (large.length) throw invalid({ _form: [nb.errors.poolingRevokeLarge(large)] }, nb.errors.poolingRevokeLarge(large));
    await tx.poolingConsent.delete({ where: { id: consent.id } });
    await recordAudit(tx, actor, { entity: "PoolingConsent", entityId: consent.id, subjectOrganisationId: consent.agencyId, action: "revoke", before: consent });
  });
}
