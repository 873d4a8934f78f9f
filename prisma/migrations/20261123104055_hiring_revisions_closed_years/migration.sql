-- AlterTable
ALTER TABLE "HiringReport" ADD COLUMN     "cvGapDefinition" TEXT NOT NULL DEFAULT 'TWO_OF_FIVE_YEARS',
ADD COLUMN     "traineeTarget" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "traineeTotal" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "HiringRevision" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,

    CONSTRAINT "HiringRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClosedYear" (
    "ministryId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "closedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" TEXT NOT NULL,

    CONSTRAINT "ClosedYear_pkey" PRIMARY KEY ("ministryId","year")
);

-- CreateIndex
CREATE INDEX "HiringRevision_reportId_at_idx" ON "HiringRevision"("reportId", "at");

-- AddForeignKey
ALTER TABLE "HiringRevision" ADD CONSTRAINT "HiringRevision_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "HiringReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Years up to 2019 were counted with the older CV-gap definition.
UPDATE "HiringReport" SET "cvGapDefinition" = 'TWO_CONSECUTIVE_YEARS' WHERE "year" <= 2019;
