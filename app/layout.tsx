import type { Metadata } from "next";
import localFont from "next/font/local";
import "./globals.css";

// Inter from npm (@fontsource-variable/inter): nothing is fetched from the internet.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Dugnad", template: "%s – Dugnad" },
  description: "Oppfølging av inkluderingsdugnaden i departementssektoren",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nb" className={inter.variable} data-color-scheme="light">
      <body>{children}</body>
    </html>
  );
}
