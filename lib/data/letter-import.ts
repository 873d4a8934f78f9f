import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { agencyWhere, managedSector, type Actor } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { invalid, notFound } from "@/lib/data/errors";
import type { KnownAgency } from "@/lib/domain/letter-import";
import type { LetterImportInput } from "@/lib/domain/letter-import-schema";
import { localized } from "@/lib/i18n/current";
import { letterImportTexts } from "@/lib/i18n/letters";

// Letters the ministry sent before Dugnad, imported (issue 13): the adviser uploads a PDF or
// pastes a scan's text, checks what lib/domain/letter-import.ts recognised, and saves the letter
// as sent. Only the adviser's own ministry (round.write, sector).

export interface ImportRound {
  id: string;
  title: string;
  year: number;
}

/** What the import needs: the ministry's agencies (to recognise the addressee) and its sent rounds. */
export async function getLetterImportContext(actor: Actor): Promise<{ agencies: KnownAgency[]; rounds: ImportRound[] }> {
  const ministryId = managedSector(actor, "round.write");
  const [agencies, rounds] = await Promise.all([
    prisma.organisation.findMany({
      where: agencyWhere(actor, "round.write"),
      select: { id: true, name: true, shortName: true, orgNumber: true, postalAddress: true },
      orderBy: { name: "asc" },
    }),
    // A round not yet sent holds draft letters: a letter that was sent does not belong there.
    prisma.addendumRound.findMany({
      where: { ministryId, sentAt: { not: null } },
      select: { id: true, title: true, year: true },
      orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    }),
  ]);
  return { agencies, rounds };
}

/**
 * Saves an imported letter in one transaction: the round (an existing sent round of the letter's
 * year, or a new one, recorded as sent on the letter's date), the letter as SENT on its own date
 * and marked imported, the agency's plan for the round if it has none (as sending does), and the
 * audit events. No notification: the letter went out long ago, outside the app.
 */
export async function importLetter(actor: Actor, input: LetterImportInput): Promise<{ letterId: string; roundId: string }> {
  const ministryId = managedSector(actor, "round.write");
  const agency = await prisma.organisation.findFirst({ where: { id: input.agencyId, ...agencyWhere(actor, "round.write") }, select: { id: true } });
  // An agency outside the ministry's sector: a forged form, told nothing.
  if (!agency) throw notFound();
  const year = input.date.getUTCFullYear();
  const taken = await prisma.letter.count({ where: { ministryId, ourRef: input.ourRef } });
  if (taken > 0) throw invalid({ ourRef: [localized(letterImportTexts).errors.ourRefTaken] });
  try {
    return await prisma.$transaction(async (tx) => {
      let roundId: string;
      if (input.roundChoice === "existing") {
        const round = await tx.addendumRound.findFirst({ where: { id: input.roundId, ministryId, sentAt: { not: null } }, select: { id: true, year: true } });
        if (!round) throw invalid({ roundId: [localized(letterImportTexts).errors.roundNotFound] });
        if (round.year !== year) throw invalid({ roundId: [localized(letterImportTexts).errors.roundYear(year)] });
        roundId = round.id;
        await tx.$executeRaw`select 1 from "AddendumRound" where id = ${roundId} for update`;
      } else {
        const round = await tx.addendumRound.create({
          data: {
            ministryId,
            title: input.roundTitle,
            year,
            deadline: input.deadline,
            body: input.body,
            titleTemplate: `{nummer} til tildelingsbrev {år} til {virksomhet} – ${input.roundTitle}`,
            createdById: actor.userId,
            sentAt: input.date,
          },
          select: { id: true },
        });
        roundId = round.id;
        await recordAudit(tx, actor, { entity: "AddendumRound", entityId: roundId, action: "import", after: { title: input.roundTitle, year, sentAt: input.date } });
      }
      const importedAt = new Date();
      const letter = await tx.letter.create({
        data: {
          roundId,
          ministryId,
          agencyId: agency.id,
          number: input.number,
          title: input.title,
          yourRef: input.yourRef,
          ourRef: input.ourRef,
          date: input.date,
          deadline: input.deadline,
          body: input.body,
          department: input.department,
          caseworkerName: input.caseworkerName,
          caseworkerPhone: input.caseworkerPhone,
          signatories: input.signatories,
          copyTo: input.copyTo,
          status: "SENT",
          sentAt: input.date,
          importedAt,
          importedFrom: input.importedFrom,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        entity: "Letter",
        entityId: letter.id,
        subjectOrganisationId: agency.id,
        action: "import",
        after: { title: input.title, ourRef: input.ourRef, date: input.date, importedFrom: input.importedFrom },
      });
      const plan = await tx.actionPlan.findUnique({ where: { roundId_agencyId: { roundId, agencyId: agency.id } }, select: { id: true } });
      if (!plan) {
        const created = await tx.actionPlan.create({ data: { roundId, agencyId: agency.id }, select: { id: true } });
        await recordAudit(tx, actor, { entity: "ActionPlan", entityId: created.id, subjectOrganisationId: agency.id, action: "create", after: { roundId, agencyId: agency.id } });
      }
      return { letterId: letter.id, roundId };
    });
  } catch (error) {
    // Two imports of the same letter at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw invalid({ ourRef: [localized(letterImportTexts).errors.ourRefTaken] });
    throw error;
  }
}
