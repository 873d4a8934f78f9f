// The app's log (issue 15): JSON lines on stdout (pino), one object per line, each with the
// request id of the request it belongs to, or the job id of the job. No personal data and no
// figures: names, e-mail addresses, passwords, cookies and tokens are censored wherever they turn
// up in a logged object, and callers log ids and kinds, never people. The level comes from
// LOG_LEVEL (trace, debug, info, warn, error, fatal, silent; default info).
// Loaded by the custom server (scripts/serve.ts) and from Next's bundles alike: the one logger
// lives on globalThis. No "server-only", @/lib/db or @/lib/env here.
import pino, { type DestinationStream, type Logger } from "pino";
import { currentContext } from "./ops/request-context";

/** Keys whose values are censored wherever they turn up in a logged object (any case, any depth). */
const SENSITIVE = ["email", "to", "cc", "bcc", "name", "password", "newPassword", "token", "secret", "cookie", "authorization", "headers", "body", "text", "html"];
const SENSITIVE_KEYS = new Set(SENSITIVE.map((key) => key.toLowerCase()));
const REDACTED = "[redacted]";
/** How deep a logged object is followed; anything deeper is left out. */
const MAX_DEPTH = 8;

// The local part without "/", "?", "=", "&" and "#" (allowed there, but unheard of): an address in
// a URL's query string is censored, not the URL before it.
const EMAIL_ADDRESS = /[^\s<>()[\]"'@,;:/?=&#]{1,64}@[^\s<>()[\]"'@,;:]{1,255}\.[A-Za-z]{2,24}/g;
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

/**
 * A value of a logged object as the line carries it: the values of sensitive keys censored at any
 * depth, e-mail addresses censored in every string, an error as `errorForLog` has it, cycles and
 * anything deeper than MAX_DEPTH cut off. Hand-written rather than pino's `redact` (fast-redact):
 * its paths name each level (`*.email`), and no path reaches every depth.
 */
function withoutPersonalData(value: unknown, depth = 0, path: object[] = []): unknown {
  if (typeof value === "string") return withoutAddresses(value);
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Error) return errorForLog(value);
  if (value instanceof Date) return value;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`;
  // A URL, a decimal: what JSON would write of it.
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") return withoutPersonalData(toJSON.call(value), depth + 1, path);
  if (path.includes(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[too deep]";
  path.push(value);
  try {
    if (Array.isArray(value)) return value.map((item) => withoutPersonalData(item, depth + 1, path));
    const logged: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) logged[key] = SENSITIVE_KEYS.has(key.toLowerCase()) ? REDACTED : withoutPersonalData(item, depth + 1, path);
    return logged;
  } finally {
    path.pop();
  }
}

/** The object of one log line: as `withoutPersonalData` has it, but the error keys, which the serializers take. */
function logObject({ err, error, ...rest }: Record<string, unknown>): Record<string, unknown> {
  const logged = withoutPersonalData(rest) as Record<string, unknown>;
  if (err !== undefined) logged.err = err;
  if (error !== undefined) logged.error = error;
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
      formatters: { level: (label) => ({ level: label }), log: logObject },
      serializers: { err: errorForLog, error: errorForLog },
      // The message too: e-mail addresses censored (callers write kinds and ids, this is the net).
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === "string" ? withoutAddresses(arg) : arg)) as Parameters<typeof method>);
        },
      },
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
