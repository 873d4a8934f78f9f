import type { Metadata } from "next";
import { SignInProblem } from "@/components/auth/sign-in-problem";
import { ssoRefusalFromSlug } from "@/lib/domain/sso-identity";
import { authTexts } from "@/lib/i18n/auth";
import { commonTexts } from "@/lib/i18n/common";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(authTexts)).noAccessTitle };
}

/** Where single sign-on sends a person it did not let in (lib/data/sso.ts says why). */
export default async function NoAccessPage({ searchParams }: { searchParams: Promise<{ grunn?: string | string[] }> }) {
  const { grunn } = await searchParams;
  const locale = await requestLocale();
  const sso = textsIn(commonTexts, locale).sso;
  const text = sso.refusals[ssoRefusalFromSlug(grunn)];
  return <SignInProblem title={text.title} body={text.body} whomToAsk={sso.whomToAsk} back={textsIn(authTexts, locale).backToSignIn} />;
}
