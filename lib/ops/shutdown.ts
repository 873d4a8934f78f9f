// Graceful stop (issue 15): what must be stopped before the process exits, in order. The custom
// server (scripts/serve.ts) stops taking requests, lets those in flight finish, then runs these
// hooks (the in-process worker finishes its jobs, then Prisma disconnects) and exits. Hooks are
// registered from Next's bundles and run by the server: the list lives on globalThis.
// No "server-only", @/lib/db or @/lib/env here.

export interface ShutdownHook {
  name: string;
  /** Lower runs first: the worker (10) before the database (90). */
  order: number;
  run: () => Promise<void>;
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
export async function runShutdownHooks(onError: (name: string, error: unknown) => void = () => {}, onDone: (name: string) => void = () => {}): Promise<void> {
  const ordered = [...hooks().values()].sort((a, b) => a.order - b.order);
  for (const hook of ordered) {
    try {
      await hook.run();
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
