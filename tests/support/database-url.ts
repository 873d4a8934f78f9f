// Runs in each integration worker before the test files: lib/env.ts and lib/db.ts read
// DATABASE_URL when first imported, so it must name the run's database by then.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
// Sign-in delays of at most 2 seconds (tests/integration/login-throttle.test.ts).
process.env.LOGIN_MAX_DELAY_SECONDS ??= "2";
