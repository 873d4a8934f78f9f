import { z } from "zod";

/**
 * Configuration, read and validated once. Nothing else reads process.env.
 * DATABASE_URL is optional here because `next build` needs no database; lib/db.ts requires it.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  AUTH_TRUST_HOST: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** The port `next start` listens on (the page cache renders a missed page through it). */
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /**
   * The longest an answer to a sign-in to one account is held back after repeated failures
   * (lib/domain/sign-in-throttle.ts; the end-to-end tests shorten it).
   */
  LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(60).default(20),
  /**
   * How many reverse proxies in front of Dugnad each append the address they were connected from
   * to X-Forwarded-For; the client's address is that many entries from the right
   * (lib/auth/client-address.ts). 0, the default: none. Then X-Forwarded-For is ignored, since
   * `next start` only fills it in when the client has not sent one itself.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new Error(`Invalid configuration:\n${problems}`);
}

export const env = parsed.data;
