-- CreateEnum
CREATE TYPE "PlanSignoffStatus" AS ENUM ('REQUESTED', 'APPROVED', 'RETURNED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'PLAN_SIGNOFF';

-- AlterTable
ALTER TABLE "ActionPlan" ADD COLUMN     "approvedVersion" INTEGER,
ADD COLUMN     "signoffAt" TIMESTAMP(3),
ADD COLUMN     "signoffById" TEXT,
ADD COLUMN     "signoffComment" TEXT,
ADD COLUMN     "signoffStatus" "PlanSignoffStatus",
ADD COLUMN     "signoffVersion" INTEGER;

-- AlterTable
ALTER TABLE "AddendumRound" ADD COLUMN     "requiresLeaderApproval" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PlanVersion" ADD COLUMN     "approvedAt" TIMESTAMP(3);

-- Backfill: a plan already approved was approved in its latest submitted version.
UPDATE "ActionPlan" p SET "approvedVersion" = v.latest
FROM (SELECT "planId", MAX("number") AS latest FROM "PlanVersion" GROUP BY "planId") v
WHERE v."planId" = p."id" AND p."status" = 'APPROVED';

UPDATE "PlanVersion" pv SET "approvedAt" = p."updatedAt"
FROM "ActionPlan" p
WHERE pv."planId" = p."id" AND p."status" = 'APPROVED' AND pv."number" = p."approvedVersion";
