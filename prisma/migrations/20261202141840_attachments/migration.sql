-- CreateEnum
CREATE TYPE "AttachmentPurpose" AS ENUM ('ATTACHMENT', 'ORIGINAL_IMPORT');

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "planId" TEXT,
    "letterId" TEXT,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "purpose" "AttachmentPurpose" NOT NULL DEFAULT 'ATTACHMENT',
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "uploadedByOrganisationId" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Attachment_planId_idx" ON "Attachment"("planId");

-- CreateIndex
CREATE INDEX "Attachment_letterId_idx" ON "Attachment"("letterId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Exactly one owner: a plan or a letter.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_one_owner" CHECK (("planId" IS NULL) <> ("letterId" IS NULL));
