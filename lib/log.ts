// The app's log (issue 15): JSON lines on stdout (pino), one object per line, each with the
// request id of the request it belongs to, or the job id of the job. No personal data and no
// figures: names, e-mail addresses, passwords, cookies and tokens are censored wherever they turn
// up in a logged object, and callers log ids and kinds, never people. The level comes from
// LOG_LEVEL (trace, debug, info, warn, error, fatal, silent; default info).
// Loaded by the custom server (scripts/serve.ts) and from Next's bundles alike: the one logger
// lives on globalThis. No "server-only", @/lib/db or @/lib/env here.
import pino, { type DestinationStream, type Logger } from "pino";
import { currentContext } from "./ops/request-context";

/** Paths censored in every logged object (also one level down, e.g. `user.email`, `err.email`). */
const SENSITIVE = ["email", "to", "cc", "bcc", "name", "password", "newPassword", "token", "secret", "cookie", "authorization", "headers", "body", "text", "html"];
export const REDACT_PATHS = [...SENSITIVE, ...SENSITIVE.map((key) => `*.${key}`)];

const EMAIL_ADDRESS = /[^\s<>()[\]"'@,;:]{1,64}@[^\s<>()[\]"'@,;:]{1,255}\.[A-Za-z]{2,24}/g;
const withoutAddresses = (text: string) => text.replace(EMAIL_ADDRESS, "[redacted]");

/** How many causes deep an error's chain is logged. */
const CAUSE_DEPTH = 4;

/**
 * An error as a log line carries it: its type, code, message and stack, and the same of its causes;
 * nothing else of it. An error's other fields are not ours to vouch for: PostgreSQL's (through
 * Prisma's adapter, `meta.driverAdapterError.cause.detail`) quotes the row a constraint refused,
 * an SMTP client's the addresses it was given, an HTTP client's the request's headers. What is
 * kept may still quote an address (nodemailer appends the server's answer, "550 <kari@…> unknown",
 * to its message): e-mail addresses in the message and the stack are censored.
 */
export function errorForLog(value: unknown, depth = 0): Record<string, unknown> {
  if (typeof value !== "object" || value === null) return { type: typeof value };
  const error = value as { name?: unknown; message?: unknown; code?: unknown; stack?: unknown; cause?: unknown };
  const type = value instanceof Error ? value.constructor.name || value.name : "Object";
  const logged: Record<string, unknown> = { type };
  if (typeof error.message === "string") logged.message = withoutAddresses(error.message);
  if (typeof error.code === "string" || typeof error.code === "number") logged.code = error.code;
  if (typeof error.stack === "string") logged.stack = withoutAddresses(error.stack);
  if (error.cause !== undefined && depth < CAUSE_DEPTH) logged.cause = errorForLog(error.cause, depth + 1);
  return logged;
}

const LEVELS = new Set(["trace", "debug", "info", "warn", "error", "fatal", "silent"]);

function levelFromEnv(): string {
  // Read here, not from lib/env.ts: this module runs outside Next's bundles too.
  const level = (process.env.LOG_LEVEL ?? "").trim().toLowerCase();
  if (LEVELS.has(level)) return level;
  return process.env.NODE_ENV === "test" ? "silent" : "info";
}

/** A logger writing to `destination` (stdout by default); tests pass their own stream. */
export function createLogger(destination?: DestinationStream, level = levelFromEnv()): Logger {
  return pino(
    {
      level,
      base: undefined, // no pid and hostname on every line: the platform adds where it ran
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: "msg",
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: errorForLog, error: errorForLog },
      mixin() {
        const context = currentContext();
        if (!context) return {};
        return context.jobId ? { jobId: context.jobId } : context.requestId ? { requestId: context.requestId } : {};
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const KEY = Symbol.for("dugnad.log");

/** The process's logger. */
export const log: Logger = ((globalThis as Record<symbol, unknown>)[KEY] ??= createLogger()) as Logger;

/** Logs an unexpected error with its message and stack in one JSON line. */
export function logError(message: string, error: unknown, fields: Record<string, unknown> = {}): void {
  log.error({ ...fields, err: error instanceof Error ? error : new Error(String(error)) }, message);
}
