-- CreateTable
CREATE TABLE "AnnualReportText" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "organisation" TEXT NOT NULL,
    "assessment" TEXT NOT NULL,
    "challenges" TEXT NOT NULL,
    "whatWorked" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "AnnualReportText_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReportText_agencyId_year_key" ON "AnnualReportText"("agencyId", "year");

-- AddForeignKey
ALTER TABLE "AnnualReportText" ADD CONSTRAINT "AnnualReportText_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
