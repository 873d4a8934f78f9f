// Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a modulus-11 check
// digit over the first eight with Brønnøysund's weights 3, 2, 7, 6, 5, 4, 3, 2.

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The number as stored: digits only (spaces, as in "974 760 347", are dropped). */
export function normaliseOrgNumber(input: string): string {
  return input.replace(/[\s\u00a0]/g, "");
}

/** The check digit for eight digits, or null when none exists (a remainder of 1 gives 10: no such number). */
export function orgNumberCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) return null;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(firstEight[i]), 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  const digit = 11 - remainder;
  return digit === 10 ? null : digit;
}

export type OrgNumberProblem = "missing" | "format" | "checkDigit";

/** What is wrong with an organisation number as typed, or null when it is valid. */
export function orgNumberProblem(input: string): OrgNumberProblem | null {
  const n = normaliseOrgNumber(input);
  if (n === "") return "missing";
  if (!/^\d{9}$/.test(n)) return "format";
  const check = orgNumberCheckDigit(n.slice(0, 8));
  return check !== null && check === Number(n[8]) ? null : "checkDigit";
}

export const isValidOrgNumber = (input: string) => orgNumberProblem(input) === null;

