// ESLint: Next's recommended rules (React, hooks, accessibility, Next) and TypeScript's, plus the
// project's layer rules (../shared/DESIGN.md §3): app → components → lib; a client component gets
// its server action as a prop, never from app/; lib never imports components; lib/domain is pure.
import next from "eslint-config-next";
import nextTypescript from "eslint-config-next/typescript";

const layer = (files, patterns) => ({ files, rules: { "no-restricted-imports": ["error", { paths: [designsystemetIndex], patterns }] } });
// Designsystemet's React index is one "use client" barrel that would put the whole package into
// every page's JavaScript: components/ds/ has each component on its own (decision record 035).
const designsystemetIndex = {
  name: "@digdir/designsystemet-react",
  allowTypeImports: true,
  message: "Import Designsystemet's components from @/components/ds/* (the package index ships all of it to the browser).",
};
const fromApp = { group: ["@/app/*"], message: "Pass server actions to components as props from the page; nothing outside app/ imports from it." };
const fromComponents = { group: ["@/components/*"], message: "lib/ never imports components/: dependencies point one way." };
const impure = {
  group: ["@/lib/data/*", "@/lib/db", "@/lib/auth/*", "@/lib/generated/*", "@/lib/documents/*", "next/*", "react", "react-dom", "server-only"],
  message: "lib/domain is pure TypeScript: rules, schemas and formats, no I/O and no framework.",
};

const config = [
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  ...next,
  ...nextTypescript,
  layer(["app/**"], []),
  layer(["components/**", "lib/**"], [fromApp]),
  layer(["lib/**"], [fromApp, fromComponents]),
  layer(["lib/domain/**"], [fromApp, fromComponents, impure]),
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  // Playwright's fixtures call their `use` callback, which is not React's `use`.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
];

export default config;
