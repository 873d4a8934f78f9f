"use client";

import { ErrorNotice } from "@/components/layout/error-notice";

// Catches what the signed-in layout itself cannot render (e.g. the session check when the database is down).
export default function RootError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="hovedinnhold" className="mx-auto max-w-6xl px-4 py-8">
      <ErrorNotice reset={reset} />
    </main>
  );
}
