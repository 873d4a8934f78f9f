import { common } from "@/lib/i18n/common";

/**
 * Marks an ExpectedError across copies of this module: Next bundles a module once per layer (a
 * page's render and a route handler each get their own copy), and the one Prisma client, made by
 * whichever layer came first, throws the class of that copy. `instanceof` fails across copies; a
 * registered symbol does not.
 */
const EXPECTED = Symbol.for("dugnad.expected-error");

/** An error the user should read in plain words (never a stack trace). */
export class ExpectedError extends Error {
  readonly [EXPECTED] = true;

  constructor(
    message: string,
    readonly code: "forbidden" | "not_found" | "conflict" | "invalid",
    readonly fieldErrors: Record<string, string[]> = {},
    /** What the user needs to resolve it, e.g. the other person's newer version on a conflict. */
    readonly data?: unknown,
  ) {
    super(message);
    this.name = "ExpectedError";
  }
}

export const forbidden = () => new ExpectedError(common().errors.notAllowed, "forbidden");
export const notFound = () => new ExpectedError(common().errors.notFound, "not_found");
export const conflict = (message: string, data?: unknown) => new ExpectedError(message, "conflict", {}, data);
export const invalid = (fieldErrors: Record<string, string[]>, message: string = common().errors.invalidForm) =>
  new ExpectedError(message, "invalid", fieldErrors);

export function isExpectedError(error: unknown): error is ExpectedError {
  return typeof error === "object" && error !== null && (error as { [EXPECTED]?: unknown })[EXPECTED] === true;
}
