import "server-only";
import { prisma } from "@/lib/db";
import { agencyWhere, type Action, type Actor } from "@/lib/access";

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
