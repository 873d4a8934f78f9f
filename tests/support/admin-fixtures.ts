// Helpers for the administration's integration tests: administrators, valid organisation numbers
// that no other test uses, and the command line's principal.
import { randomInt, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { jobPrincipal, type UserPrincipal } from "@/lib/access";
import { loadMember } from "@/lib/data/users";
import { orgNumberCheckDigit } from "@/lib/domain/org-number";

export const cli = jobPrincipal("admin-cli");

/** A random organisation number with a valid check digit (first digit 8 or 9, as Brønnøysund's). */
export function validOrgNumber(): string {
  for (;;) {
    const first = `${randomInt(8, 10)}${String(randomInt(0, 10_000_000)).padStart(7, "0")}`;
    const check = orgNumberCheckDigit(first);
    if (check !== null) return `${first}${check}`;
  }
}

/** A user with the role in the organisation, as a principal. */
export async function member(role: "ADMIN" | "ADVISER" | "AGENCY_HR" | "LEADER" | "AUDITOR", organisationId: string, name: string = role): Promise<UserPrincipal> {
  const u = await prisma.user.create({ data: { email: `${role.toLowerCase()}-${randomUUID()}@test`, name, passwordHash: "x", role, organisationId } });
  const p = await loadMember(u.id);
  if (!p) throw new Error("member not loaded");
  return p;
}

export async function parentOf(agencyId: string): Promise<string> {
  const org = await prisma.organisation.findUniqueOrThrow({ where: { id: agencyId }, select: { parentId: true } });
  return org.parentId!;
}

/** The audit office that audits the ministry (the test sector's). */
export async function auditOfficeOf(ministryId: string): Promise<string> {
  const office = await prisma.organisation.findFirstOrThrow({ where: { kind: "AUDIT_OFFICE", audits: { some: { id: ministryId } } }, select: { id: true } });
  return office.id;
}
