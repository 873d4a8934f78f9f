import "server-only";
import { prisma } from "@/lib/db";
import { membershipOf, type UserPrincipal } from "@/lib/access";

export const memberSelect = {
  id: true,
  name: true,
  role: true,
  organisation: { select: { id: true, name: true, kind: true, parentId: true, audits: { select: { id: true } } } },
} as const;

/** An active user as a principal outside a request (tests, scripts); null when unknown or deactivated. */
export async function loadMember(userId: string): Promise<UserPrincipal | null> {
  const user = await prisma.user.findFirst({ where: { id: userId, deactivatedAt: null }, select: memberSelect });
  return user ? { kind: "user", sessionId: null, ...membershipOf(user, user.organisation) } : null;
}
