import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { agencyWhere, managedSector, scopeOf, sectorsFor, type Action, type Actor, type Principal } from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { conflict, forbidden, invalid, notFound } from "@/lib/data/errors";
import type { MoveAgencyInput, OrganisationInput, OrganisationUpdateInput } from "@/lib/domain/admin-schemas";
import {
  checkOrganisationImport,
  MAX_IMPORT_ROWS,
  organisationTemplate,
  type ExistingOrganisation,
  type OrganisationImportCheck,
} from "@/lib/domain/organisation-import";
import { adminTexts } from "@/lib/i18n/admin";
import { localized } from "@/lib/i18n/current";

/** The administration's texts in the current language, read when a message is needed (never at module load). */
const t = () => localized(adminTexts);

type Tx = Prisma.TransactionClient;

export interface AgencySummary {
  id: string;
  name: string;
  shortName: string;
}

/** The agencies an action reaches for this actor (a new round: round.write), by name. */
export async function listAgencies(actor: Actor, action: Action): Promise<AgencySummary[]> {
  return prisma.organisation.findMany({
    where: agencyWhere(actor, action),
    select: { id: true, name: true, shortName: true },
    orderBy: { name: "asc" },
  });
}

// ---------------------------------------------------------------------------------------------
// Administration. An administrator works within its own sector (its ministry and the ministry's
// agencies); the command line (`npm run admin`, a job principal with the scope "all") everywhere.
// A ministry itself, and which sectors the audit office audits, are changed by the command line
// only: they are not within one ministry's sector.

/** The ministry whose sector the principal administers for the action, or null for everywhere. */
export function administeredSector(p: Principal, action: "user.manage" | "organisation.manage"): string | null {
  if (scopeOf(p, action) === "all") return null;
  return managedSector(p, action);
}

/** `where` for the organisations of a sector: the ministry itself and its agencies. */
export const sectorOrganisations = (sectorId: string): Prisma.OrganisationWhereInput => ({ OR: [{ id: sectorId }, { parentId: sectorId }] });

/** The sectors whose audit log shows a change concerning the organisation (the audit office: the audited ones). */
export function logSectorsOf(org: { id: string; kind: string; parentId: string | null; audits?: readonly { id: string }[] }): string[] {
  if (org.kind === "MINISTRY") return [org.id];
  if (org.kind === "AGENCY") return org.parentId ? [org.parentId] : [];
  return (org.audits ?? []).map((a) => a.id);
}

/** The audit log's name for whoever acts: a user's id for `invitedById`-like fields, null for a job. */
export const actingUserId = (p: Principal): string | null => (p.kind === "user" || p.kind === "apiToken" ? p.userId : null);

/** A ministry's agencies change one at a time (org numbers, short names): one lock for the lot. */
async function lockOrganisations(tx: Tx): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('organisations'))`;
}

function uniqueViolation(error: unknown): string[] | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const target = (error.meta as { target?: string[] | string } | undefined)?.target;
  return Array.isArray(target) ? target : typeof target === "string" ? [target] : [];
}

/** Field errors when the org number or the short name is taken by another organisation. */
async function takenFields(tx: Tx, input: { orgNumber?: string; shortName: string }, exceptId?: string): Promise<Record<string, string[]>> {
  const errors: Record<string, string[]> = {};
  const others = await tx.organisation.findMany({
    where: {
      id: exceptId ? { not: exceptId } : undefined,
      OR: [...(input.orgNumber ? [{ orgNumber: input.orgNumber }] : []), { shortName: { equals: input.shortName, mode: "insensitive" } }],
    },
    select: { name: true, orgNumber: true, shortName: true },
  });
  for (const o of others) {
    if (input.orgNumber && o.orgNumber === input.orgNumber) errors.orgNumber = [t().errors.orgNumberTaken(o.name)];
    if (o.shortName.toLowerCase() === input.shortName.toLowerCase()) errors.shortName = [t().errors.shortNameTaken(o.name)];
  }
  return errors;
}

/** An organisation as the administration lists it: with its number of users. */
export interface AdminOrganisation extends ExistingOrganisation {
  users: number;
}

const adminOrganisationSelect = {
  id: true,
  kind: true,
  name: true,
  shortName: true,
  orgNumber: true,
  postalAddress: true,
  parentId: true,
  _count: { select: { users: true } },
} as const;

const toAdminOrganisation = ({ _count, ...o }: Prisma.OrganisationGetPayload<{ select: typeof adminOrganisationSelect }>): AdminOrganisation => ({ ...o, users: _count.users });

/**
 * The administrator's sector: its ministry, the agencies by name, and the audit offices that audit
 * it; for the command line, every ministry.
 */
export async function listSectorOrganisations(p: Principal) {
  const sector = administeredSector(p, "organisation.manage");
  const where = sector ? sectorOrganisations(sector) : {};
  const [organisations, auditors] = await Promise.all([
    prisma.organisation.findMany({ where, select: adminOrganisationSelect, orderBy: [{ kind: "desc" }, { name: "asc" }] }),
    prisma.organisation.findMany({
      where: { kind: "AUDIT_OFFICE", ...(sector ? { audits: { some: { id: sector } } } : {}) },
      select: { id: true, name: true, orgNumber: true, audits: { select: { shortName: true }, orderBy: { shortName: "asc" } } },
    }),
  ]);
  const list = organisations.map(toAdminOrganisation);
  return {
    ministry: sector ? (list.find((o) => o.id === sector) ?? null) : null,
    agencies: list.filter((o) => o.kind === "AGENCY"),
    ministries: list.filter((o) => o.kind === "MINISTRY"),
    auditOffices: auditors.map((a) => ({ id: a.id, name: a.name, orgNumber: a.orgNumber, audits: a.audits.map((s) => s.shortName) })),
  };
}

/** Every organisation a user can be placed in by this principal (the invite and change forms). */
export async function listAssignableOrganisations(p: Principal) {
  const sector = administeredSector(p, "user.manage");
  return prisma.organisation.findMany({
    where: sector ? sectorOrganisations(sector) : {},
    select: { id: true, name: true, shortName: true, kind: true },
    orderBy: [{ kind: "desc" }, { name: "asc" }],
  });
}

/** Every ministry (where an agency can be moved), by name. */
export async function listMinistries() {
  return prisma.organisation.findMany({ where: { kind: "MINISTRY" }, select: { id: true, name: true, shortName: true, orgNumber: true }, orderBy: { name: "asc" } });
}

/** Whether a string can be a record's id (a URL's NUL or worse never reaches PostgreSQL). */
export const looksLikeId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);

/** An agency the principal administers, or "not found". */
async function administeredAgency(db: Tx | typeof prisma, p: Principal, id: string) {
  const sector = administeredSector(p, "organisation.manage");
  if (!looksLikeId(id)) throw notFound();
  const agency = await db.organisation.findFirst({
    where: { id, kind: "AGENCY", ...(sector ? { parentId: sector } : {}) },
    select: { ...adminOrganisationSelect, parent: { select: { id: true, name: true, shortName: true } } },
  });
  if (!agency) throw notFound();
  return agency;
}

/** One agency for its administration page: what moving it would take along. */
export async function getAgencyForAdmin(p: Principal, id: string) {
  const agency = await administeredAgency(prisma, p, id);
  const [plans, letters, draftLetters, reports] = await Promise.all([
    prisma.actionPlan.count({ where: { agencyId: id } }),
    prisma.letter.count({ where: { agencyId: id, status: { not: "DRAFT" } } }),
    prisma.letter.count({ where: { agencyId: id, status: "DRAFT", ministryId: agency.parentId ?? undefined } }),
    prisma.hiringReport.count({ where: { agencyId: id } }),
  ]);
  const { parent, ...rest } = agency;
  return { ...toAdminOrganisation(rest), parent, counts: { plans, letters, draftLetters, reports } };
}

/**
 * Adds an agency under the administrator's own ministry (the command line names the ministry).
 * The org number and the short name must be free.
 */
export async function createAgency(p: Principal, input: OrganisationInput & { ministryId?: string }): Promise<{ id: string }> {
  const sector = administeredSector(p, "organisation.manage");
  const ministryId = sector ?? input.ministryId;
  if (!ministryId || (sector && input.ministryId && input.ministryId !== sector)) throw forbidden();
  try {
    return await prisma.$transaction(async (tx) => {
      await lockOrganisations(tx);
      const ministry = await tx.organisation.findFirst({ where: { id: ministryId, kind: "MINISTRY" }, select: { id: true, shortName: true } });
      if (!ministry) throw invalid({ ministryId: [t().errors.chooseMinistry] });
      const taken = await takenFields(tx, input);
      if (Object.keys(taken).length) throw invalid(taken);
      const { name, shortName, orgNumber, postalAddress } = input;
      const created = await tx.organisation.create({ data: { kind: "AGENCY", name, shortName, orgNumber, postalAddress, parentId: ministry.id }, select: { id: true } });
      await recordAudit(tx, p, {
        entity: "Organisation",
        entityId: created.id,
        action: "create",
        after: { name, shortName, orgNumber, postalAddress, ministry: ministry.shortName },
        subjectOrganisationId: created.id,
        sectorIds: [ministry.id],
      });
      return created;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw conflict(t().errors.orgNumberTaken(t().errors.anotherOrganisation));
    throw error;
  }
}

/**
 * A new ministry (a sector of its own) or audit office: the command line only, since neither is
 * within one ministry's sector.
 */
export async function createTopOrganisation(p: Principal, kind: "MINISTRY" | "AUDIT_OFFICE", input: OrganisationInput): Promise<{ id: string }> {
  if (scopeOf(p, "organisation.manage") !== "all") throw forbidden();
  return prisma.$transaction(async (tx) => {
    await lockOrganisations(tx);
    const taken = await takenFields(tx, input);
    if (Object.keys(taken).length) throw invalid(taken);
    const { name, shortName, orgNumber, postalAddress } = input;
    const created = await tx.organisation.create({ data: { kind, name, shortName, orgNumber, postalAddress }, select: { id: true } });
    await recordAudit(tx, p, {
      entity: "Organisation",
      entityId: created.id,
      action: kind === "MINISTRY" ? "createMinistry" : "createAuditOffice",
      after: { name, shortName, orgNumber, postalAddress },
      subjectOrganisationId: created.id,
      // A new ministry's log starts with its creation; an audit office concerns no sector until it audits one.
      sectorIds: kind === "MINISTRY" ? [created.id] : [],
    });
    return created;
  });
}

export const createMinistry = (p: Principal, input: OrganisationInput) => createTopOrganisation(p, "MINISTRY", input);

/** An organisation by its number, for the command line (which names organisations by org number). */
export async function findOrganisationByOrgNumber(p: Principal, orgNumber: string) {
  if (scopeOf(p, "organisation.manage") !== "all" && scopeOf(p, "user.manage") !== "all") throw forbidden();
  return prisma.organisation.findUnique({ where: { orgNumber: orgNumber.replace(/\s/g, "") }, select: { id: true, kind: true, name: true, shortName: true, orgNumber: true, parentId: true } });
}

/** Renames an agency (name, short name, postal address). */
export async function updateAgency(p: Principal, input: OrganisationUpdateInput): Promise<void> {
  try {
    await prisma.$transaction(async (tx) => {
      await lockOrganisations(tx);
      const agency = await administeredAgency(tx, p, input.id);
      const taken = await takenFields(tx, { shortName: input.shortName }, agency.id);
      if (Object.keys(taken).length) throw invalid(taken);
      const before = { name: agency.name, shortName: agency.shortName, postalAddress: agency.postalAddress };
      const after = { name: input.name, shortName: input.shortName, postalAddress: input.postalAddress };
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      await tx.organisation.update({ where: { id: agency.id }, data: after });
      await recordAudit(tx, p, { entity: "Organisation", entityId: agency.id, action: "update", before, after, subjectOrganisationId: agency.id, sectorIds: agency.parentId ? [agency.parentId] : [] });
    });
  } catch (error) {
    if (uniqueViolation(error)) throw invalid({ shortName: [t().errors.shortNameTaken(t().errors.anotherOrganisation)] });
    throw error;
  }
}

/**
 * Moves an agency to another ministry (a reorganisation of sectors). Everything of the agency is
 * linked to the agency itself (its plans, letters received, figures, follow-up), so it goes along:
 * from the commit on, the new ministry sees it and the old one does not. What carries a ministry id
 * of its own is dealt with here:
 * - pooling consents (`PoolingConsent.ministryId`) pass to the new ministry, which may withdraw them;
 * - letters the old ministry has drafted to the agency but not sent are deleted (the old ministry
 *   can no longer send them, and no one could see them); sent letters and rounds stay the old
 *   ministry's documents (`Letter.ministryId`, `AddendumRound.ministryId` name the sender).
 * Both sectors' audit logs show the move and both sectors' cached views are invalidated.
 */
export async function moveAgency(p: Principal, input: MoveAgencyInput): Promise<{ from: string; to: string; draftLettersRemoved: number }> {
  return prisma.$transaction(async (tx) => {
    await lockOrganisations(tx);
    const agency = await administeredAgency(tx, p, input.agencyId);
    const to = await tx.organisation.findFirst({ where: { id: input.ministryId, kind: "MINISTRY" }, select: { id: true, name: true, shortName: true } });
    if (!to) throw invalid({ ministryId: [t().errors.chooseMinistry] });
    if (to.id === agency.parentId) throw invalid({ ministryId: [t().errors.sameMinistry] });
    const from = agency.parent!;
    await tx.organisation.update({ where: { id: agency.id }, data: { parentId: to.id } });
    const consents = await tx.poolingConsent.updateMany({ where: { agencyId: agency.id }, data: { ministryId: to.id } });
    const drafts = await tx.letter.findMany({ where: { agencyId: agency.id, status: "DRAFT", ministryId: from.id }, select: { id: true, ourRef: true } });
    await tx.letter.deleteMany({ where: { id: { in: drafts.map((d) => d.id) } } });
    await recordAudit(tx, p, {
      entity: "Organisation",
      entityId: agency.id,
      action: "move",
      before: { ministry: from.shortName, ministryName: from.name },
      after: { ministry: to.shortName, ministryName: to.name, poolingConsents: consents.count, draftLettersRemoved: drafts.map((d) => d.ourRef) },
      subjectOrganisationId: agency.id,
      sectorIds: [from.id, to.id],
    });
    return { from: from.shortName, to: to.shortName, draftLettersRemoved: drafts.length };
  });
}

/** Whether the audit office audits the ministry's sector: the command line only (it spans sectors). */
export async function setAudited(p: Principal, auditOfficeId: string, ministryId: string, audited: boolean): Promise<boolean> {
  if (scopeOf(p, "organisation.manage") !== "all") throw forbidden();
  return prisma.$transaction(async (tx) => {
    const office = await tx.organisation.findFirst({ where: { id: auditOfficeId, kind: "AUDIT_OFFICE" }, select: { id: true, name: true, audits: { select: { id: true } } } });
    const ministry = await tx.organisation.findFirst({ where: { id: ministryId, kind: "MINISTRY" }, select: { id: true, shortName: true } });
    if (!office || !ministry) throw notFound();
    if (office.audits.some((a) => a.id === ministry.id) === audited) return false;
    await tx.organisation.update({ where: { id: office.id }, data: { audits: audited ? { connect: { id: ministry.id } } : { disconnect: { id: ministry.id } } } });
    await recordAudit(tx, p, {
      entity: "Organisation",
      entityId: office.id,
      action: audited ? "audit" : "unaudit",
      after: { auditOffice: office.name, ministry: ministry.shortName },
      subjectOrganisationId: office.id,
      sectorIds: [ministry.id],
    });
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Loading the sector's organisations from a file.

async function importContext(db: Tx | typeof prisma, p: Principal) {
  const sector = administeredSector(p, "organisation.manage");
  const [organisations, ministries] = await Promise.all([
    db.organisation.findMany({ select: { id: true, kind: true, name: true, shortName: true, orgNumber: true, postalAddress: true, parentId: true } }),
    db.organisation.findMany({ where: { kind: "MINISTRY" }, select: { id: true, name: true, shortName: true, orgNumber: true } }),
  ]);
  return { sector, existing: organisations as ExistingOrganisation[], ministries };
}

/** The dry run: every row's problem, and what the file would change; nothing is saved. */
export async function checkOrganisationFile(p: Principal, table: string[][]): Promise<OrganisationImportCheck> {
  const { sector, existing, ministries } = await importContext(prisma, p);
  return checkOrganisationImport({ table, ownSectorId: sector, existing, ministries });
}

/** Creates the new agencies and updates the changed ones, all or none (checked again inside). */
export async function applyOrganisationFile(p: Principal, table: string[][], fileName: string): Promise<{ check: OrganisationImportCheck; created: number; updated: number }> {
  try {
    return await prisma.$transaction(
      async (tx) => {
        await lockOrganisations(tx);
        const { sector, existing, ministries } = await importContext(tx, p);
        const check = checkOrganisationImport({ table, ownSectorId: sector, existing, ministries });
        if (!check.ok) return { check, created: 0, updated: 0 };
        const ministryName = new Map(ministries.map((m) => [m.id, m.shortName]));
        let created = 0;
        let updated = 0;
        for (const row of check.rows) {
          const data = { name: row.name, shortName: row.shortName, postalAddress: row.postalAddress };
          if (row.change === "new") {
            const org = await tx.organisation.create({ data: { kind: "AGENCY", ...data, orgNumber: row.orgNumber, parentId: row.ministryId! }, select: { id: true } });
            await recordAudit(tx, p, {
              entity: "Organisation",
              entityId: org.id,
              action: "create",
              after: { ...data, orgNumber: row.orgNumber, ministry: ministryName.get(row.ministryId!), fileName },
              subjectOrganisationId: org.id,
              sectorIds: [row.ministryId!],
            });
            created++;
          } else if (row.change === "update") {
            const before = existing.find((e) => e.id === row.existingId)!;
            await tx.organisation.update({ where: { id: row.existingId! }, data });
            await recordAudit(tx, p, {
              entity: "Organisation",
              entityId: row.existingId!,
              action: "update",
              before: { name: before.name, shortName: before.shortName, postalAddress: before.postalAddress },
              after: { ...data, fileName },
              subjectOrganisationId: row.existingId!,
              sectorIds: [row.ministryId!],
            });
            updated++;
          }
        }
        return { check, created, updated };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (uniqueViolation(error)) throw conflict(t().orgImport.notOk);
    throw error;
  }
}

/** The import template: the columns, and one row per agency of the sector as it stands. */
export async function organisationImportTemplate(p: Principal): Promise<string[][]> {
  const sector = administeredSector(p, "organisation.manage");
  const agencies = await prisma.organisation.findMany({
    where: { kind: "AGENCY", ...(sector ? { parentId: sector } : {}) },
    select: { name: true, shortName: true, orgNumber: true, postalAddress: true, parent: { select: { orgNumber: true } } },
    orderBy: { name: "asc" },
    take: MAX_IMPORT_ROWS,
  });
  return organisationTemplate(agencies.map((a) => ({ ...a, ministryOrgNumber: a.parent?.orgNumber ?? "" })));
}

/**
 * The organisations of the actor's sector (or the audited sectors) as the API lists them (issue
 * 14): each ministry first, then its agencies by name. Names and numbers only, which every member
 * of the sector reads.
 */
export async function listReadableOrganisations(actor: Actor) {
  const sectors = sectorsFor(actor, "organisation.read");
  const rows = await prisma.organisation.findMany({
    where: { OR: [{ id: { in: sectors }, kind: "MINISTRY" }, { parentId: { in: sectors }, kind: "AGENCY" }] },
    select: { id: true, kind: true, name: true, shortName: true, orgNumber: true, parentId: true },
    orderBy: { name: "asc" },
  });
  const ministries = rows.filter((r) => r.kind === "MINISTRY");
  return ministries.flatMap((m) => [m, ...rows.filter((r) => r.parentId === m.id)]).map((r) => ({ ...r, kind: r.kind as "MINISTRY" | "AGENCY" }));
}
