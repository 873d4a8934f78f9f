-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "importedAt" TIMESTAMP(3),
ADD COLUMN     "importedFrom" TEXT;
