-- When an agency came into being: it reports the years from then on, and "2 av 11 har
-- rapportert" for a year counts only the agencies that existed in it. Null for the agencies
-- already there (existed before the first reporting year).

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "establishedOn" DATE;
