-- CreateTable
CREATE TABLE "PoolingConsent" (
    "id" TEXT NOT NULL,
    "ministryId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "grantedById" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PoolingConsent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PoolingConsent_ministryId_idx" ON "PoolingConsent"("ministryId");

-- CreateIndex
CREATE UNIQUE INDEX "PoolingConsent_agencyId_fromYear_key" ON "PoolingConsent"("agencyId", "fromYear");

-- AddForeignKey
ALTER TABLE "PoolingConsent" ADD CONSTRAINT "PoolingConsent_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
