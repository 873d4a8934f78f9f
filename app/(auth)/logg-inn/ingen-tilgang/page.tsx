import type { Metadata } from "next";
import { SignInProblem } from "@/components/auth/sign-in-problem";
import { ssoRefusalFromSlug } from "@/lib/domain/sso-identity";
import { nb } from "@/lib/i18n/nb";

export const metadata: Metadata = { title: "Ingen tilgang" };

/** Where single sign-on sends a person it did not let in (lib/data/sso.ts says why). */
export default async function NoAccessPage({ searchParams }: { searchParams: Promise<{ grunn?: string | string[] }> }) {
  const { grunn } = await searchParams;
  const text = nb.sso.refusals[ssoRefusalFromSlug(grunn)];
  return <SignInProblem title={text.title} body={text.body} whomToAsk={nb.sso.whomToAsk} />;
}
