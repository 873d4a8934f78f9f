// How the launchers (npm start, the e2e server, the benchmark) start the production server:
// scripts/serve.ts through tsx, with this Node, without the react-server condition.
import path from "node:path";
import { ROOT } from "./postgres";

export const SERVE_SCRIPT = path.join(ROOT, "scripts", "serve.ts");

/** The command and arguments that run the production server on `port` (it reads PORT). */
export function appServerCommand(): { command: string; args: string[] } {
  return { command: process.execPath, args: ["--import", "tsx", SERVE_SCRIPT] };
}
