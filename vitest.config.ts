// Two projects: `unit` (no database) and `integration` (a throwaway PostgreSQL database per run,
// see tests/support/global-setup.ts). npm run test:unit / test:integration run one of them.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: [
    { find: /^@\//, replacement: `${root}/` },
    // lib/db.ts imports "server-only", which throws outside React Server Components.
    { find: /^server-only$/, replacement: path.join(root, "tests", "support", "empty-module.ts") },
  ],
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          exclude: ["lib/generated/**", "node_modules/**"],
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/database-url.ts"],
          // The test files share one database: run them one at a time.
          fileParallelism: false,
          // Prisma's schema engine (WebAssembly) is an ES module importing its .wasm file.
          execArgv: ["--experimental-wasm-modules", "--no-warnings=ExperimentalWarning"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
