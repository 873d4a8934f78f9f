// Autosave scheduling, free of React: debounce the latest value, never two saves in flight,
// and save the newest value (only) once the running save is done. A save that could not reach the
// service (the save function returns RETRY, or throws) is tried again with backoff (1, 2, 4, 8,
// then every 10 s) until it goes through, unless a newer value has been scheduled meanwhile (that
// one is saved instead: it holds the whole content).

/** What a save function returns when the value did not reach the server and should be tried again. */
export const RETRY = "retry" as const;

/** Waits between attempts to save a value that did not reach the server (the last one repeats). */
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 10_000] as const;

export interface SaveQueue<T> {
  /** A new value to save after the debounce delay (replaces any value still waiting). */
  schedule(value: T): void;
  /** Save the waiting value now (after the running save, if any); resolves when nothing is waiting or running. */
  flush(): Promise<void>;
  /** Forget the waiting value and its timer (a running save still finishes). */
  cancel(): void;
  /** Stop saving (e.g. on a conflict); scheduled values are kept but not saved until resume(). */
  pause(): void;
  resume(): void;
  /** Resolves when no save is running and none is due. */
  idle(): Promise<void>;
  readonly pending: boolean;
  readonly saving: boolean;
  readonly paused: boolean;
  /** Failed attempts in a row that are waiting to be tried again (0 once a save goes through). */
  readonly retries: number;
  dispose(): void;
}

export function createSaveQueue<T>(options: {
  delayMs: number;
  /** Resolves with RETRY when the value should be tried again; throwing counts as RETRY too. */
  save: (value: T) => Promise<unknown>;
  retryDelaysMs?: readonly number[];
}): SaveQueue<T> {
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const NONE = Symbol("none");
  let waiting: T | typeof NONE = NONE;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let due = false;
  let paused = false;
  let disposed = false;
  let idleWaiters: (() => void)[] = [];
  let retries = 0;

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const settleIdle = () => {
    if (running || (waiting !== NONE && due && !paused && !disposed)) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  const drain = () => {
    if (waiting === NONE) due = false;
    if (running || paused || disposed || waiting === NONE || !due) {
      settleIdle();
      return;
    }
    const value = waiting;
    waiting = NONE;
    due = false;
    running = (async () => {
      let retry: boolean;
      try {
        retry = (await options.save(value)) === RETRY;
      } catch {
        // The save function reports its own failures; one that throws did not reach the server.
        retry = true;
      }
      if (!retry) {
        retries = 0;
        return;
      }
      retries += 1;
      if (disposed || waiting !== NONE) return; // a newer value replaces this one (after its own delay)
      waiting = value;
      if (paused) return;
      const delay = retryDelays[Math.min(retries, retryDelays.length) - 1] ?? options.delayMs;
      clearTimer();
      timer = setTimeout(() => {
        timer = null;
        due = true;
        drain();
      }, delay);
    })().finally(() => {
      running = null;
      drain();
    });
  };

  return {
    schedule(value) {
      if (disposed) return;
      waiting = value;
      clearTimer();
      if (paused) return;
      timer = setTimeout(() => {
        timer = null;
        due = true;
        drain();
      }, options.delayMs);
    },
    flush() {
      clearTimer();
      if (waiting !== NONE) due = true;
      const done = new Promise<void>((resolve) => idleWaiters.push(resolve));
      drain();
      return done;
    },
    cancel() {
      clearTimer();
      waiting = NONE;
      due = false;
      settleIdle();
    },
    pause() {
      paused = true;
      clearTimer();
      settleIdle();
    },
    resume() {
      paused = false;
    },
    idle() {
      const done = new Promise<void>((resolve) => idleWaiters.push(resolve));
      settleIdle();
      return done;
    },
    get pending() {
      return waiting !== NONE;
    },
    get saving() {
      return running !== null;
    },
    get paused() {
      return paused;
    },
    get retries() {
      return retries;
    },
    dispose() {
      disposed = true;
      clearTimer();
      waiting = NONE;
      settleIdle();
    },
  };
}
