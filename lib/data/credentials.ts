import "server-only";
import { DEMO_PASSWORD } from "@/lib/domain/demo";
import { setTimeout as sleep } from "node:timers/promises";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "@/lib/auth/password-hash";
import { prisma } from "@/lib/db";
import { accountDelaySeconds, ACCOUNT_RULE, ADDRESS_ADMITS_UP_TO, ADDRESS_RULE, addressWaitSeconds } from "@/lib/domain/sign-in-throttle";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";

export type SignInResult =
  | { kind: "ok"; user: { id: string; name: string; email: string }; delayedSeconds: number }
  /** Wrong e-mail or password; the next attempt to this account will be held back this long. */
  | { kind: "wrong"; delayedSeconds: number; nextDelaySeconds: number }
  /** Refused without a check: too many failures from this client address. */
  | { kind: "wait"; seconds: number }
  /** Refused without a check: this app instance has too many sign-ins in progress. */
  | { kind: "busy" }
  /** The right password for an account the administrator has deactivated. */
  | { kind: "deactivated" };

/**
 * Sign-ins in progress in this process (waiting out a delay, queued for a hash check or being
 * checked) beyond which further attempts are refused at once, so that a flood of guesses costs
 * memory and time only up to a bound, and the rest of the app stays responsive.
 */
export const MAX_SIGN_INS_IN_PROGRESS = 100;
let inProgress = 0;

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/**
 * Checks an e-mail and password, throttled per account and per client address as
 * lib/domain/sign-in-throttle.ts describes. Every database statement is short and on its own:
 * no transaction or row lock is held while waiting or while the password is checked, and no
 * connection is taken while waiting. The state is in PostgreSQL, so it holds across app
 * instances. `address` is null when the client's address cannot be known (lib/auth/client-address.ts);
 * then only the account is throttled.
 */
export async function verifyCredentials(email: string, password: string, address: string | null): Promise<SignInResult> {
  if (inProgress >= MAX_SIGN_INS_IN_PROGRESS) return { kind: "busy" };
  inProgress += 1;
  try {
    return await checkThrottled(email.toLowerCase(), password, address);
  } finally {
    inProgress -= 1;
  }
}

async function checkThrottled(email: string, password: string, address: string | null): Promise<SignInResult> {
  removeStaleRowsNowAndThen();
  if (address && !(await countAddressAttempt(address))) {
    return { kind: "wait", seconds: await addressWait(address) };
  }
  const before = await countAccountAttempt(email);
  const delayedSeconds = accountDelaySeconds(before, env.LOGIN_MAX_DELAY_SECONDS);
  if (delayedSeconds > 0) await sleep(delayedSeconds * 1000);

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, deactivatedAt: true },
  });
  const stored = user?.passwordHash;
  // An unknown e-mail (or an account without a password) costs the same check as a known one.
  const verification = await oneAtATime(email, () => (stored ? verifyPassword(password, stored) : verifyAgainstDummy(password)));
  if (!user || !stored || !verification.ok) {
    return { kind: "wrong", delayedSeconds, nextDelaySeconds: accountDelaySeconds(before + 1, env.LOGIN_MAX_DELAY_SECONDS) };
  }

  await recordSuccess(email, address);
  if (verification.needsRehash) await replaceHash(user.id, stored, password);
  // Told only to whoever knows the password: the account exists, but nobody signs in to it now.
  if (user.deactivatedAt) return { kind: "deactivated" };
  return { kind: "ok", user: { id: user.id, name: user.name, email: user.email }, delayedSeconds };
}

// Password checks for one account run one after the other, and accounts take turns for the few
// hash slots (lib/auth/password-hash.ts): a burst of guesses at one account queues behind itself,
// not in front of everybody else's sign-in.
const lanes = new Map<string, Promise<unknown>>();

function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const result = (lanes.get(key) ?? Promise.resolve()).then(run);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  lanes.set(key, tail);
  void tail.then(() => {
    if (lanes.get(key) === tail) lanes.delete(key);
  });
  return result;
}

/**
 * Counts an attempt from the address unless its bucket is full: true when counted (go on),
 * false when the address must wait (nothing counted). One statement.
 */
async function countAddressAttempt(address: string): Promise<boolean> {
  const counted = await prisma.$queryRaw<{ failures: number }[]>`
    insert into "LoginThrottle" as t (key, failures, "countedAt") values (${addressKey(address)}, 1, now())
    on conflict (key) do update
      set failures = greatest(t.failures - greatest(extract(epoch from now() - t."countedAt")::float8, 0) / ${ADDRESS_RULE.leakSeconds}, 0) + 1,
          "countedAt" = now()
      where greatest(t.failures - greatest(extract(epoch from now() - t."countedAt")::float8, 0) / ${ADDRESS_RULE.leakSeconds}, 0) <= ${ADDRESS_ADMITS_UP_TO}
    returning t.failures`;
  return counted.length === 1;
}

/** Seconds until a full address may try again. */
async function addressWait(address: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ failures: number }[]>`
    select greatest(failures - greatest(extract(epoch from now() - "countedAt")::float8, 0) / ${ADDRESS_RULE.leakSeconds}, 0) as failures
    from "LoginThrottle" where key = ${addressKey(address)}`;
  return Math.max(1, addressWaitSeconds(row?.failures ?? 0));
}

/** Counts an attempt on the account (known or not) and returns its count before. One statement. */
async function countAccountAttempt(email: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ before: number }[]>`
    insert into "LoginThrottle" as t (key, failures, "countedAt") values (${accountKey(email)}, 1, now())
    on conflict (key) do update
      set failures = t.failures * power(0.5::float8, greatest(extract(epoch from now() - t."countedAt")::float8, 0) / ${ACCOUNT_RULE.halfLifeSeconds}) + 1,
          "countedAt" = now()
    returning t.failures - 1 as before`;
  return row?.before ?? 0;
}

/** Clears the account's count and takes this attempt's count back from the address. One statement. */
async function recordSuccess(email: string, address: string | null): Promise<void> {
  await prisma.$executeRaw`
    with cleared as (delete from "LoginThrottle" where key = ${accountKey(email)})
    update "LoginThrottle" as t
      set failures = greatest(t.failures - greatest(extract(epoch from now() - t."countedAt")::float8, 0) / ${ADDRESS_RULE.leakSeconds} - 1, 0),
          "countedAt" = now()
      where key = ${address ? addressKey(address) : null}`;
}

/**
 * Replaces a bcrypt hash (or scrypt with older parameters) after a successful sign-in. Only if
 * the stored hash is still the one that was checked, so a password changed meanwhile stays.
 */
async function replaceHash(userId: string, checked: string, password: string): Promise<void> {
  try {
    const passwordHash = await hashPassword(password);
    await prisma.user.updateMany({
      where: { id: userId, passwordHash: checked },
      data: { passwordHash, passwordCheckedHash: password === DEMO_PASSWORD ? null : passwordHash },
    });
  } catch (error) {
    // The sign-in itself succeeded; the next one tries again.
    logError("could not replace a password hash", error);
  }
}

// A row untouched for a day counts (practically) nothing: an account's count has halved 144
// times, an address has leaked 720 failures. Such rows go, at most once an hour per instance.
let lastCleanUp = 0;
function removeStaleRowsNowAndThen(): void {
  const now = Date.now();
  if (now - lastCleanUp < 60 * 60 * 1000) return;
  lastCleanUp = now;
  prisma.$executeRaw`delete from "LoginThrottle" where "countedAt" < now() - interval '1 day'`.catch((error: unknown) => {
    logError("could not remove old sign-in throttle rows", error);
  });
}
