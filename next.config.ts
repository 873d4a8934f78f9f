import type { NextConfig } from "next";
// Validates the configuration at build and start: a bad environment fails early.
import "./lib/env";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // pdfkit reads its own font metrics from disk at run time (the letter font too, see letter-pdf.ts);
  // exceljs is a large CommonJS package, loaded as it is rather than bundled.
  serverExternalPackages: ["pdfkit", "exceljs"],
  // The figures import posts a CSV/XLSX file to a server action (checked again to be at most 2 MB).
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
