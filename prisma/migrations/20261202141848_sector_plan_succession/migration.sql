-- AlterTable
ALTER TABLE "MeasureFollowUp" ADD COLUMN     "previousId" TEXT;

-- AlterTable
ALTER TABLE "SectorPlan" ADD COLUMN     "previousId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "MeasureFollowUp_previousId_key" ON "MeasureFollowUp"("previousId");

-- CreateIndex
CREATE UNIQUE INDEX "SectorPlan_previousId_key" ON "SectorPlan"("previousId");

-- AddForeignKey
ALTER TABLE "SectorPlan" ADD CONSTRAINT "SectorPlan_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "SectorPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureFollowUp" ADD CONSTRAINT "MeasureFollowUp_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "MeasureFollowUp"("id") ON DELETE SET NULL ON UPDATE CASCADE;
