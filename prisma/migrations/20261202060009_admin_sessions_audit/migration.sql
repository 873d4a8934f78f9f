-- CreateEnum
CREATE TYPE "SignInMethod" AS ENUM ('PASSWORD', 'OIDC');

-- CreateEnum
CREATE TYPE "OneTimeTokenPurpose" AS ENUM ('SET_PASSWORD');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'ADMIN';

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorLabel" TEXT,
ADD COLUMN     "sectorIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "subjectOrganisationId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "invitedById" TEXT,
ADD COLUMN     "lastSignInAt" TIMESTAMP(3),
ADD COLUMN     "oidcIssuer" TEXT,
ADD COLUMN     "oidcSubject" TEXT,
ALTER COLUMN "passwordHash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "method" "SignInMethod" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "OneTimeTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT,

    CONSTRAINT "OneTimeToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeToken_tokenHash_key" ON "OneTimeToken"("tokenHash");

-- CreateIndex
CREATE INDEX "OneTimeToken_userId_idx" ON "OneTimeToken"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_sectorIds_idx" ON "AuditEvent" USING GIN ("sectorIds");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcIssuer_oidcSubject_key" ON "User"("oidcIssuer", "oidcSubject");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneTimeToken" ADD CONSTRAINT "OneTimeToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill the events written before: the organisation each concerns, where its entity names one,
-- and the sector (ministry) whose audit log shows it.
UPDATE "AuditEvent" e SET "subjectOrganisationId" = p."agencyId" FROM "ActionPlan" p WHERE e.entity = 'ActionPlan' AND p.id = e."entityId";
UPDATE "AuditEvent" e SET "subjectOrganisationId" = l."agencyId" FROM "Letter" l WHERE e.entity = 'Letter' AND l.id = e."entityId";
UPDATE "AuditEvent" e SET "subjectOrganisationId" = h."agencyId" FROM "HiringReport" h WHERE e.entity = 'HiringReport' AND h.id = e."entityId";
UPDATE "AuditEvent" e SET "subjectOrganisationId" = c."agencyId" FROM "PoolingConsent" c WHERE e.entity = 'PoolingConsent' AND c.id = e."entityId";
UPDATE "AuditEvent" e SET "subjectOrganisationId" = f."agencyId" FROM "MeasureFollowUp" f WHERE e.entity = 'MeasureFollowUp' AND f.id = e."entityId";
UPDATE "AuditEvent" e SET "subjectOrganisationId" = COALESCE(e."subjectOrganisationId", e."organisationId");
UPDATE "AuditEvent" e SET "sectorIds" = ARRAY[CASE WHEN o.kind = 'MINISTRY' THEN o.id ELSE o."parentId" END]
  FROM "Organisation" o WHERE o.id = e."subjectOrganisationId" AND o.kind IN ('MINISTRY', 'AGENCY') AND (o.kind = 'MINISTRY' OR o."parentId" IS NOT NULL);
