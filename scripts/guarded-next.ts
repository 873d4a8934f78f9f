// Next's production build behind the database guard (lib/ops/database-watch.ts), for
// e2e/database-outage.spec.ts until the custom server (scripts/serve.ts) lands, which makes the same
// call before handing a request to Next: `databaseGuard(req, res, () => handle(req, res))`.
// Reads PORT and DATABASE_URL (and whatever the app reads) from the environment; serves the build
// in .next (run `next build` first).
import http from "node:http";
import next from "next";
import { databaseGuard, startDatabaseWatch } from "../lib/ops/database-watch";
import { ROOT } from "./lib/postgres";

const port = Number(process.env.PORT ?? 3000);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is not set.");

async function main(): Promise<void> {
  const watch = startDatabaseWatch({ connectionString: databaseUrl! });
  const app = next({ dev: false, dir: ROOT, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  await watch.ready;
  const server = http.createServer((req, res) => {
    databaseGuard(req, res, () => void handle(req, res));
  });
  server.listen(port, () => console.log(`Serving on http://localhost:${port}`));
  const stop = () => {
    server.close();
    void watch.stop().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
