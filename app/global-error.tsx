"use client";

import { globalErrorTexts } from "@/lib/i18n/shell";

// Last resort when even the layout fails (for example when the database is down during sign-in checks).
// It replaces the root layout, so there is no request and no chosen language to ask: it says it in
// bokmål and in English, the English part marked with its language (WCAG 3.1.2).
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  const { nb, en } = globalErrorTexts;
  return (
    <html lang="nb">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <main>
          <h1>{nb.title}</h1>
          <p>{nb.body}</p>
          <div lang="en">
            <h2>{en.title}</h2>
            <p>{en.body}</p>
          </div>
          <button type="button" onClick={reset}>
            {nb.retry} <span lang="en">/ {en.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
