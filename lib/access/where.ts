// Scopes as Prisma filters, for the data layer's queries.
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyFilter } from "@/lib/access/authorize";
import type { Action } from "@/lib/access/grants";
import type { Actor } from "@/lib/access/principal";

/** `where` for the agencies whose data the action reaches (throws "forbidden" when not granted). */
export function agencyWhere(p: Actor, action: Action): Prisma.OrganisationWhereInput {
  const f = agencyFilter(p, action);
  return "id" in f ? { id: f.id, kind: "AGENCY" } : { kind: "AGENCY", parentId: { in: f.parentIds } };
}
