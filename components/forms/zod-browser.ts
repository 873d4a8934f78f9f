// Zod in the browser parses without `new Function`. Zod probes for it when an object schema is
// constructed (to compile fast parsers); under the Content-Security-Policy (no 'unsafe-eval',
// lib/security-headers.ts) the browser reports the refused probe as a violation, and which pages
// construct schemas depends on what their client modules import (a form's own schema, or
// lib/domain/schemas through a domain module). So the switch is set once, before any module runs
// (instrumentation-client.ts), without loading Zod there: Zod keeps its configuration in
// `globalThis.__zod_globalConfig` and takes an object it finds there (zod/v4/core/core.js).
// Importing `config` from Zod instead would add 5.5 kB gzip to every page (measured).
// tests/unit/zod-browser.test.ts proves Zod reads this object.

type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

export function parseWithoutEval(): void {
  const global = globalThis as ZodGlobal;
  (global.__zod_globalConfig ??= {}).jitless = true;
}
