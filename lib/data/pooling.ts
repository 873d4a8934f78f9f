import "server-only";
import { prisma } from "@/lib/db";
import { managedMinistry, type Actor } from "@/lib/data/actor";
import { recordAudit } from "@/lib/data/audit";
import { invalid, notFound } from "@/lib/data/errors";
import type { PoolingInput } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";

/**
 * Records the ministry's consent for an agency of its sector to report a period of years pooled.
 * Periods of one agency never overlap (checked under a lock on the agency's consents).
 */
export async function grantPooling(actor: Actor, input: PoolingInput) {
  const ministryId = managedMinistry(actor);
  return prisma.$transaction(async (tx) => {
    const agency = await tx.organisation.findFirst({ where: { id: input.agencyId, kind: "AGENCY", parentId: ministryId }, select: { id: true } });
    if (!agency) throw notFound();
    await tx.$executeRaw`select 1 from "Organisation" where id = ${agency.id} for update`;
    const overlapping = await tx.poolingConsent.findFirst({
      where: { agencyId: agency.id, fromYear: { lte: input.toYear }, toYear: { gte: input.fromYear } },
    });
    if (overlapping) throw invalid({ fromYear: [nb.errors.poolingOverlap] });
    const consent = await tx.poolingConsent.create({
      data: { ministryId, agencyId: agency.id, fromYear: input.fromYear, toYear: input.toYear, reason: input.reason, grantedById: actor.userId },
    });
    await recordAudit(tx, actor, { entity: "PoolingConsent", entityId: consent.id, action: "grant", after: input });
    return consent;
  });
}

/** Withdraws a consent; the agency's years are shown one by one again (with the usual suppression). */
export async function revokePooling(actor: Actor, consentId: string): Promise<void> {
  const ministryId = managedMinistry(actor);
  await prisma.$transaction(async (tx) => {
    const consent = await tx.poolingConsent.findFirst({ where: { id: consentId, ministryId } });
    if (!consent) throw notFound();
    await tx.poolingConsent.delete({ where: { id: consent.id } });
    await recordAudit(tx, actor, { entity: "PoolingConsent", entityId: consent.id, action: "revoke", before: consent });
  });
}
