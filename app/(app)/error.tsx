"use client";

import { ErrorNotice } from "@/components/layout/error-notice";

// Shown instead of a crash when a page cannot be rendered, e.g. when the database is down.
export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorNotice reset={reset} />;
}
