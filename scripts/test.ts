// npm test — every test suite: vitest (unit + integration) then Playwright (e2e), ending with one
// line "N passed, N failed" over both. Exits non-zero when anything failed.
//   --only unit | integration | e2e   runs one suite.
// Playwright needs Chromium: CHROMIUM_PATH, a system Chromium, or Playwright's own download;
// when there is none it installs one (apt-get as root on Debian, else `npx playwright install`).
// The integration tests validate the archive's arkivmelding with xmllint: when it is missing it is
// installed the same way (Debian's libxml2-utils, as root).
import { chromium } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "./lib/postgres";

const { values } = parseArgs({ options: { only: { type: "string" } } });
const only = values.only;
if (only && !["unit", "integration", "e2e"].includes(only)) {
  console.error(`--only takes unit, integration or e2e (got "${only}").`);
  process.exit(2);
}

const reports = mkdtempSync(path.join(os.tmpdir(), "dugnad-test-"));
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

/** Runs a command with the terminal; true when it succeeded. */
function sh(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env });
  return result.status === 0;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    chromium.executablePath(), // Playwright's own download, if any
  ];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const debian = existsSync("/usr/bin/apt-get");
  if (debian && process.getuid?.() === 0) {
    console.log("No Chromium found: installing Debian's chromium package…");
    sh("apt-get", ["update"]);
    sh("apt-get", ["install", "-y", "chromium"], { ...process.env, DEBIAN_FRONTEND: "noninteractive" });
  } else if (!debian) {
    console.log("No Chromium found: installing Playwright's Chromium…");
    sh("npx", ["playwright", "install", "chromium"]);
  }
  const installed = findChromium();
  if (installed) return installed;
  console.error(
    "No Chromium for the e2e tests: set CHROMIUM_PATH, or install Chromium (as root: apt-get install chromium).",
  );
  process.exit(1);
}

const hasXmllint = () => !spawnSync("xmllint", ["--version"], { stdio: "ignore" }).error;

/** xmllint for the integration tests (the Noark 5 package is validated against its schema). */
function ensureXmllint(): void {
  if (hasXmllint()) return;
  if (existsSync("/usr/bin/apt-get") && process.getuid?.() === 0) {
    console.log("No xmllint found: installing Debian's libxml2-utils package…");
    sh("apt-get", ["update"]);
    sh("apt-get", ["install", "-y", "libxml2-utils"], { ...process.env, DEBIAN_FRONTEND: "noninteractive" });
  }
  if (hasXmllint()) return;
  console.error("No xmllint for the integration tests: install it (as root: apt-get install libxml2-utils).");
  process.exit(1);
}

let passed = 0;
let failed = 0;
let ok = true;

// vitest: its own output on the terminal, plus a JSON report for the totals.
if (only !== "e2e") {
  if (only !== "unit") ensureXmllint();
  const file = path.join(reports, "vitest.json");
  const projects = only ? ["--project", only] : [];
  const success = sh(bin("vitest"), ["run", ...projects, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(file);
  passed += report?.numPassedTests ?? 0;
  failed += report?.numFailedTests ?? 0;
  if (!success && !report?.numFailedTests) failed += 1; // it failed before or beside the tests
  ok &&= success;
}

// Playwright: list reporter on the terminal, JSON report for the totals.
if (!only || only === "e2e") {
  const file = path.join(reports, "playwright.json");
  const env = { ...process.env, CHROMIUM_PATH: ensureChromium(), PLAYWRIGHT_JSON_OUTPUT_NAME: file };
  const success = sh(bin("playwright"), ["test", "--reporter=list,json"], env);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(file);
  passed += (report?.stats.expected ?? 0) + (report?.stats.flaky ?? 0);
  failed += report?.stats.unexpected ?? 0;
  if (!success && !report?.stats.unexpected) failed += 1;
  ok &&= success;
}

rmSync(reports, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
