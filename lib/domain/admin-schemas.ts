// The administration's forms (users and organisations): one schema per form, used by the client
// resolver and by the server action alike. Texts that reach PostgreSQL are refused when they hold
// a NUL or another control character (PostgreSQL refuses NUL in text, and nobody types them).
import { z } from "zod";
import { ROLES } from "@/lib/access/grants";
import { normaliseOrgNumber, orgNumberProblem } from "@/lib/domain/org-number";
import { adminTexts } from "@/lib/i18n/admin";
import { localized } from "@/lib/i18n/current";

/** The administration's texts in the current language, read when a message is needed (never at module load). */
const t = () => localized(adminTexts);

// Control characters other than tab and line breaks (these are dealt with per field).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A one-line text: trimmed, required, at most `max` characters, no control characters. */
export function line(max: number) {
  return z
    .string({ error: () => t().errors.required })
    .refine((s) => !CONTROL.test(s) && !/[\r\n\t]/.test(s), { error: () => t().errors.badCharacters })
    .transform((s) => s.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, { error: () => t().errors.required }).max(max, { error: () => t().errors.tooLong(max) }));
}

/** An id chosen from a list (a forged or missing one gets the list's message). */
const chosenId = (message: () => string) => z.string({ error: message }).trim().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: message });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emailSchema = z
  .string({ error: () => t().errors.required })
  .trim()
  .toLowerCase()
  .min(1, { error: () => t().errors.required })
  .max(254, { error: () => t().errors.tooLong(254) })
  .regex(EMAIL, { error: () => t().errors.emailFormat });

export const roleSchema = z.enum(ROLES, { error: () => t().errors.chooseRole });

export const inviteSchema = z.object({
  email: emailSchema,
  name: line(200),
  role: roleSchema,
  organisationId: chosenId(() => t().errors.chooseOrganisation),
});
export type InviteInput = z.output<typeof inviteSchema>;

export const userAccessSchema = z.object({
  userId: chosenId(() => t().errors.required),
  role: roleSchema,
  organisationId: chosenId(() => t().errors.chooseOrganisation),
});
export type UserAccessInput = z.output<typeof userAccessSchema>;

export const userIdSchema = z.object({ userId: chosenId(() => t().errors.required) });

export const orgNumberSchema = z
  .string({ error: () => t().errors.orgNumber.missing })
  .transform(normaliseOrgNumber)
  .superRefine((n, ctx) => {
    const problem = orgNumberProblem(n);
    if (problem) ctx.addIssue({ code: "custom", message: t().errors.orgNumber[problem] });
  });

/**
 * A postal address as printed in a letter: one element per line. Typed on several lines, or on one
 * line with commas ("Postboks 1404, 8002 BODØ"); at most 4 lines, the last postcode and place.
 */
export function normaliseAddress(input: string): string {
  const lines = input.split(/\r\n|\r|\n/).map((l) => l.trim().replace(/\s+/g, " ")).filter(Boolean);
  const split = lines.length === 1 ? lines[0]!.split(/\s*,\s*/).filter(Boolean) : lines;
  return split.join("\n");
}

export const postalAddressSchema = z
  .string({ error: () => t().errors.required })
  .refine((s) => !CONTROL.test(s), { error: () => t().errors.badCharacters })
  .transform(normaliseAddress)
  .superRefine((address, ctx) => {
    if (!address) return void ctx.addIssue({ code: "custom", message: t().errors.required });
    const lines = address.split("\n");
    if (lines.length > 4 || lines.some((l) => l.length > 100)) return void ctx.addIssue({ code: "custom", message: t().errors.addressLines });
    if (!/^\d{4} \S/.test(lines.at(-1)!)) ctx.addIssue({ code: "custom", message: t().errors.addressPostcode });
  });

const shortNameSchema = line(50).pipe(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} .\-]*$/u, { error: () => t().errors.shortNameFormat }));

/** A new agency (or a ministry, from the command line). */
export const organisationSchema = z.object({
  name: line(200),
  shortName: shortNameSchema,
  orgNumber: orgNumberSchema,
  postalAddress: postalAddressSchema,
});
export type OrganisationInput = z.output<typeof organisationSchema>;

/** Renaming an agency (its organisation number is what it is, and stays). */
export const organisationUpdateSchema = z.object({
  id: chosenId(() => t().errors.required),
  name: line(200),
  shortName: shortNameSchema,
  postalAddress: postalAddressSchema,
});
export type OrganisationUpdateInput = z.output<typeof organisationUpdateSchema>;

export const moveAgencySchema = z.object({
  agencyId: chosenId(() => t().errors.required),
  ministryId: chosenId(() => t().errors.chooseMinistry),
});
export type MoveAgencyInput = z.output<typeof moveAgencySchema>;
