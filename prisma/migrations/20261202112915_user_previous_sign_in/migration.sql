-- AlterTable
ALTER TABLE "User" ADD COLUMN     "previousSignInAt" TIMESTAMP(3);
