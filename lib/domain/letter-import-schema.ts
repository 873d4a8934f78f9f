// The import form's schema (/runder/importer): one for the client resolver and the server action.
import { z } from "zod";
import { isoDate, signatorySchema, text } from "@/lib/domain/schemas";
import { plainText } from "@/lib/domain/text";
import { common } from "@/lib/i18n/common";
import { letterImportText as t } from "@/lib/i18n/letter-import-nb";

const optional = (max: number) => plainText().trim().max(max, { error: () => common().errors.tooLong });

export const letterImportSchema = z
  .object({
    agencyId: plainText().trim().min(1, { error: t.errors.chooseAgency }).max(64),
    ourRef: plainText()
      .trim()
      .min(1, { error: () => common().errors.required })
      .regex(/^\d{2}\/\d{1,6}-\d{1,4}$/, { error: () => common().errors.ourRefFormat }),
    yourRef: optional(60).transform((v) => v || null),
    date: isoDate,
    deadline: isoDate,
    title: text(300),
    number: text(60),
    body: text(20_000),
    department: optional(120),
    caseworkerName: optional(120),
    caseworkerPhone: plainText()
      .trim()
      .regex(/^(\+?[\d ]{8,15})?$/, { error: () => common().errors.phoneFormat }),
    signatories: z.array(signatorySchema).min(1, { error: () => common().errors.signatoryRequired }).max(4),
    copyTo: z.preprocess(
      (v) => (typeof v === "string" ? v.split("\n") : v),
      z.array(plainText().trim().max(200)).max(10).transform((list) => list.filter(Boolean)),
    ),
    /** The letter goes into a round the ministry has sent, or a new round made for it. */
    roundChoice: z.enum(["existing", "new"]),
    roundId: optional(64),
    roundTitle: optional(200),
    /** What the text came from: "pdf: <file name>" or "text". */
    importedFrom: plainText().trim().regex(/^(text|pdf: .{1,200})$/),
  })
  // Checked even when other fields have errors, so every problem shows at once.
  .refine((v) => v.roundChoice !== "existing" || Boolean(v.roundId), {
    path: ["roundId"], error: t.errors.chooseRound, when: (p) => (p.value as { roundChoice?: unknown }).roundChoice === "existing",
  })
  .refine((v) => v.roundChoice !== "new" || Boolean(v.roundTitle), {
    path: ["roundTitle"], error: t.errors.roundTitle, when: (p) => (p.value as { roundChoice?: unknown }).roundChoice === "new",
  })
  .refine((v) => v.deadline.getTime() > v.date.getTime(), {
    path: ["deadline"],
    error: () => common().errors.deadlineBeforeDate,
    when: (p) => {
      const v = p.value as Record<string, unknown>;
      return v.date instanceof Date && v.deadline instanceof Date && !Number.isNaN(v.date.getTime() + v.deadline.getTime());
    },
  });
export type LetterImportInput = z.output<typeof letterImportSchema>;
export type LetterImportValues = z.input<typeof letterImportSchema>;
