// Demo data for issue 6: KMD's sector plan for 2021 published as version 1 (created as a draft,
// saved, then published, as lib/data/sector-plans.ts records it) and some agencies' follow-up of
// its measures, each report with its revision and audit event.
import type { Prisma } from "../../lib/generated/prisma/client";
import { allMeasures, publishProblems } from "../../lib/domain/sector-plan";
import {
  FOLLOW_UPS_2021, SECTOR_PLAN_2021, SECTOR_PLAN_2021_CREATED_AT, SECTOR_PLAN_2021_PUBLISHED_AT, SECTOR_PLAN_2021_YEAR,
} from "../../prisma/seed-data/sector-plan-2021";

export async function seedSectorPlan(
  tx: Prisma.TransactionClient,
  args: { ministryId: string; adviserId: string; agencyIdByShortName: ReadonlyMap<string, string>; hrUserIdFor: (shortName: string) => string },
): Promise<void> {
  const { ministryId, adviserId } = args;
  if (Object.keys(publishProblems(SECTOR_PLAN_2021)).length > 0) throw new Error("The 2021 sector plan seed cannot be published");
  const content = SECTOR_PLAN_2021;
  const plan = await tx.sectorPlan.create({
    data: {
      ministryId, year: SECTOR_PLAN_2021_YEAR, content, version: 2,
      createdAt: SECTOR_PLAN_2021_CREATED_AT, updatedAt: SECTOR_PLAN_2021_PUBLISHED_AT, updatedById: adviserId,
    },
  });
  await tx.sectorPlanVersion.create({
    data: { sectorPlanId: plan.id, number: 1, content, publishedAt: SECTOR_PLAN_2021_PUBLISHED_AT, publishedById: adviserId },
  });
  const event = { actorId: adviserId, organisationId: ministryId, entity: "SectorPlan", entityId: plan.id };
  await tx.auditEvent.createMany({
    data: [
      { ...event, at: SECTOR_PLAN_2021_CREATED_AT, action: "create", after: { year: SECTOR_PLAN_2021_YEAR } },
      { ...event, at: new Date(SECTOR_PLAN_2021_PUBLISHED_AT.getTime() - 60_000), action: "save", after: { version: 1, content } },
      { ...event, at: SECTOR_PLAN_2021_PUBLISHED_AT, action: "publish", after: { number: 1, content } },
    ],
  });

  const measureIds = new Set(allMeasures(content).map((x) => x.measure.id));
  for (const [shortName, reports] of Object.entries(FOLLOW_UPS_2021)) {
    const agencyId = args.agencyIdByShortName.get(shortName);
    if (!agencyId) throw new Error(`Follow-up seed: unknown agency ${shortName}`);
    const hrUserId = args.hrUserIdFor(shortName);
    for (const r of reports) {
      if (!measureIds.has(r.measureId)) throw new Error(`Follow-up seed: unknown measure ${r.measureId}`);
      if (r.status === "NOT_RELEVANT" && !r.reason) throw new Error(`Follow-up seed: ${shortName} ${r.measureId} needs a reason`);
      const values = { status: r.status, reason: r.reason ?? "", comment: r.comment ?? "" };
      const row = await tx.measureFollowUp.create({
        data: { sectorPlanId: plan.id, agencyId, measureId: r.measureId, ...values, version: 1, updatedAt: r.at, updatedById: hrUserId },
      });
      await tx.measureFollowUpRevision.create({ data: { followUpId: row.id, at: r.at, actorId: hrUserId, ...values, planVersion: 1 } });
      await tx.auditEvent.create({
        data: { at: r.at, actorId: hrUserId, organisationId: agencyId, entity: "MeasureFollowUp", entityId: row.id, action: "report", after: { measureId: r.measureId, ...values, planVersion: 1 } },
      });
    }
  }
}
