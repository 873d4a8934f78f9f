import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

// One-time links (an invitation to set a password, or a reset). The link carries a random secret;
// only its SHA-256 is stored, so the table gives no one a working link. A link is used once and
// expires after 72 hours; a new link for the same purpose replaces the ones before.

export const ONE_TIME_LINK_HOURS = 72;

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("base64url");

/** A new set-password link's secret for the user (the caller builds the URL `/passord/<secret>`). */
export async function createSetPasswordSecret(tx: Prisma.TransactionClient, userId: string, createdById: string | null): Promise<{ secret: string; expiresAt: Date }> {
  const secret = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + ONE_TIME_LINK_HOURS * 3600_000);
  await tx.oneTimeToken.updateMany({ where: { userId, purpose: "SET_PASSWORD", usedAt: null }, data: { expiresAt: new Date() } });
  await tx.oneTimeToken.create({ data: { userId, purpose: "SET_PASSWORD", tokenHash: hashSecret(secret), expiresAt, createdById } });
  return { secret, expiresAt };
}

/** The path of a set-password link. */
export const setPasswordPath = (secret: string) => `/passord/${secret}`;

