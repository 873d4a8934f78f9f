// Pieces the plan, round, letter and sector-plan endpoints share (issue 14): ids in the address,
// dates as RFC 3339 strings, the file answers.
import { z } from "zod";
import { plainText } from "@/lib/domain/text";

/** An id in the address (a cuid; anything longer is no id of ours). */
export const idParam = plainText().min(1).max(64);

/** A version number in the address: 1, 2, … */
export const versionNumberParam = z.coerce.number().int().min(1).max(10_000);

export const dateTime = z.iso.datetime();

export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export const PDF = { file: "application/pdf" } as const;
export const DOCX = { file: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } as const;

export const agencyRef = z.object({ id: z.string(), name: z.string(), shortName: z.string() });
