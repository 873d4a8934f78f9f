import Link from "next/link";
import { getTexts } from "@/lib/i18n/server";
import { shellTexts } from "@/lib/i18n/shell";

export default async function NotFound() {
  const t = (await getTexts(shellTexts)).notFound;
  return (
    <main id="hovedinnhold" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="mb-4 text-2xl font-semibold">{t.title}</h1>
      <p className="mb-4">{t.body}</p>
      <Link href="/">{t.home}</Link>
    </main>
  );
}
