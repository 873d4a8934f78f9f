// Runs once when the server starts (scripts/serve.ts, next dev): in production, refuse to serve while any
// account can be signed in to with the demo password printed in the README; then start the
// background worker in this process unless DUGNAD_WORKER=0 (issue 12: `npm run worker` runs it
// alone). `process.env.NEXT_RUNTIME` is read literally, as Next replaces it at build time: the edge
// bundle then leaves all of this out.
// The outcome is reported (lib/ops/startup.ts): the custom server listens only once it succeeded.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportStartup } = await import("@/lib/ops/startup");
  await reportStartup(async () => {
    const { env } = await import("@/lib/env");
    if (!env.DUGNAD_DEMO) {
      const { refuseToStartWithDemoPasswords } = await import("@/lib/data/demo-accounts");
      await refuseToStartWithDemoPasswords();
    }
    const { startInProcessWorker } = await import("@/lib/jobs/in-process");
    await startInProcessWorker();
  });
}
