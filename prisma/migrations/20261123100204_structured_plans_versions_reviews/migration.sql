-- AlterTable: the plan's elements become one structured document (lib/domain/plan-content.ts).
ALTER TABLE "ActionPlan" ADD COLUMN     "content" JSONB NOT NULL DEFAULT '{}';

-- Keep what was written: each old text element becomes the first entry of its structured element.
UPDATE "ActionPlan" SET "content" = jsonb_build_object(
  'challenges', CASE WHEN "challenges" <> '' THEN jsonb_build_array(jsonb_build_object('id', 'c1', 'category', 'RECRUITMENT_PRACTICE', 'challenge', "challenges", 'opportunities', '')) ELSE '[]'::jsonb END,
  'measures', CASE WHEN "measures" <> '' THEN jsonb_build_array(jsonb_build_object('id', 'm1', 'what', "measures", 'owner', '', 'due', '', 'status', 'NOT_STARTED', 'challengeId', '')) ELSE '[]'::jsonb END,
  'goals', CASE WHEN "goals" <> '' THEN jsonb_build_array(jsonb_build_object('id', 'g1', 'term', 'SHORT', 'description', "goals", 'target', '', 'date', '')) ELSE '[]'::jsonb END,
  'goalLink', jsonb_build_object('text', "goalLink", 'agencyGoals', '[]'::jsonb),
  'responsibilities', CASE WHEN "responsibilities" <> '' THEN jsonb_build_array(jsonb_build_object('id', 'r1', 'who', '', 'what', "responsibilities")) ELSE '[]'::jsonb END,
  'trainee', jsonb_build_object('decision', NULL, 'positions', '', 'count', NULL, 'reasoning', "traineeAssessment")
);

ALTER TABLE "ActionPlan" DROP COLUMN "challenges",
DROP COLUMN "goalLink",
DROP COLUMN "goals",
DROP COLUMN "measures",
DROP COLUMN "responsibilities",
DROP COLUMN "traineeAssessment";

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" TEXT,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanComment" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "element" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_number_key" ON "PlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "PlanComment_planId_versionNumber_idx" ON "PlanComment"("planId", "versionNumber");

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanComment" ADD CONSTRAINT "PlanComment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Plans already with the ministry get their submitted text as version 1.
INSERT INTO "PlanVersion" ("id", "planId", "number", "content", "submittedAt", "submittedById")
SELECT 'v1_' || "id", "id", 1, "content", COALESCE("submittedAt", "updatedAt"), "updatedById"
FROM "ActionPlan" WHERE "status" IN ('SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED');
