// What the e2e server (scripts/e2e-server.ts) tells the specs about itself: its database's URL and
// AUTH_SECRET, in .data/e2e-<port>.json while it runs.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface E2eEnv {
  DATABASE_URL: string;
  AUTH_SECRET: string;
}

export const e2eEnvFile = (port: number) => path.join(import.meta.dirname, "..", "..", ".data", `e2e-${port}.json`);

export function readE2eEnv(port = Number(process.env.E2E_PORT ?? 3100)): E2eEnv {
  return JSON.parse(readFileSync(e2eEnvFile(port), "utf8")) as E2eEnv;
}
