-- CreateTable
CREATE TABLE "SectorVersion" (
    "ministryId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SectorVersion_pkey" PRIMARY KEY ("ministryId")
);
