-- CreateEnum
CREATE TYPE "PoolingStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN');

-- DropIndex
DROP INDEX "PoolingConsent_agencyId_fromYear_key";

-- AlterTable
ALTER TABLE "PoolingConsent" ADD COLUMN     "decisionNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "requestedById" TEXT,
ADD COLUMN     "status" "PoolingStatus" NOT NULL DEFAULT 'REQUESTED',
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnById" TEXT,
ALTER COLUMN "grantedById" DROP NOT NULL,
ALTER COLUMN "grantedAt" DROP NOT NULL,
ALTER COLUMN "grantedAt" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "PoolingConsent_agencyId_idx" ON "PoolingConsent"("agencyId");

-- Consents given before requests existed were the ministry's approval.
UPDATE "PoolingConsent" SET "status" = 'APPROVED', "requestedAt" = COALESCE("grantedAt", "requestedAt");
