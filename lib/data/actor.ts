import "server-only";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/data/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";

/** The signed-in user as the data layer sees them; every query and command takes one. */
export interface Actor {
  userId: string;
  name: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationKind: "MINISTRY" | "AGENCY" | "AUDIT_OFFICE";
  /** The ministries whose sector this user may see (own sector, or audited sectors). */
  sectorIds: string[];
}

export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      role: true,
      organisation: { select: { id: true, name: true, kind: true, parentId: true, audits: { select: { id: true } } } },
    },
  });
  if (!user) return null;
  const org = user.organisation;
  const sectorIds =
    org.kind === "MINISTRY" ? [org.id] : org.kind === "AGENCY" ? (org.parentId ? [org.parentId] : []) : org.audits.map((a) => a.id);
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    organisationId: org.id,
    organisationName: org.name,
    organisationKind: org.kind,
    sectorIds,
  };
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw forbidden();
}

/** True when the user works in one agency and sees only that agency's own data. */
export function isAgencyUser(actor: Actor): boolean {
  return actor.organisationKind === "AGENCY";
}

/** `where` for the agencies whose data this actor may read. */
export function readableAgencies(actor: Actor): Prisma.OrganisationWhereInput {
  if (isAgencyUser(actor)) return { id: actor.organisationId, kind: "AGENCY" };
  return { kind: "AGENCY", parentId: { in: actor.sectorIds } };
}

/** The ministry an adviser manages figures for (closing years, pooling, imports): their own. */
export function managedMinistry(actor: Actor): string {
  requirePermission(actor, "hiring:manage");
  if (actor.organisationKind !== "MINISTRY") throw forbidden();
  return actor.organisationId;
}
