// Production build of the app, rebuilt only when its sources changed since the last build.
// The hash of the sources is stored in .next/ after a successful build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./processes";
import { ROOT } from "./postgres";

/** Next's CLI, run with this Node rather than through npx (one process less to stop). */
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const NEXT_DIR = path.join(ROOT, ".next");
const HASH_FILE = path.join(NEXT_DIR, "dugnad-source-hash");

// What goes into the build. Directories are walked; tests and generated code are skipped
// (lib/generated is derived from prisma/schema.prisma, which is hashed itself).
const SOURCE_DIRS = ["app", "components", "lib", "public", "types", "styles", "messages"];
const SKIP = /(^|\/)(lib\/generated|node_modules)(\/|$)|\.test\.tsx?$/;
const ROOT_FILES =
  /^(next\.config|postcss\.config|tailwind\.config|tsconfig|proxy|middleware|instrumentation|instrumentation-client|auth|auth\.config)\.[cm]?[jt]sx?$|^(tsconfig\.json|package\.json|package-lock\.json)$/;

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (SKIP.test(rel)) continue;
    if (entry.isDirectory()) walk(rel, out);
    else if (entry.isFile()) out.push(rel);
  }
}

/** A hash of every file the production build depends on (paths and contents). */
export function sourceHash(): string {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) if (existsSync(path.join(ROOT, dir))) walk(dir, files);
  files.push(...readdirSync(ROOT).filter((n) => ROOT_FILES.test(n) && statSync(path.join(ROOT, n)).isFile()));
  files.push("prisma/schema.prisma");
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(ROOT, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** True when there is no production build or its sources changed since. */
export function buildIsStale(hash = sourceHash()): boolean {
  if (!existsSync(path.join(NEXT_DIR, "BUILD_ID")) || !existsSync(HASH_FILE)) return true;
  return readFileSync(HASH_FILE, "utf8").trim() !== hash;
}

/** Runs `next build` when the build is missing or stale; throws when the build fails. */
export async function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  const hash = sourceHash();
  if (!buildIsStale(hash)) {
    console.log("Production build is up to date.");
    return;
  }
  console.log("Building the app (next build)…");
  const code = await run(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env });
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  writeFileSync(HASH_FILE, `${hash}\n`);
}
