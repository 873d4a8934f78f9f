// Lighthouse (the `lighthouse` npm package) on pages of the running app, with the Chromium the
// tests use (CHROME_PATH, else /usr/bin/chromium), headless and offline: nothing but the app is
// loaded. Signed-in pages get the session cookie as a request header. The desktop preset
// (decision record 033: Dugnad is used at a desk); only performance and accessibility are scored.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { stopGroup } from "./processes";

export interface LighthousePage {
  name: string;
  url: string;
  cookie: string | null;
}

export interface LighthouseScore {
  name: string;
  url: string;
  performance: number;
  accessibility: number;
  /** The accessibility audits that failed, and the performance metrics, for the report. */
  failedAccessibility: string[];
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
}

async function waitForDevtools(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("Chromium did not open its debugging port");
}

/** Scores each page in turn in one headless Chromium on `debuggingPort`. */
export async function lighthouseScores(pages: LighthousePage[], debuggingPort: number): Promise<LighthouseScore[]> {
  const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  const profile = mkdtempSync(path.join(tmpdir(), "dugnad-lighthouse-"));
  const chrome = spawn(
    chromePath,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--no-default-browser-check",
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${debuggingPort}`,
      "about:blank",
    ],
    { stdio: "ignore", detached: true },
  );
  try {
    await waitForDevtools(debuggingPort);
    const scores: LighthouseScore[] = [];
    for (const page of pages) {
      const result = await lighthouse(
        page.url,
        {
          port: debuggingPort,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: page.cookie ? { cookie: page.cookie } : undefined,
          disableStorageReset: false,
        },
        desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${page.url}: ${lhr.runtimeError.message}`);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
      scores.push({
        name: page.name,
        url: page.url,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        failedAccessibility: a11yRefs.filter((r) => r.weight > 0 && lhr.audits[r.id]?.score === 0).map((r) => r.id),
        metrics: {
          fcp: audit("first-contentful-paint"),
          lcp: audit("largest-contentful-paint"),
          tbt: audit("total-blocking-time"),
          cls: audit("cumulative-layout-shift"),
        },
      });
    }
    return scores;
  } finally {
    await stopGroup(chrome, 5_000).catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}
