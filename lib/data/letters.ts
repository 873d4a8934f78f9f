import "server-only";
import { prisma } from "@/lib/db";
import { isAgencyUser, readableAgencies, requirePermission, type Actor } from "@/lib/data/actor";
import { recordAudit } from "@/lib/data/audit";
import { notFound } from "@/lib/data/errors";

export async function listOwnLetters(actor: Actor) {
  requirePermission(actor, "letter:read");
  return prisma.letter.findMany({
    where: { agencyId: actor.organisationId },
    orderBy: [{ date: "desc" }, { sentAt: "desc" }],
    select: {
      id: true,
      title: true,
      ourRef: true,
      date: true,
      deadline: true,
      status: true,
      readAt: true,
      round: { select: { plans: { where: { agencyId: actor.organisationId }, select: { id: true, status: true } } } },
    },
  });
}

/** A letter this actor may read. Opening it as the receiving agency marks it read. */
export async function getLetter(actor: Actor, letterId: string) {
  requirePermission(actor, "letter:read");
  const letter = await prisma.letter.findFirst({
    where: { id: letterId, agency: readableAgencies(actor) },
    select: {
      id: true,
      number: true,
      title: true,
      yourRef: true,
      ourRef: true,
      date: true,
      deadline: true,
      body: true,
      status: true,
      readAt: true,
      agency: { select: { id: true, name: true, postalAddress: true } },
      round: { select: { id: true, ministry: { select: { name: true, postalAddress: true, orgNumber: true } } } },
    },
  });
  if (!letter) throw notFound();
  if (isAgencyUser(actor) && letter.status === "SENT") {
    const readAt = new Date();
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.letter.updateMany({
        where: { id: letter.id, agencyId: actor.organisationId, status: "SENT" },
        data: { status: "READ", readAt },
      });
      if (count) await recordAudit(tx, actor, { entity: "Letter", entityId: letter.id, action: "read" });
    });
    return { ...letter, status: "READ" as const, readAt };
  }
  return letter;
}
