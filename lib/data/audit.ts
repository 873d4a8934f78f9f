import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { principalLabel, type Principal } from "@/lib/access";

type Tx = Prisma.TransactionClient;

export interface AuditInput {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  /** The organisation the change concerns (the agency of a plan, a user's organisation); default: the actor's own. */
  subjectOrganisationId?: string;
  /** The sectors whose audit log shows the change and whose cached views it invalidates; default: the actor's own. */
  sectorIds?: string[];
  /** False for a change that no view of the sector shows (an autosave that changes no status). */
  changesViews?: boolean;
}

function actorFields(p: Principal) {
  const member = p.kind === "user" || p.kind === "apiToken";
  return {
    actorId: member ? p.userId : null,
    organisationId: member ? p.organisationId : null,
    actorLabel: p.kind === "user" ? null : principalLabel(p),
  };
}

function sectorsOf(p: Principal, event: AuditInput): string[] {
  return event.sectorIds ?? (p.kind === "user" || p.kind === "apiToken" ? p.sectorIds : []);
}

const json = (value: unknown) => (value === undefined ? undefined : (value as Prisma.InputJsonValue));

/**
 * Writes an audit event inside the transaction of the change it records, and bumps the version of
 * the sector(s) it concerns so that cached views of them (lib/data/view-cache.ts) are recomputed.
 * The bump locks the sector's counter row until the change commits, so versions follow commit order.
 */
export async function recordAudit(tx: Tx, actor: Principal, event: AuditInput): Promise<void> {
  const member = actor.kind === "user" || actor.kind === "apiToken";
  const sectorIds = sectorsOf(actor, event);
  await tx.auditEvent.create({
    data: {
      ...actorFields(actor),
      subjectOrganisationId: event.subjectOrganisationId ?? (member ? actor.organisationId : null),
      sectorIds,
      entity: event.entity,
      entityId: event.entityId,
      action: event.action,
      before: json(event.before),
      after: json(event.after),
    },
  });
  if (event.changesViews !== false) await bumpSectorVersions(tx, sectorIds);
}

/** Cached views of these sectors are stale from this transaction's commit on. */
export async function bumpSectorVersions(tx: Tx, sectorIds: readonly string[]): Promise<void> {
  for (const ministryId of [...new Set(sectorIds)].sort()) {
    await tx.$executeRaw`insert into "SectorVersion" ("ministryId", version) values (${ministryId}, 1)
                         on conflict ("ministryId") do update set version = "SectorVersion".version + 1`;
  }
}

/** An editing session: saves by one person less than this far apart are one audit event. */
export const EDITING_SESSION_MS = 30 * 60 * 1000;

/**
 * Records a save of a working draft as one event per editing session: when the latest event of
 * the entity is this person's save from less than 30 minutes ago, that event is moved forward
 * (its time and `after`) instead of a new one being written. `after` must never hold the draft's
 * text: the audit log is read outside the organisation that owns the draft.
 */
export async function recordEditing(tx: Tx, actor: Principal, event: AuditInput & { action: "save" }): Promise<void> {
  const { actorId } = actorFields(actor);
  const last = await tx.auditEvent.findFirst({
    where: { entity: event.entity, entityId: event.entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { id: true, action: true, actorId: true, at: true },
  });
  const now = new Date();
  if (last && last.action === "save" && actorId && last.actorId === actorId && now.getTime() - last.at.getTime() < EDITING_SESSION_MS) {
    await tx.auditEvent.update({ where: { id: last.id }, data: { at: now, after: json(event.after) } });
    if (event.changesViews !== false) await bumpSectorVersions(tx, sectorsOf(actor, event));
    return;
  }
  await recordAudit(tx, actor, event);
}
