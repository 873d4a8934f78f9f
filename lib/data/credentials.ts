import "server-only";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

/** Failures count together until a day has passed since the last failure or the end of a pause. */
const WINDOW_MS = 24 * 60 * 60 * 1000;
const MAX_FAILURES = 5;
export const MAX_LOCK_SECONDS = 15 * 60;
// A valid hash to compare against when the e-mail is unknown, so timing does not reveal accounts.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.rP6M5sUk0Y8pJ2n5cYkP0FQeZ9zC";

type Result =
  | { kind: "ok"; user: { id: string; name: string; email: string } }
  | { kind: "wrong" }
  | { kind: "locked" };

/** The pause after `failures` consecutive failures: none below 5, then doubling, capped. */
export function lockSecondsAfter(failures: number, baseSeconds: number): number {
  if (failures < MAX_FAILURES) return 0;
  return Math.min(baseSeconds * 2 ** (failures - MAX_FAILURES), MAX_LOCK_SECONDS);
}

/**
 * Checks an e-mail and password. Repeated failures for one address pause sign-in for that
 * address. The attempt holds a row lock on the address's throttle row while it checks, so
 * parallel guesses are counted one by one; the state is in PostgreSQL, so it holds across
 * app instances.
 */
export async function verifyCredentials(email: string, password: string): Promise<Result> {
  const key = email.toLowerCase();
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`insert into "LoginThrottle" (key, failures, "lastFailureAt") values (${key}, 0, now()) on conflict (key) do nothing`;
      const [throttle] = await tx.$queryRaw<{ failures: number; lastFailureAt: Date; lockedUntil: Date | null }[]>`
        select failures, "lastFailureAt", "lockedUntil" from "LoginThrottle" where key = ${key} for update`;
      const now = new Date();
      if (throttle?.lockedUntil && throttle.lockedUntil > now) return { kind: "locked" } as const;

      const user = await tx.user.findUnique({
        where: { email: key },
        select: { id: true, name: true, email: true, passwordHash: true },
      });
      const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
      if (user && matches) {
        await tx.loginThrottle.delete({ where: { key } });
        return { kind: "ok", user: { id: user.id, name: user.name, email: user.email } } as const;
      }

      const since = Math.max(throttle?.lastFailureAt.getTime() ?? 0, throttle?.lockedUntil?.getTime() ?? 0);
      const failures = (throttle && throttle.failures > 0 && now.getTime() - since < WINDOW_MS ? throttle.failures : 0) + 1;
      const seconds = lockSecondsAfter(failures, env.LOGIN_LOCK_SECONDS);
      const lockedUntil = seconds ? new Date(now.getTime() + seconds * 1000) : null;
      await tx.loginThrottle.update({ where: { key }, data: { failures, lastFailureAt: now, lockedUntil } });
      return lockedUntil ? ({ kind: "locked" } as const) : ({ kind: "wrong" } as const);
    },
    { timeout: 15_000, maxWait: 15_000 },
  );
}
