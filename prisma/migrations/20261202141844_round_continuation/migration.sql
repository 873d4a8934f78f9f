-- AlterTable
ALTER TABLE "ActionPlan" ADD COLUMN     "basedOnVersionId" TEXT;

-- AlterTable
ALTER TABLE "AddendumRound" ADD COLUMN     "asksForRevision" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "previousRoundId" TEXT;

-- AddForeignKey
ALTER TABLE "AddendumRound" ADD CONSTRAINT "AddendumRound_previousRoundId_fkey" FOREIGN KEY ("previousRoundId") REFERENCES "AddendumRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_basedOnVersionId_fkey" FOREIGN KEY ("basedOnVersionId") REFERENCES "PlanVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
