-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'FINAL');

-- CreateEnum
CREATE TYPE "MeetingSide" AS ENUM ('MINISTRY', 'AGENCY');

-- CreateEnum
CREATE TYPE "MeetingPointStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "GovernanceMeeting" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "ministryId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "basis" JSONB NOT NULL,
    "basisAt" TIMESTAMP(3) NOT NULL,
    "markFirstMeasure" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finalisedAt" TIMESTAMP(3),
    "finalisedById" TEXT,

    CONSTRAINT "GovernanceMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "side" "MeetingSide" NOT NULL,

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingPoint" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "what" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "side" "MeetingSide" NOT NULL,
    "dueOn" DATE,
    "status" "MeetingPointStatus" NOT NULL DEFAULT 'NOT_STARTED',

    CONSTRAINT "MeetingPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingPointUpdate" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "pointId" TEXT NOT NULL,
    "status" "MeetingPointStatus" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "MeetingPointUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GovernanceMeeting_agencyId_date_idx" ON "GovernanceMeeting"("agencyId", "date");

-- CreateIndex
CREATE INDEX "MeetingParticipant_meetingId_position_idx" ON "MeetingParticipant"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingPoint_meetingId_position_idx" ON "MeetingPoint"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingPointUpdate_pointId_idx" ON "MeetingPointUpdate"("pointId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingPointUpdate_meetingId_pointId_key" ON "MeetingPointUpdate"("meetingId", "pointId");

-- AddForeignKey
ALTER TABLE "GovernanceMeeting" ADD CONSTRAINT "GovernanceMeeting_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GovernanceMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPoint" ADD CONSTRAINT "MeetingPoint_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GovernanceMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPointUpdate" ADD CONSTRAINT "MeetingPointUpdate_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GovernanceMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPointUpdate" ADD CONSTRAINT "MeetingPointUpdate_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "MeetingPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
