import type { Metadata } from "next";
import { SignInProblem } from "@/components/auth/sign-in-problem";
import { authTexts } from "@/lib/i18n/auth";
import { commonTexts } from "@/lib/i18n/common";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(authTexts)).signInFailedTitle };
}

/** Auth.js's errors (`/api/auth/error?error=…` and failed callbacks) in plain words. */
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const { error } = await searchParams;
  const locale = await requestLocale();
  const sso = textsIn(commonTexts, locale).sso;
  const text = error === "AccessDenied" || error === "Verification" ? sso.errors[error] : sso.errors.default;
  return <SignInProblem title={text.title} body={text.body} whomToAsk={sso.whomToAsk} back={textsIn(authTexts, locale).backToSignIn} />;
}
