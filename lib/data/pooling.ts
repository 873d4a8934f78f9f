import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { managedSector, ownAgency, sectorsFor, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, forbidden, invalid, notFound } from "@/lib/data/errors";
import type { PoolingDecisionInput, PoolingRequestInput } from "@/lib/domain/schemas";
import { MIN_HIRES_FOR_SHARE, totalHires } from "@/lib/domain/shares";
import { common } from "@/lib/i18n/common";

// Pooling years (../shared/DOMAIN.md, "Privacy"): a small agency asks to report several of its years
// as one period; the ministry approves or refuses. Once a period has been published (approved), its
// years belong to it for good: withdrawing it stops showing its sum but does not free its years,
// since the sum was seen. Periods of one agency never overlap (checked under a lock on the agency).

type Tx = Prisma.TransactionClient;

/** Periods whose years are taken: asked for (pending), or published (approved, or approved then withdrawn). */
const TAKES_YEARS = ["REQUESTED", "APPROVED", "WITHDRAWN"] as const;
const PUBLISHED = ["APPROVED", "WITHDRAWN"] as const;

const COUNTS = { year: true, permanentTotal: true, permanentTarget: true, temporaryTotal: true, temporaryTarget: true, traineeTotal: true } as const;

async function lockAgency(tx: Tx, agencyId: string): Promise<void> {
  await tx.$executeRaw`select 1 from "Organisation" where id = ${agencyId} for update`;
}

const yearsOf = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The period's years as reported: which are missing, and whether any has 5 or more new hires. */
async function periodReports(tx: Tx, agencyId: string, fromYear: number, toYear: number) {
  const reports = await tx.hiringReport.findMany({ where: { agencyId, year: { gte: fromYear, lte: toYear } }, select: COUNTS });
  return {
    missing: yearsOf(fromYear, toYear).filter((y) => !reports.some((r) => r.year === y)),
    anyLarge: reports.some((r) => totalHires(r) >= MIN_HIRES_FOR_SHARE),
  };
}

/**
 * The agency's own people ask to report a period of its years as one. Only years all reported, all
 * under 5 new hires, and in no other period (asked for, published or withdrawn).
 */
export async function requestPooling(actor: Actor, input: PoolingRequestInput): Promise<{ id: string }> {
  const agencyId = ownAgency(actor, "hiring.write");
  if (!agencyId) throw forbidden();
  const [ministryId] = sectorsFor(actor, "hiring.write");
  if (!ministryId) throw forbidden();
  return prisma.$transaction(async (tx) => {
    await lockAgency(tx, agencyId);
    const taken = await tx.poolingConsent.findFirst({
      where: { agencyId, status: { in: [...TAKES_YEARS] }, fromYear: { lte: input.toYear }, toYear: { gte: input.fromYear } },
      select: { id: true },
    });
    if (taken) throw invalid({ fromYear: [common().errors.poolingOverlap] });
    const { missing, anyLarge } = await periodReports(tx, agencyId, input.fromYear, input.toYear);
    if (missing.length) throw invalid({ toYear: [common().errors.poolingUnreported(missing)] });
    if (anyLarge) throw invalid({ fromYear: [common().errors.poolingSmallOnly] });
    const consent = await tx.poolingConsent.create({
      data: { ministryId, agencyId, fromYear: input.fromYear, toYear: input.toYear, reason: input.reason, status: "REQUESTED", requestedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      entity: "PoolingConsent", entityId: consent.id, action: "request", after: { fromYear: input.fromYear, toYear: input.toYear, reason: input.reason }, changesViews: false,
    });
    return consent;
  });
}

/**
 * The ministry approves or refuses a request from an agency of its sector. Approval is checked again
 * (the years may have changed since): every year reported, under 5, in no published period. The
 * message of a refused approval never says which years have 5 or more.
 */
export async function decidePooling(actor: Actor, input: PoolingDecisionInput): Promise<{ status: "APPROVED" | "REFUSED" }> {
  const ministryId = managedSector(actor, "hiring.manage");
  return prisma.$transaction(async (tx) => {
    const found = await tx.poolingConsent.findFirst({ where: { id: input.consentId, agency: { kind: "AGENCY", parentId: ministryId } }, select: { agencyId: true } });
    if (!found) throw notFound();
    await lockAgency(tx, found.agencyId);
    const consent = await tx.poolingConsent.findUniqueOrThrow({ where: { id: input.consentId } });
    if (consent.status !== "REQUESTED") throw conflict(common().errors.poolingDecided);
    if (input.decision === "approve") {
      const published = await tx.poolingConsent.findFirst({
        where: { agencyId: consent.agencyId, id: { not: consent.id }, status: { in: [...PUBLISHED] }, fromYear: { lte: consent.toYear }, toYear: { gte: consent.fromYear } },
        select: { id: true },
      });
      const { missing, anyLarge } = await periodReports(tx, consent.agencyId, consent.fromYear, consent.toYear);
      if (published || missing.length || anyLarge) throw conflict(common().errors.poolingCannotApprove);
    }
    const status = input.decision === "approve" ? "APPROVED" : "REFUSED";
    await tx.poolingConsent.update({
      where: { id: consent.id },
      data: { status, grantedById: actor.userId, grantedAt: new Date(), decisionNote: input.note, ministryId },
    });
    await recordAudit(tx, actor, {
      entity: "PoolingConsent",
      entityId: consent.id,
      subjectOrganisationId: consent.agencyId,
      action: input.decision,
      after: { fromYear: consent.fromYear, toYear: consent.toYear, note: input.note },
      // Only a published period changes what the sector's views show.
      changesViews: status === "APPROVED",
    });
    return { status };
  });
}

/**
 * The ministry withdraws a published period: its sum is no longer shown, but its years stay in it
 * (a year belongs to at most one published period, ever), so no later period can take them.
 */
export async function withdrawPooling(actor: Actor, consentId: string): Promise<void> {
  const ministryId = managedSector(actor, "hiring.manage");
  await prisma.$transaction(async (tx) => {
    const consent = await tx.poolingConsent.findFirst({ where: { id: consentId, agency: { kind: "AGENCY", parentId: ministryId } } });
    if (!consent) throw notFound();
    await lockAgency(tx, consent.agencyId);
    const { count } = await tx.poolingConsent.updateMany({ where: { id: consent.id, status: "APPROVED" }, data: { status: "WITHDRAWN", withdrawnById: actor.userId, withdrawnAt: new Date() } });
    if (count !== 1) throw conflict(common().errors.poolingNotApproved);
    await recordAudit(tx, actor, {
      entity: "PoolingConsent", entityId: consent.id, subjectOrganisationId: consent.agencyId, action: "withdraw", after: { fromYear: consent.fromYear, toYear: consent.toYear },
    });
  });
}

/** The agency's own periods, newest first, with their status (for its figures page). */
export async function listOwnPooling(actor: Actor) {
  const agencyId = ownAgency(actor, "hiring.write");
  if (!agencyId) throw forbidden();
  return prisma.poolingConsent.findMany({
    where: { agencyId },
    orderBy: { requestedAt: "desc" },
    select: { id: true, fromYear: true, toYear: true, reason: true, status: true, requestedAt: true, grantedAt: true, decisionNote: true, withdrawnAt: true },
  });
}
