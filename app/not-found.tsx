import Link from "next/link";

export default function NotFound() {
  return (
    <main id="hovedinnhold" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="mb-4 text-2xl font-semibold">Fant ikke siden</h1>
      <p className="mb-4">Siden finnes ikke, eller du har ikke tilgang til den.</p>
      <Link href="/">Til forsiden</Link>
    </main>
  );
}
