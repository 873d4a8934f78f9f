-- AlterEnum
ALTER TYPE "LetterStatus" ADD VALUE 'DRAFT';

-- DropIndex
DROP INDEX "Letter_roundId_agencyId_key";

-- AlterTable
ALTER TABLE "AddendumRound" ADD COLUMN     "sentAt" TIMESTAMP(3),
ADD COLUMN     "titleTemplate" TEXT NOT NULL DEFAULT '{nummer} til tildelingsbrev {år} til {virksomhet} – Handlingsplan for inkluderingsdugnaden';

-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "caseworkerName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "caseworkerPhone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "copyTo" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "correctsId" TEXT,
ADD COLUMN     "department" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "signatories" JSONB NOT NULL DEFAULT '[]',
ALTER COLUMN "number" SET DEFAULT '',
ALTER COLUMN "title" DROP NOT NULL,
ALTER COLUMN "status" SET DEFAULT 'DRAFT',
ALTER COLUMN "sentAt" DROP NOT NULL,
ALTER COLUMN "sentAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "email" TEXT,
ADD COLUMN     "letterhead" TEXT,
ADD COLUMN     "officeAddress" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "website" TEXT;

-- CreateIndex
CREATE INDEX "Letter_roundId_agencyId_idx" ON "Letter"("roundId", "agencyId");

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "Letter"("id") ON DELETE SET NULL ON UPDATE CASCADE;
