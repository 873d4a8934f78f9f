// Runs in the browser before the app's own code (Next's instrumentation-client convention).
// Zod compiles object parsers with `new Function` and probes for it when the first schema is
// built; under the Content-Security-Policy (no 'unsafe-eval', lib/security-headers.ts) the probe is
// refused and reported as a violation. Parsing without it is what Zod falls back to anyway.
import { config } from "zod";

config({ jitless: true });
