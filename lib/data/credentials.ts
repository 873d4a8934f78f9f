import "server-only";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

/** Failures within this window count together; after MAX_FAILURES sign-in pauses. */
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 5;
const MAX_LOCK_SECONDS = 15 * 60;
// A valid hash to compare against when the e-mail is unknown, so timing does not reveal accounts.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.rP6M5sUk0Y8pJ2n5cYkP0FQeZ9zC";

type Result =
  | { kind: "ok"; user: { id: string; name: string; email: string } }
  | { kind: "wrong" }
  | { kind: "locked" };

/**
 * Checks an e-mail and password. Repeated failures for one address pause sign-in for that
 * address (the state is in PostgreSQL, so it holds across app instances).
 */
export async function verifyCredentials(email: string, password: string): Promise<Result> {
  const key = email.toLowerCase();
  const now = new Date();
  const throttle = await prisma.loginThrottle.findUnique({ where: { key } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) return { kind: "locked" };

  const user = await prisma.user.findUnique({
    where: { email: key },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (user && matches) {
    if (throttle) await prisma.loginThrottle.delete({ where: { key } }).catch(() => undefined);
    return { kind: "ok", user: { id: user.id, name: user.name, email: user.email } };
  }

  const recent = throttle && now.getTime() - throttle.lastFailureAt.getTime() < WINDOW_MS;
  const failures = (recent ? throttle.failures : 0) + 1;
  const lockSeconds =
    failures >= MAX_FAILURES ? Math.min(env.LOGIN_LOCK_SECONDS * 2 ** (failures - MAX_FAILURES), MAX_LOCK_SECONDS) : 0;
  const lockedUntil = lockSeconds ? new Date(now.getTime() + lockSeconds * 1000) : null;
  await prisma.loginThrottle.upsert({
    where: { key },
    create: { key, failures, lastFailureAt: now, lockedUntil },
    update: { failures, lastFailureAt: now, lockedUntil },
  });
  return lockedUntil ? { kind: "locked" } : { kind: "wrong" };
}
