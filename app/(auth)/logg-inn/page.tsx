import type { Metadata } from "next";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Logg inn" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  let next = "/";
  try {
    if (callbackUrl) next = new URL(callbackUrl, "http://localhost").pathname;
  } catch {
    next = "/";
  }
  return (
    <main id="hovedinnhold" className="mx-auto mt-16 max-w-md px-4">
      <Heading level={1} data-size="lg" className="mb-2">
        Logg inn i Dugnad
      </Heading>
      <Paragraph className="mb-6">
        Oppfølging av inkluderingsdugnaden: handlingsplaner, tillegg til tildelingsbrev og nytilsettinger.
      </Paragraph>
      <LoginForm next={next} />
    </main>
  );
}
