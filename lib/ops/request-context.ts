// The request's context (issue 15): a request id for every log line, carried through everything a
// request sets off by an AsyncLocalStorage. The custom server (scripts/serve.ts) opens the context;
// code in Next's bundles reads it. Both load this module separately (the server through tsx, Next
// from its bundle), so the storage lives on globalThis. No "server-only", @/lib/db or @/lib/env here.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export interface RequestContext {
  /** The request's id: the caller's X-Request-Id when it is a sane token, else a fresh UUID. */
  requestId?: string;
  /** A background job's id (jobs run outside any request). */
  jobId?: string;
}

const KEY = Symbol.for("dugnad.requestContext");
const store = ((globalThis as Record<symbol, unknown>)[KEY] ??= new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>;

/** Letters, digits and `-_.:`, 8 to 128 of them: enough for UUIDs and proxies' ids, nothing to inject. */
const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The caller's request id when it is a sane token, else a new one. */
export function requestIdFrom(header: string | string[] | undefined | null): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_ID.test(value) ? value : randomUUID();
}

/** Runs `fn` with `context` as the current context. */
export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return store.run(context, fn);
}

/** The current request's or job's context, if any. */
export function currentContext(): RequestContext | undefined {
  return store.getStore();
}
