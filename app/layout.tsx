import type { Metadata } from "next";
import localFont from "next/font/local";
import { connection } from "next/server";
import { LocaleProvider } from "@/components/i18n/locale-provider";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { shellTexts } from "@/lib/i18n/shell";
import "./globals.css";

// Inter from npm (@fontsource-variable/inter): nothing is fetched from the internet.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTexts(shellTexts);
  return { title: { default: "Dugnad", template: "%s – Dugnad" }, description: t.description };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, none prerendered at build: its scripts carry the nonce of
  // this response's Content-Security-Policy (proxy.ts), which a page built once could not know.
  await connection();
  const locale = await requestLocale();
  return (
    <html lang={locale} className={inter.variable} data-color-scheme="light">
      <body>
        <LocaleProvider locale={locale}>{children}</LocaleProvider>
      </body>
    </html>
  );
}
