import type { Metadata } from "next";
import { SignInProblem } from "@/components/auth/sign-in-problem";
import { nb } from "@/lib/i18n/nb";

export const metadata: Metadata = { title: "Innloggingen mislyktes" };

/** Auth.js's errors (`/api/auth/error?error=…` and failed callbacks) in Norwegian. */
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const { error } = await searchParams;
  const text = error === "AccessDenied" || error === "Verification" ? nb.sso.errors[error] : nb.sso.errors.default;
  return <SignInProblem title={text.title} body={text.body} whomToAsk={nb.sso.whomToAsk} />;
}
