"use client";

// Last resort when even the layout fails (for example when the database is down during sign-in checks).
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="nb">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <main>
          <h1>Dugnad er midlertidig utilgjengelig</h1>
          <p>Tjenesten får ikke kontakt med databasen akkurat nå. Ingen data er tapt. Prøv igjen om litt.</p>
          <button type="button" onClick={reset}>
            Prøv igjen
          </button>
        </main>
      </body>
    </html>
  );
}
