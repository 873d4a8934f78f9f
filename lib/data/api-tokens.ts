import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import {
  authorize, membershipOf, tokenScopesFor, type Actor, type TokenPrincipal, type TokenScope,
} from "@/lib/access";
import { recordAudit } from "@/lib/data/audit";
import { forbidden, invalid, notFound } from "@/lib/data/errors";
import { TOKEN_PREFIX, type ApiTokenInput } from "@/lib/domain/api-tokens";
import { apiText as t } from "@/lib/i18n/api-nb";

// Personal access tokens for the API (issue 14, docs/decisions/024-api-and-tokens.md). The secret
// is "dgn_" and 32 random bytes in base64url; only its SHA-256 is stored, so it is shown once.
export const hashTokenSecret = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

/** The token's end: the end of the chosen day (23:59:59.999 UTC; the page shows the date). */
const endOfDay = (isoDate: string) => new Date(`${isoDate}T23:59:59.999Z`);

/** A person makes a token for themselves, with scopes their role may give; the secret is returned once. */
export async function createApiToken(actor: Actor, input: ApiTokenInput): Promise<{ id: string; secret: string }> {
  authorize(actor, "apitoken.manage");
  // A token never makes tokens: only a signed-in person.
  if (actor.kind !== "user") throw forbidden();
  const allowed = tokenScopesFor(actor.role, actor.organisationKind);
  const refused = input.scopes.filter((s) => !allowed.includes(s));
  if (refused.length > 0) throw invalid({ scopes: [t.errors.scopeNotAllowed] });
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: {
        name: input.name,
        userId: actor.userId,
        organisationId: actor.organisationId,
        scopes: [...new Set(input.scopes)],
        secretHash: hashTokenSecret(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 4),
        expiresAt: endOfDay(input.expiresOn),
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { entity: "ApiToken", entityId: token.id, action: "create", after: { name: input.name, scopes: input.scopes, expiresOn: input.expiresOn }, changesViews: false });
    return { id: token.id, secret };
  });
}

export type ApiTokenStatus = "active" | "expired" | "revoked";

/** The person's own tokens, newest first, with their status (never the secret). */
export async function listOwnApiTokens(actor: Actor, now: Date = new Date()) {
  authorize(actor, "apitoken.manage");
  const rows = await prisma.apiToken.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  return rows.map((r) => ({
    ...r,
    scopes: r.scopes as TokenScope[],
    status: (r.revokedAt ? "revoked" : r.expiresAt <= now ? "expired" : "active") as ApiTokenStatus,
  }));
}
export type OwnApiToken = Awaited<ReturnType<typeof listOwnApiTokens>>[number];

/** Revokes one of the person's own tokens (another's is "not found"); revoking twice changes nothing. */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  authorize(actor, "apitoken.manage");
  await prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: actor.userId }, select: { id: true, name: true, revokedAt: true } });
    if (!token) throw notFound();
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, { entity: "ApiToken", entityId: token.id, action: "revoke", before: { name: token.name }, changesViews: false });
  });
}

/**
 * The principal of a bearer token, or null when it is unknown, revoked, expired, or its owner is
 * deactivated or no longer in the organisation it was made in. Its scopes are cut to those the
 * owner's role gives now (a role changed since drops the rest); lib/access limits it further to
 * what the role may do.
 */
export async function authenticateApiToken(secret: string, now: Date = new Date()): Promise<TokenPrincipal | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await prisma.apiToken.findUnique({
    where: { secretHash: hashTokenSecret(secret) },
    select: {
      id: true, name: true, scopes: true, expiresAt: true, revokedAt: true, organisationId: true,
      user: {
        select: {
          id: true, name: true, role: true, deactivatedAt: true, organisationId: true,
          organisation: { select: { id: true, name: true, kind: true, parentId: true, audits: { select: { id: true } } } },
        },
      },
    },
  });
  if (!token || token.revokedAt || token.expiresAt <= now) return null;
  const { user } = token;
  if (user.deactivatedAt || user.organisationId !== token.organisationId) return null;
  const allowed = tokenScopesFor(user.role, user.organisation.kind);
  const scopes = (token.scopes as TokenScope[]).filter((s) => allowed.includes(s));
  return { ...membershipOf(user, user.organisation), kind: "apiToken", tokenId: token.id, tokenName: token.name, scopes };
}

/** Notes the token's use (the list's "sist brukt"): at most once a minute, so calls do not all write. */
export async function markApiTokenUsed(tokenId: string, now: Date = new Date()): Promise<void> {
  await prisma.apiToken.updateMany({
    where: { id: tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
    data: { lastUsedAt: now },
  });
}

/** What a token knows of itself (the API's GET /token): its name, scopes, expiry, owner and organisation. */
export async function describeApiToken(actor: TokenPrincipal) {
  authorize(actor, "organisation.read");
  const token = await prisma.apiToken.findUniqueOrThrow({ where: { id: actor.tokenId }, select: { expiresAt: true } });
  return {
    name: actor.tokenName,
    scopes: [...actor.scopes],
    expiresAt: token.expiresAt.toISOString(),
    owner: actor.name,
    organisation: { id: actor.organisationId, name: actor.organisationName, kind: actor.organisationKind },
  };
}
