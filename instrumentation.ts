// Runs once when the server starts (next start, next dev): in production, refuse to serve while any
// account can be signed in to with the demo password printed in the README.
import { env } from "@/lib/env";

export async function register(): Promise<void> {
  if (env.NEXT_RUNTIME !== "nodejs" || env.DUGNAD_DEMO) return;
  const { refuseToStartWithDemoPasswords } = await import("@/lib/data/demo-accounts");
  await refuseToStartWithDemoPasswords();
}
