import "server-only";
import { membershipOf } from "@/lib/access";
import { hashPassword } from "@/lib/auth/password-hash";
import { recordAudit } from "@/lib/data/audit";
import { conflict } from "@/lib/data/errors";
import { hashSecret } from "@/lib/data/one-time-tokens";
import { logSectorsOf } from "@/lib/data/organisations";
import { memberSelect } from "@/lib/data/users";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { common } from "@/lib/i18n/common";

// Setting one's own password through the one-time link an administrator passed on (an invitation
// or a reset). The link's secret is the credential: nobody is signed in.

/** The one-time link's token while it can still be used: not used, not expired, its user active. */
async function usableToken(db: Prisma.TransactionClient | typeof prisma, secret: string) {
  const token = await db.oneTimeToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, deactivatedAt: true } } },
  });
  const usable = token && token.purpose === "SET_PASSWORD" && !token.usedAt && token.expiresAt > new Date() && !token.user.deactivatedAt;
  return usable ? token : null;
}

/** Whom a set-password link is for, while it can be used; null for a used, expired, replaced or unknown link. */
export async function setPasswordLinkFor(secret: string): Promise<{ name: string; email: string; expiresAt: Date } | null> {
  const token = await usableToken(prisma, secret);
  return token ? { name: token.user.name, email: token.user.email, expiresAt: token.expiresAt } : null;
}

/**
 * The person sets their own password through the link: the link is used up, the password stored
 * (hashed), and any session of the account ends, in one transaction with its audit event. The
 * secret is the only credential here (256 random bits; a guess is hopeless); a link used, expired
 * or replaced meanwhile is refused with "conflict" and nothing changes.
 */
export async function setPasswordWithLink(secret: string, password: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const token = await usableToken(tx, secret);
    if (!token) throw conflict(common().setPassword.linkUnusable);
    const { count } = await tx.oneTimeToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: new Date() } });
    if (count !== 1) throw conflict(common().setPassword.linkUnusable);
    // The form refused the demo password: this hash need not be checked at start.
    await tx.user.update({ where: { id: token.user.id }, data: { passwordHash, passwordCheckedHash: passwordHash } });
    await tx.userSession.updateMany({ where: { userId: token.user.id, endedAt: null }, data: { endedAt: new Date() } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: token.user.id }, select: memberSelect });
    await recordAudit(tx, { kind: "user", sessionId: null, ...membershipOf(user, user.organisation) }, {
      entity: "User", entityId: user.id, action: "setPassword", changesViews: false, sectorIds: logSectorsOf(user.organisation),
    });
    return { email: token.user.email };
  });
}
