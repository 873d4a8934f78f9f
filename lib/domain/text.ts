import { z } from "zod";
import { common } from "@/lib/i18n/common";

// Text that may reach PostgreSQL. PostgreSQL refuses the NUL character (U+0000) in text and JSON
// ("invalid byte sequence for encoding UTF8: 0x00"), so every text taken from a user (form fields,
// query and route parameters, JSON bodies) is checked with this primitive first and refused with a
// plain message. lib/db.ts refuses whatever slips past, as the last line of defence.

export const NUL = "\u0000";

/** Whether a text holds a NUL character. */
export function hasNul(text: string): boolean {
  return text.includes(NUL);
}

/**
 * `z.string()` that refuses a NUL character (before any other check, so the message is the one
 * that says what is wrong; the message is read when the check fails, in the current language). Chain `.trim()`, `.min()`, `.max()`, … as on `z.string()`.
 */
export function plainText(params?: Parameters<typeof z.string>[0], nulMessage: () => string = () => common().errors.nulCharacter) {
  return z.string(params).refine((s) => !hasNul(s), { error: nulMessage, abort: true });
}
