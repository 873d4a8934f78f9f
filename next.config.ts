import type { NextConfig } from "next";
// Validates the configuration at build and start: a bad environment fails early.
import "./lib/env";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // pdfkit reads its own font metrics from disk at run time (the letter font too, see letter-pdf.ts).
  serverExternalPackages: ["pdfkit"],
};

export default nextConfig;
