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
  /** The port `next start` listens on (read by Next itself; validated here). */
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** A session ends this long after sign-in (12 hours), whatever happens. */
  SESSION_MAX_AGE_MINUTES: z.coerce.number().int().min(1).max(720).default(720),
  /** A session ends after this long without a request to the app (30 minutes). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(30),
  /** Seconds a sign-in is refused after repeated failures (tests shorten it). */
  LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).max(900).default(60),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new Error(`Invalid configuration:\n${problems}`);
}

export const env = parsed.data;
