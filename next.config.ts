import type { NextConfig } from "next";
// Validates the configuration at build and start: a bad environment fails early.
import { env } from "./lib/env";
import { nextConfigSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // pdfkit reads its own font metrics from disk at run time (the letter font too, see letter-pdf.ts);
  // exceljs is a large CommonJS package, loaded as it is rather than bundled.
  // pg-boss, nodemailer and smtp-server open their own connections and are loaded as they are.
  // pdfjs-dist (the letter import reads PDFs) imports its worker module at run time.
  serverExternalPackages: ["pdfkit", "exceljs", "pg-boss", "nodemailer", "pdfjs-dist"],
  // The figures import posts a CSV/XLSX file to a server action (checked again to be at most 2 MB);
  // attachments and plans from Word post up to ATTACHMENT_MAX_MB (checked again by content and size).
  // Next stops reading a body past this limit, before the action runs.
  experimental: { serverActions: { bodySizeLimit: `${Math.max(3, env.ATTACHMENT_MAX_MB + 1)}mb` } },
  // The security headers of every response, files and redirects included (lib/security-headers.ts);
  // proxy.ts replaces the Content-Security-Policy of pages with one carrying a per-request nonce.
  // Fixed at build time (Next stores them in the routes manifest), so they read no configuration.
  async headers() {
    return nextConfigSecurityHeaders();
  },
};

export default nextConfig;
