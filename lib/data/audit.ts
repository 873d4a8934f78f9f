import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/data/actor";

type Tx = Prisma.TransactionClient;

/** Writes an audit event inside the transaction of the change it records. */
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
}
