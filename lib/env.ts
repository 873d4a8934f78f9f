import { z } from "zod";

/** http is allowed for an OIDC issuer on this machine only (the tests' provider). */
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;
/** Entra ID: only the tenant's own v2.0 issuer, named by the tenant id (lib/domain/sso-identity.ts). */
const ENTRA_TENANT_ISSUER = /^https:\/\/login\.microsoftonline\.com\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/v2\.0$/i;
/** An empty variable (`OIDC_ISSUER=`) counts as unset. */
const unsetIfBlank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

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
  /** Sign-in with e-mail and password: "off" leaves single sign-on (OIDC_*) as the only way in. */
  AUTH_PASSWORD: z.enum(["on", "off"]).default("on"),
  // Single sign-on with an OpenID Connect provider (docs/sso.md). All three or none.
  /** The provider's issuer (https; http only on a loopback address, for tests). */
  OIDC_ISSUER: z.preprocess(
    unsetIfBlank,
    z
      .url({ protocol: /^https?$/, error: "OIDC_ISSUER must be a URL" })
      .refine((v) => v.startsWith("https://") || LOOPBACK.test(v), "OIDC_ISSUER must use https")
      .refine(
        (v) => !v.startsWith("https://login.microsoftonline.com/") || ENTRA_TENANT_ISSUER.test(v),
        "OIDC_ISSUER for Entra ID must name the tenant by its id: https://login.microsoftonline.com/<tenant-id>/v2.0 (not common, organizations, consumers or a domain name)",
      )
      .optional(),
  ),
  OIDC_CLIENT_ID: z.preprocess(unsetIfBlank, z.string().trim().min(1).optional()),
  OIDC_CLIENT_SECRET: z.preprocess(unsetIfBlank, z.string().min(1).optional()),
  /** The sign-in button's text. */
  OIDC_NAME: z.preprocess(unsetIfBlank, z.string().trim().min(1).max(80).default("Logg inn med virksomhetens innlogging")),
  /** Scopes asked for; ID-porten and Ansattporten know no "email" scope (docs/sso.md). */
  OIDC_SCOPES: z
    .string()
    .trim()
    .default("openid email profile")
    .refine((v) => v.split(/\s+/).includes("openid"), "OIDC_SCOPES must include openid"),
  /** How the app authenticates at the provider's token endpoint. */
  OIDC_TOKEN_AUTH_METHOD: z.enum(["client_secret_basic", "client_secret_post"]).default("client_secret_basic"),
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
  /**
   * Demo mode: the demo data and its well-known password are expected. `npm start` sets it on the
   * embedded default database; anywhere else the app refuses to start while any account's password
   * is the demo password.
   */
  DUGNAD_DEMO: z.enum(["0", "1"]).default("0").transform((v) => v === "1"),
  /**
   * Where e-mail goes (issue 12): smtp://user:pass@host:587 or smtps://…:465. `npm start` on the
   * embedded default sets it to its own mail catcher when it is not set.
   */
  SMTP_URL: z.preprocess(unsetIfBlank, z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL" }).optional()),
  /** The sender of every e-mail. */
  MAIL_FROM: z.preprocess(unsetIfBlank, z.string().trim().min(3).default("Dugnad <dugnad@localhost>")),
  /** The app's address as users reach it: the links in e-mails. */
  APP_URL: z.preprocess(unsetIfBlank, z.url({ protocol: /^https?$/, error: "APP_URL must be an http(s) URL" }).optional()),
  /**
   * The largest attachment (PDF or DOCX on a plan or letter, a plan imported from Word), in MB
   * (issue 13). Next's limit on server action bodies follows it (next.config.ts).
   */
  ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(50).default(10),
  /**
   * API calls a token may make per minute (issue 14), counted in PostgreSQL so that every app
   * instance on the database shares the count (lib/data/api-rate-limit.ts).
   */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  /** "0": this process runs no background jobs (run `npm run worker` beside it instead). */
  DUGNAD_WORKER: z.enum(["0", "1"]).default("1").transform((v) => v === "1"),
  /** How much the log says (lib/log.ts reads it itself, as it runs outside Next's bundles too; validated here). */
  LOG_LEVEL: z.preprocess(unsetIfBlank, z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).optional()),
  /**
   * The bearer token a Prometheus scraper sends to /api/metrics (issue 15); without it the route
   * answers 404. At least 16 characters.
   */
  METRICS_TOKEN: z.preprocess(unsetIfBlank, z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional()),
});

const OIDC_REQUIRED = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new Error(`Invalid configuration:\n${problems}`);
}

const oidcSet = OIDC_REQUIRED.filter((key) => parsed.data[key] !== undefined);
if (oidcSet.length > 0 && oidcSet.length < OIDC_REQUIRED.length) {
  const missing = OIDC_REQUIRED.filter((key) => parsed.data[key] === undefined);
  throw new Error(`Invalid configuration: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together; missing ${missing.join(", ")}.`);
}
if (oidcSet.length === 0 && parsed.data.AUTH_PASSWORD === "off") {
  throw new Error("Invalid configuration: AUTH_PASSWORD=off needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET), or nobody can sign in.");
}

export const env = parsed.data;

/** Single sign-on, when configured. */
export const oidc =
  env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
    ? {
        issuer: env.OIDC_ISSUER,
        /** The issuer's origin: the browser is sent there to sign in (a CSP form-action source). */
        issuerOrigin: new URL(env.OIDC_ISSUER).origin,
        clientId: env.OIDC_CLIENT_ID,
        clientSecret: env.OIDC_CLIENT_SECRET,
        name: env.OIDC_NAME,
        scopes: env.OIDC_SCOPES.split(/\s+/).join(" "),
        tokenAuthMethod: env.OIDC_TOKEN_AUTH_METHOD,
      }
    : null;

/** Whether sign-in with e-mail and password is offered. */
export const passwordSignIn = env.AUTH_PASSWORD === "on";

/** The base of links in e-mails: APP_URL, else this machine on PORT (the demo). */
export const appUrl = env.APP_URL ?? `http://localhost:${env.PORT ?? 3000}`;

/** The largest attachment in bytes (ATTACHMENT_MAX_MB). */
export const attachmentMaxBytes = env.ATTACHMENT_MAX_MB * 1024 * 1024;
