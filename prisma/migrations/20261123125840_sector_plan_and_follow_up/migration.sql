-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_RELEVANT');

-- CreateTable
CREATE TABLE "SectorPlan" (
    "id" TEXT NOT NULL,
    "ministryId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "SectorPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SectorPlanVersion" (
    "id" TEXT NOT NULL,
    "sectorPlanId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,

    CONSTRAINT "SectorPlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureFollowUp" (
    "id" TEXT NOT NULL,
    "sectorPlanId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "reason" TEXT NOT NULL DEFAULT '',
    "comment" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "MeasureFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureFollowUpRevision" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "status" "FollowUpStatus" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "comment" TEXT NOT NULL DEFAULT '',
    "planVersion" INTEGER NOT NULL,

    CONSTRAINT "MeasureFollowUpRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SectorPlan_ministryId_year_key" ON "SectorPlan"("ministryId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "SectorPlanVersion_sectorPlanId_number_key" ON "SectorPlanVersion"("sectorPlanId", "number");

-- CreateIndex
CREATE INDEX "MeasureFollowUp_agencyId_idx" ON "MeasureFollowUp"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureFollowUp_sectorPlanId_agencyId_measureId_key" ON "MeasureFollowUp"("sectorPlanId", "agencyId", "measureId");

-- CreateIndex
CREATE INDEX "MeasureFollowUpRevision_followUpId_at_idx" ON "MeasureFollowUpRevision"("followUpId", "at");

-- AddForeignKey
ALTER TABLE "SectorPlan" ADD CONSTRAINT "SectorPlan_ministryId_fkey" FOREIGN KEY ("ministryId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectorPlanVersion" ADD CONSTRAINT "SectorPlanVersion_sectorPlanId_fkey" FOREIGN KEY ("sectorPlanId") REFERENCES "SectorPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureFollowUp" ADD CONSTRAINT "MeasureFollowUp_sectorPlanId_fkey" FOREIGN KEY ("sectorPlanId") REFERENCES "SectorPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureFollowUp" ADD CONSTRAINT "MeasureFollowUp_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureFollowUpRevision" ADD CONSTRAINT "MeasureFollowUpRevision_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "MeasureFollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;
