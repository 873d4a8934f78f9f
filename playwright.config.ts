// End-to-end tests against the production build, served by scripts/e2e-server.ts on a throwaway,
// seeded database. `npm test` (scripts/test.ts) finds Chromium and sets CHROMIUM_PATH.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { testOidcPort } from "./scripts/lib/test-oidc";

// E2E_PORT lets two checkouts run their suites side by side (scripts/e2e-server.ts reads it too).
const PORT = Number(process.env.E2E_PORT ?? 3100);
// localhost, not 127.0.0.1: Auth.js builds its callback URLs with localhost, and cookies follow.
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 30_000,
  use: {
    baseURL,
    locale: "nb-NO",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // npm test sets CHROMIUM_PATH; a plain `npx playwright test` falls back to Debian's Chromium.
          executablePath: process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // The OpenID provider single sign-on is tested against (scripts/lib/test-oidc.ts).
      command: "node --import tsx scripts/test-oidc-provider.ts",
      url: `http://127.0.0.1:${testOidcPort()}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: "node --import tsx scripts/e2e-server.ts",
      url: `${baseURL}/api/ready`,
      // The first run builds the app (next build) before serving.
      timeout: 480_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      // Let the server stop Next, drop its database and stop PostgreSQL.
      gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    },
  ],
});
