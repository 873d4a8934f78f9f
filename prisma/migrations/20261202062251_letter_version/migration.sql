-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
