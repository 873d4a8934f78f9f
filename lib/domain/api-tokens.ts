// The API token form's rules (issue 14): a name, scopes, and the last day the token works.
import { z } from "zod";
import { TOKEN_SCOPE_NAMES, type TokenScope } from "@/lib/access/grants";
import { apiText as t } from "@/lib/i18n/api-nb";

/** Every token's secret starts so, to be recognisable (e.g. by secret scanners). */
export const TOKEN_PREFIX = "dgn_";
/** A token lives at most a year (to the same date next year, less a day); 90 days unless chosen otherwise. */
export const TOKEN_MAX_DAYS = 366;
export const TOKEN_DEFAULT_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The default and the latest last day, from today (a calendar date as UTC midnight). */
export function tokenExpiryBounds(today: Date): { defaultOn: string; latestOn: string } {
  return {
    defaultOn: isoDay(new Date(today.getTime() + TOKEN_DEFAULT_DAYS * DAY_MS)),
    latestOn: isoDay(new Date(today.getTime() + (TOKEN_MAX_DAYS - 1) * DAY_MS)),
  };
}

/** The creation form; `today` is Norway's calendar date (todayInNorway). */
export function apiTokenSchema(today: Date) {
  const { latestOn } = tokenExpiryBounds(today);
  return z.object({
    name: z.string().trim().min(1, { error: t.errors.nameRequired }).max(100, { error: t.errors.nameTooLong }),
    scopes: z.array(z.enum(TOKEN_SCOPE_NAMES as [TokenScope, ...TokenScope[]])).min(1, { error: t.errors.scopeRequired }),
    expiresOn: z.iso
      .date({ error: t.errors.dateRequired })
      .refine((d) => d > isoDay(today), { error: t.errors.expiryInPast })
      .refine((d) => d <= latestOn, { error: t.errors.expiryTooLate }),
  });
}
export type ApiTokenInput = z.infer<ReturnType<typeof apiTokenSchema>>;
