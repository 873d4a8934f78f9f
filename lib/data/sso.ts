import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/data/audit";
import { hashSecret } from "@/lib/data/one-time-tokens";
import { loadMember } from "@/lib/data/users";
import type { SsoIdentity, SsoRefusal } from "@/lib/domain/sso-identity";

// Single sign-on reaches only accounts the ministry has created (invited); nothing is ever created
// here. The first sign-in links the provider's identity (issuer + subject) to the account: through
// the person's invitation link when they came through one, else by the e-mail address the provider
// vouches for. Every later sign-in is matched by issuer + subject alone, so a changed address at the
// provider neither unlinks the account nor reaches another one.

export type SsoOutcome = { kind: "ok"; userId: string; linked: boolean } | { kind: "refused"; reason: SsoRefusal };

const refused = (reason: SsoRefusal): SsoOutcome => ({ kind: "refused", reason });

/** The account linked to this identity (deactivated or not), if any. */
function linkedAccount(identity: SsoIdentity) {
  return prisma.user.findUnique({
    where: { oidcIssuer_oidcSubject: { oidcIssuer: identity.issuer, oidcSubject: identity.subject } },
    select: { id: true, deactivatedAt: true },
  });
}

/**
 * Decides whether a person who has signed in at the OpenID provider gets into Dugnad, and links
 * the identity at the first sign-in (with an audit event). `invitationSecret` is the secret of the
 * one-time link the person came through, if any.
 */
export async function matchSsoSignIn(identity: SsoIdentity, invitationSecret?: string | null): Promise<SsoOutcome> {
  const linked = await linkedAccount(identity);
  if (linked) return linked.deactivatedAt ? refused("deactivated") : { kind: "ok", userId: linked.id, linked: false };

  if (invitationSecret) return linkByInvitation(identity, invitationSecret);
  if (!identity.verifiedEmail) return refused("noEmail");

  const user = await prisma.user.findFirst({
    where: { email: { equals: identity.verifiedEmail, mode: "insensitive" } },
    select: { id: true, deactivatedAt: true, oidcSubject: true },
  });
  if (!user) return refused("notInvited");
  if (user.deactivatedAt) return refused("deactivated");
  // Linked already: to another identity, or to this one by a sign-in a moment ago.
  if (user.oidcSubject !== null) return alreadyLinked(identity);
  return link(identity, user.id, "email");
}

async function linkByInvitation(identity: SsoIdentity, secret: string): Promise<SsoOutcome> {
  const token = await prisma.oneTimeToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, deactivatedAt: true, oidcSubject: true } } },
  });
  if (!token || token.purpose !== "SET_PASSWORD" || token.usedAt || token.expiresAt <= new Date()) return refused("invitationInvalid");
  if (token.user.deactivatedAt) return refused("deactivated");
  if (token.user.oidcSubject !== null) return alreadyLinked(identity);
  return link(identity, token.user.id, "invitation", token.id);
}

/** Links the identity to an unlinked, active account; the invitation link, if any, is used up. */
async function link(identity: SsoIdentity, userId: string, via: "email" | "invitation", tokenId?: string): Promise<SsoOutcome> {
  const actor = await loadMember(userId);
  if (!actor) return refused("deactivated");
  try {
    const outcome = await prisma.$transaction(async (tx) => {
      // Only an account still unlinked and active: a concurrent sign-in or deactivation wins.
      const { count } = await tx.user.updateMany({
        where: { id: userId, oidcSubject: null, deactivatedAt: null },
        data: { oidcIssuer: identity.issuer, oidcSubject: identity.subject },
      });
      if (count !== 1) return null;
      if (tokenId) {
        const used = await tx.oneTimeToken.updateMany({ where: { id: tokenId, usedAt: null, expiresAt: { gt: new Date() } }, data: { usedAt: new Date() } });
        if (used.count !== 1) throw new InvitationRace();
      }
      await recordAudit(tx, actor, {
        entity: "User",
        entityId: userId,
        action: "linkSso",
        after: { issuer: identity.issuer, subject: identity.subject, via },
        changesViews: false,
      });
      return { kind: "ok", userId, linked: true } as const;
    });
    // Not linked here: the same person's other sign-in may have linked it a moment ago.
    return outcome ?? (await alreadyLinked(identity));
  } catch (error) {
    if (error instanceof InvitationRace) return refused("invitationInvalid");
    // The same identity was linked to another account at the same moment (the unique pair).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return alreadyLinked(identity);
    throw error;
  }
}

/** After a link that did not take: let the person in if their identity is linked (by a concurrent sign-in). */
async function alreadyLinked(identity: SsoIdentity): Promise<SsoOutcome> {
  const account = await linkedAccount(identity);
  if (!account) return refused("linkedElsewhere");
  return account.deactivatedAt ? refused("deactivated") : { kind: "ok", userId: account.id, linked: false };
}

class InvitationRace extends Error {}

/** The active account linked to this identity (after matchSsoSignIn has let the person in). */
export async function ssoAccountId(identity: Pick<SsoIdentity, "issuer" | "subject">): Promise<string | null> {
  const user = await prisma.user.findFirst({
    where: { oidcIssuer: identity.issuer, oidcSubject: identity.subject, deactivatedAt: null },
    select: { id: true },
  });
  return user?.id ?? null;
}

/**
 * The address of the account an invitation link is for, while the link can still be used; shown
 * on the login page so that a person sent someone else's link sees it is not theirs.
 */
export async function invitedEmail(secret: string): Promise<string | null> {
  const token = await prisma.oneTimeToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { email: true, deactivatedAt: true, oidcSubject: true } } },
  });
  const usable = token && token.purpose === "SET_PASSWORD" && !token.usedAt && token.expiresAt > new Date();
  return usable && !token.user.deactivatedAt && token.user.oidcSubject === null ? token.user.email : null;
}
