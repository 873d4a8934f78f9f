// Graceful stop (issue 15): what must be stopped before the process exits, in order. The custom
// server (scripts/serve.ts) stops taking requests, lets those in flight finish, then runs these
// hooks (the in-process worker finishes its jobs, then Prisma disconnects) and exits. Hooks are
// registered from Next's bundles and run by the server: the list lives on globalThis.
// No "server-only", @/lib/db or @/lib/env here.

export interface ShutdownHook {
  name: string;
  /** Lower runs first: the worker (10) before the database (90). */
  order: number;
  /** `msLeft`: the time left before the server gives up on the graceful stop and exits 1. */
  run: (msLeft: number) => Promise<void>;
}

/** The longest a graceful stop may take when SHUTDOWN_TIMEOUT_MS is not set. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 25_000;

/**
 * SHUTDOWN_TIMEOUT_MS: blank or unset is the default; anything but a whole number of milliseconds
 * from 1,000 to 600,000 stops the start with a message (read by scripts/serve.ts, outside lib/env.ts).
 */
export function shutdownTimeoutMs(value: string | undefined): number {
  const text = (value ?? "").trim();
  if (text === "") return DEFAULT_SHUTDOWN_TIMEOUT_MS;
  if (!/^\d+$/.test(text) || Number(text) < 1_000 || Number(text) > 600_000) {
    throw new Error(`SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 600000, not "${text}"`);
  }
  return Number(text);
}

export interface RunShutdownOptions {
  /** When the server gives up (epoch ms); each hook is told the time left. */
  deadline?: number;
  onError?: (name: string, error: unknown) => void;
  onDone?: (name: string) => void;
}

const KEY = Symbol.for("dugnad.shutdownHooks");
const SERVER_KEY = Symbol.for("dugnad.customServer");
const globals = globalThis as Record<symbol, unknown>;

function hooks(): Map<string, ShutdownHook> {
  return (globals[KEY] ??= new Map<string, ShutdownHook>()) as Map<string, ShutdownHook>;
}

/** Registers (or replaces, by name) a hook run on graceful shutdown. */
export function onShutdown(hook: ShutdownHook): void {
  hooks().set(hook.name, hook);
}

/** Runs every hook in order; a hook that fails is reported to `onError` and the rest still run. */
export async function runShutdownHooks({ deadline = Date.now() + DEFAULT_SHUTDOWN_TIMEOUT_MS, onError = () => {}, onDone = () => {} }: RunShutdownOptions = {}): Promise<void> {
  const ordered = [...hooks().values()].sort((a, b) => a.order - b.order);
  for (const hook of ordered) {
    try {
      await hook.run(Math.max(0, deadline - Date.now()));
      onDone(hook.name);
    } catch (error) {
      onError(hook.name, error);
    }
  }
}

/** Marks this process as run by the custom server, which then owns SIGTERM. */
export function markCustomServer(): void {
  globals[SERVER_KEY] = true;
}

/** True under scripts/serve.ts; false under `next dev` / `next start`, where each part handles SIGTERM itself. */
export function underCustomServer(): boolean {
  return globals[SERVER_KEY] === true;
}
