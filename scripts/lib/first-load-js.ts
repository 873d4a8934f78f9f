// First-load JavaScript of an app route, read from the production build (Next 16 no longer prints
// it): the chunks a browser loads for the first visit to the route, each gzipped, summed.
// Which chunks: the build's root main files (the runtime, React, the router: .next/build-manifest.json
// `rootMainFiles`) and every chunk the route's client-reference manifest names for its entries (its
// page, its layouts and their error and not-found boundaries: `entryJSFiles`). Polyfills are left
// out: they are loaded with `nomodule`, so no current browser fetches them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

export interface FirstLoad {
  route: string;
  /** Every chunk with its gzip size in bytes, largest first. */
  chunks: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

/** The chunks every page of the build loads (Next's runtime, React, the router). */
export function rootMainFiles(nextDir: string): string[] {
  return (JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] }).rootMainFiles;
}

/** `appRoute` as the build names it, e.g. "/(app)/dashbord/page". */
export function firstLoadJs(nextDir: string, appRoute: string): FirstLoad {
  const manifestFile = path.join(nextDir, "server", "app", `${appRoute}_client-reference-manifest.js`);
  if (!existsSync(manifestFile)) throw new Error(`No client reference manifest for ${appRoute} in ${nextDir}`);
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[route]; run it in a sandbox.
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
  if (!manifest) throw new Error(`The client reference manifest of ${appRoute} is empty`);
  const files = new Set<string>(rootMainFiles(nextDir));
  for (const chunks of Object.values(manifest.entryJSFiles)) for (const c of chunks) files.add(c);
  const chunks = [...files]
    .filter((f) => f.endsWith(".js"))
    .map((file) => ({ file, gzipBytes: gzipSync(readFileSync(path.join(nextDir, file)), { level: 9 }).length }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { route: appRoute, chunks, gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0) };
}
