import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorizeActor, sectorsFor, type Principal } from "@/lib/access";
import {
  AUDIT_PAGE_SIZE,
  startOfNextNorwegianDay,
  startOfNorwegianDay,
  type AuditLogProblems,
  type AuditLogQuery,
} from "@/lib/domain/admin-queries";
import { auditKindLabel, jobLabel, summariseAuditEvent } from "@/lib/domain/audit-summary";
import { adminTexts, auditTexts } from "@/lib/i18n/admin";
import { localized } from "@/lib/i18n/current";

/** The administration's texts in the current language, read when a message is needed (never at module load). */
const t = () => localized(adminTexts);

/**
 * What the audit log can be filtered by, for this principal: the organisations of the sectors
 * it reads the log of (audit.read: an administrator its own sector, the auditor the audited
 * ones), the audit offices that audit them, and their people.
 */
export async function auditLogOptions(p: Principal) {
  authorizeActor(p, "audit.read");
  const sectors = sectorsFor(p, "audit.read");
  const organisations = await prisma.organisation.findMany({
    where: { OR: [{ id: { in: sectors } }, { parentId: { in: sectors } }, { kind: "AUDIT_OFFICE", audits: { some: { id: { in: sectors } } } }] },
    select: { id: true, name: true, shortName: true, kind: true },
    orderBy: [{ kind: "desc" }, { name: "asc" }],
  });
  const users = await prisma.user.findMany({
    where: { organisationId: { in: organisations.map((o) => o.id) } },
    select: { id: true, name: true, email: true, organisation: { select: { shortName: true } } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return {
    organisations,
    users: users.map((u) => ({ id: u.id, name: u.name, email: u.email, organisation: u.organisation.shortName })),
  };
}
export type AuditLogOptions = Awaited<ReturnType<typeof auditLogOptions>>;

export interface AuditLogRow {
  id: string;
  at: Date;
  who: string;
  whoOrganisation: string | null;
  what: string;
  subject: string | null;
  details: string[];
}

/**
 * The audit log as the principal may read it: events whose sectors overlap the ones its
 * audit.read reaches, newest first, filtered and paged in SQL. An organisation or user outside
 * that reach is not used as a filter (and named as a problem), so nothing about them leaks.
 */
export async function listAuditEvents(p: Principal, query: AuditLogQuery, options?: AuditLogOptions) {
  authorizeActor(p, "audit.read");
  const sectors = sectorsFor(p, "audit.read");
  const known = options ?? (await auditLogOptions(p));
  const problems: AuditLogProblems = {};
  const and: Prisma.AuditEventWhereInput[] = [{ sectorIds: { hasSome: sectors } }];
  if (query.virksomhet) {
    if (known.organisations.some((o) => o.id === query.virksomhet)) and.push({ OR: [{ subjectOrganisationId: query.virksomhet }, { organisationId: query.virksomhet }] });
    else problems.virksomhet = t().log.badOrganisation;
  }
  if (query.bruker) {
    if (known.users.some((u) => u.id === query.bruker)) and.push({ actorId: query.bruker });
    else problems.bruker = t().log.badUser;
  }
  if (query.hendelse) {
    const [entity, action] = query.hendelse.split(".");
    and.push(action ? { entity, action } : { entity });
  }
  if (query.fra) and.push({ at: { gte: startOfNorwegianDay(query.fra) } });
  if (query.til) and.push({ at: { lt: startOfNextNorwegianDay(query.til) } });
  const where: Prisma.AuditEventWhereInput = { AND: sectors.length ? and : [{ id: { in: [] } }] };

  const total = await prisma.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(query.side, pages);
  const events = await prisma.auditEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, at: true, actorId: true, organisationId: true, actorLabel: true, subjectOrganisationId: true, entity: true, action: true, before: true, after: true },
  });
  const userIds = [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const orgIds = [...new Set(events.flatMap((e) => [e.organisationId, e.subjectOrganisationId]).filter((x): x is string => !!x))];
  const [people, orgs] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    prisma.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, shortName: true } }),
  ]);
  const name = new Map(people.map((u) => [u.id, u.name]));
  const org = new Map(orgs.map((o) => [o.id, o.shortName]));
  const rows: AuditLogRow[] = events.map((e) => ({
    id: e.id,
    at: e.at,
    who: e.actorId ? (name.get(e.actorId) ?? localized(auditTexts).summary.unknownUser) : e.actorLabel ? jobLabel(e.actorLabel) : localized(auditTexts).summary.unknown,
    whoOrganisation: e.organisationId ? (org.get(e.organisationId) ?? null) : null,
    what: auditKindLabel(e.entity, e.action),
    subject: e.subjectOrganisationId ? (org.get(e.subjectOrganisationId) ?? null) : null,
    // Never the stored JSON itself: a summary of the fields each kind is known to hold.
    details: summariseAuditEvent(e),
  }));
  return { rows, total, page, pages, problems };
}
