-- AlterTable
ALTER TABLE "User" ADD COLUMN     "passwordCheckedHash" TEXT;
