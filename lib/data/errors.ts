import { nb } from "@/lib/i18n/nb";

/** An error the user should read in plain words (never a stack trace). */
export class ExpectedError extends Error {
  constructor(
    message: string,
    readonly code: "forbidden" | "not_found" | "conflict" | "invalid",
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ExpectedError";
  }
}

export const forbidden = () => new ExpectedError(nb.errors.notAllowed, "forbidden");
export const notFound = () => new ExpectedError(nb.errors.notFound, "not_found");
export const conflict = (message: string) => new ExpectedError(message, "conflict");
export const invalid = (fieldErrors: Record<string, string[]>, message: string = nb.errors.invalidForm) =>
  new ExpectedError(message, "invalid", fieldErrors);

export function isExpectedError(error: unknown): error is ExpectedError {
  return error instanceof ExpectedError;
}
