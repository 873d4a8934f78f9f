import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/data/actor";

type Tx = Prisma.TransactionClient;

/**
 * Writes an audit event inside the transaction of the change it records, and bumps the version of
 * the actor's sector(s) so that cached views of them (lib/data/view-cache.ts) are recomputed. The
 * bump locks the sector's counter row until the change commits, so versions follow commit order.
 */
export async function recordAudit(
  tx: Tx,
  actor: Actor,
  event: { entity: string; entityId: string; action: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor.userId,
      organisationId: actor.organisationId,
      entity: event.entity,
      entityId: event.entityId,
      action: event.action,
      before: event.before === undefined ? undefined : (event.before as Prisma.InputJsonValue),
      after: event.after === undefined ? undefined : (event.after as Prisma.InputJsonValue),
    },
  });
  for (const ministryId of [...actor.sectorIds].sort()) {
    await tx.$executeRaw`insert into "SectorVersion" ("ministryId", version) values (${ministryId}, 1)
                         on conflict ("ministryId") do update set version = "SectorVersion".version + 1`;
  }
}
