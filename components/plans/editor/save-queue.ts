// Autosave scheduling, free of React: debounce the latest value, never two saves in flight,
// and save the newest value (only) once the running save is done.

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
  dispose(): void;
}

export function createSaveQueue<T>(options: { delayMs: number; save: (value: T) => Promise<unknown> }): SaveQueue<T> {
  const NONE = Symbol("none");
  let waiting: T | typeof NONE = NONE;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let due = false;
  let paused = false;
  let disposed = false;
  let idleWaiters: (() => void)[] = [];

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
      try {
        await options.save(value);
      } catch {
        // The save function reports its own failures; the queue only keeps order.
      }
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
    dispose() {
      disposed = true;
      clearTimer();
      waiting = NONE;
      settleIdle();
    },
  };
}
