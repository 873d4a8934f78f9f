-- Trainees of the state trainee programme are one number: all of them are in the target group
-- (DFØ), they are counted once, never also among the temporary hires, and there is no "of whom in
-- the target group" for them. The trainee count ("traineeTotal") is kept, "traineeTarget" goes.
--
-- By the rule of DFØ a stored "traineeTarget" was always to equal "traineeTotal". Where it did not,
-- the target-group hires now count every trainee (permanentTarget + temporaryTarget +
-- traineeTotal), so they rise by the difference. That change is kept like any other revision of
-- the figures: a HiringRevision with the counts before (traineeTarget included) and after, and an
-- audit event for the log of the ministry, both by the migration rather than a person.

INSERT INTO "HiringRevision" ("id", "reportId", "at", "actorId", "reason", "before", "after")
SELECT
  'migration-trainees-' || h."id",
  h."id",
  now(),
  'migration',
  'Alle traineer i traineeprogrammet i staten er i målgruppen (DFØ): ' || h."traineeTotal" ||
    ' traineer telles nå i målgruppen (før: ' || h."traineeTarget" || ').',
  jsonb_build_object(
    'permanentTotal', h."permanentTotal", 'permanentTarget', h."permanentTarget",
    'temporaryTotal', h."temporaryTotal", 'temporaryTarget', h."temporaryTarget",
    'traineeTotal', h."traineeTotal", 'traineeTarget', h."traineeTarget"),
  jsonb_build_object(
    'permanentTotal', h."permanentTotal", 'permanentTarget', h."permanentTarget",
    'temporaryTotal', h."temporaryTotal", 'temporaryTarget', h."temporaryTarget",
    'traineeTotal', h."traineeTotal")
FROM "HiringReport" h
WHERE h."traineeTarget" <> h."traineeTotal";

INSERT INTO "AuditEvent" ("id", "at", "actorLabel", "subjectOrganisationId", "sectorIds", "entity", "entityId", "action", "before", "after")
SELECT
  'migration-trainees-' || h."id",
  now(),
  'migration',
  h."agencyId",
  CASE WHEN o."parentId" IS NULL THEN ARRAY[]::text[] ELSE ARRAY[o."parentId"] END,
  'HiringReport',
  h."id",
  'revise',
  jsonb_build_object('year', h."year", 'traineeTotal', h."traineeTotal", 'traineeTarget', h."traineeTarget"),
  jsonb_build_object('year', h."year", 'traineeTotal', h."traineeTotal")
FROM "HiringReport" h
JOIN "Organisation" o ON o."id" = h."agencyId"
WHERE h."traineeTarget" <> h."traineeTotal";

-- AlterTable
ALTER TABLE "HiringReport" DROP COLUMN "traineeTarget";
