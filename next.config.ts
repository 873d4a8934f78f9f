import type { NextConfig } from "next";
// Validates the configuration at build and start: a bad environment fails early.
import "./lib/env";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
