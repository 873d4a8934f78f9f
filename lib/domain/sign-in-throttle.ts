// The rules of sign-in throttling (docs/decisions/003-sign-in-throttling.md). lib/data/credentials.ts
// keeps the counts in PostgreSQL and applies these rules.
//
// Each sign-in attempt counts as a failure from the moment it starts (so parallel guesses are
// counted one by one), for its account and for its client address. A success clears its
// account's count and takes its own count back from its address.
//
// - Per account (known e-mail or not): a growing delay, never a refusal. Beyond a few failures
//   the answer is held back for 1, 2, 4, … seconds, capped at LOGIN_MAX_DELAY_SECONDS; then the
//   password is checked as always, so the right password always gets in within that cap,
//   whatever anyone else sends. The count halves every 10 minutes.
// - Per client address, across accounts: a leaky bucket. It holds 30 failures and one leaks away
//   every 2 minutes; an attempt that would overflow it is refused, cheaply and without a password
//   check, and told how long to wait. Refused attempts are not counted, so waiting always helps.

export const ACCOUNT_RULE = {
  /** Failures on one account answered without delay. */
  freeFailures: 5,
  /** The account's count halves after this long. */
  halfLifeSeconds: 10 * 60,
} as const;

export const ADDRESS_RULE = {
  /** Failures one client address may have counted at most; beyond, it must wait. */
  capacity: 30,
  /** One counted failure leaks away every this many seconds: the long-run rate is 30 an hour. */
  leakSeconds: 2 * 60,
} as const;

/**
 * How long the answer to an attempt is held back, given the account's count before the attempt:
 * none for the first few failures, then 1 s doubling with each further one, at most `maxSeconds`.
 * The count decays continuously, so it is rounded: five failures a moment ago count as five.
 */
export function accountDelaySeconds(failures: number, maxSeconds: number): number {
  const beyond = Math.round(failures) - ACCOUNT_RULE.freeFailures;
  if (beyond < 0) return 0;
  return Math.min(2 ** beyond, maxSeconds);
}

/** The most an address may have counted for another attempt to be let through (and counted). */
export const ADDRESS_ADMITS_UP_TO = ADDRESS_RULE.capacity - 1;

/** Seconds until an address with this many counted failures may try again (0: it may now). */
export function addressWaitSeconds(failures: number): number {
  if (failures <= ADDRESS_ADMITS_UP_TO) return 0;
  return Math.ceil((failures - ADDRESS_ADMITS_UP_TO) * ADDRESS_RULE.leakSeconds);
}
