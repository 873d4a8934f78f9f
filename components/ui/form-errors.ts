import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Puts the server's field errors next to the fields; returns whether there were any. */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[] | undefined> | undefined,
): boolean {
  let any = false;
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    setError(field as Path<T>, { type: "server", message });
    any = true;
  }
  return any;
}
