import "server-only";
import { prisma } from "@/lib/db";
import { readableAgencies, type Actor } from "@/lib/data/actor";

export interface AgencySummary {
  id: string;
  name: string;
  shortName: string;
}

/** Agencies this actor may read, by name. */
export async function listAgencies(actor: Actor): Promise<AgencySummary[]> {
  return prisma.organisation.findMany({
    where: readableAgencies(actor),
    select: { id: true, name: true, shortName: true },
    orderBy: { name: "asc" },
  });
}
