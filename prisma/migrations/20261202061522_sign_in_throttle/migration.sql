-- The throttle's state is short-lived and counted differently now: start from nothing.
DELETE FROM "LoginThrottle";

-- AlterTable
ALTER TABLE "LoginThrottle" DROP COLUMN "lastFailureAt",
DROP COLUMN "lockedUntil",
ADD COLUMN     "countedAt" TIMESTAMPTZ(3) NOT NULL,
ALTER COLUMN "failures" DROP DEFAULT,
ALTER COLUMN "failures" SET DATA TYPE DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "LoginThrottle_countedAt_idx" ON "LoginThrottle"("countedAt");
