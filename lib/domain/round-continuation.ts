/**
 * Next year's round from an earlier one (issue 13): the dates moved one year and the new case
 * number. Pure rules, no database.
 */

/** The same calendar day `years` years on; 29 February becomes 28 February in a common year. */
export function addYears(date: Date, years: number): Date {
  const y = date.getUTCFullYear() + years;
  const m = date.getUTCMonth();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

/** The case number of a letter's reference: "20/1234-5" → "20/1234"; null when it has none. */
export function caseNumberOf(ourRef: string): string | null {
  const match = /^(\d{2}\/\d{1,6})-\d{1,4}$/.exec(ourRef.trim());
  return match ? match[1]! : null;
}

/**
 * The case number suggested for next year's round: the new year's two-digit prefix with the same
 * sequence number ("20/1234" for a round dated 2021 → "21/1234"), or the next sequence number that
 * no letter of the ministry uses yet. The archive gives the real number; the adviser can change
 * it, and each letter's reference, before sending.
 */
export function nextCaseNumber(previous: string | null, year: number, taken: (caseNumber: string) => boolean): string {
  const prefix = String(year % 100).padStart(2, "0");
  const match = previous ? /^\d{2}\/(\d{1,6})$/.exec(previous) : null;
  let seq = match ? Number(match[1]) : 1;
  while (taken(`${prefix}/${seq}`) && seq < 999_999) seq += 1;
  return `${prefix}/${seq}`;
}

/**
 * The round's text for next year: the old deadline as the letters write it ("1.12.2020") becomes
 * the new one, and the round's year as a word of its own ("for 2020") the next year. Anything
 * else (another date, a year before) the adviser reads and edits before creating the round.
 */
export function shiftText(body: string, change: { year: number; oldDeadline: string; newDeadline: string }): string {
  const moved = change.oldDeadline ? body.split(change.oldDeadline).join(change.newDeadline) : body;
  return moved.replace(new RegExp(`(?<![\\d.])${change.year}(?![\\d])`, "g"), String(change.year + 1));
}

export interface Sender {
  department: string;
  caseworkerName: string;
  caseworkerPhone: string;
  signatories: unknown;
}

/** Letters with the same sender (department, caseworker and signatories) share this key. */
export function senderKey(s: Sender): string {
  return JSON.stringify([s.department, s.caseworkerName, s.caseworkerPhone, s.signatories]);
}

/** The sender most of the letters had (the first such letter's, on a tie): the round form's default. */
export function commonSender<T extends Sender>(letters: readonly T[]): T | null {
  const counts = new Map<string, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const l of letters) {
    const key = senderKey(l);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > bestCount) [best, bestCount] = [l, n];
  }
  return best;
}
