// Runs once when the server starts (next start, next dev): in production, refuse to serve while any
// account can be signed in to with the demo password printed in the README.
import { env } from "@/lib/env";

export async function register(): Promise<void> {
  if (env.NEXT_RUNTIME !== "nodejs" || env.DUGNAD_DEMO) return;
  const { accountsWithDemoPassword } = await import("@/lib/data/demo-accounts");
  const found = await accountsWithDemoPassword();
  if (found.length === 0) return;
  console.error(
    `Dugnad will not start: ${found.length} account(s) have the demo password (${found.slice(0, 5).join(", ")}${found.length > 5 ? ", …" : ""}).\n` +
      "This database holds demo data. Use another database for production, or set DUGNAD_DEMO=1 to run it as a demo.",
  );
  process.exit(1);
}
