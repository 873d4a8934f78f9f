// Zod in the browser. Zod compiles object parsers with `new Function` and probes for it when the
// first schema is parsed; under the Content-Security-Policy (no 'unsafe-eval',
// lib/security-headers.ts) the probe is refused and reported as a violation. Parsing without it
// is what Zod falls back to anyway. Every client module that parses imports this first (the
// forms through ./zod-resolver.ts), rather than instrumentation-client.ts loading Zod on every
// page, forms or not.
import { config } from "zod";

config({ jitless: true });
