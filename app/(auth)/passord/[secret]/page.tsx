import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { setPasswordLinkFor } from "@/lib/data/passwords";
import { formatDateTime } from "@/lib/domain/format";
import { INVITATION_SECRET } from "@/lib/domain/sso-identity";
import { oidc, passwordSignIn } from "@/lib/env";
import { authTexts } from "@/lib/i18n/auth";
import { commonTexts } from "@/lib/i18n/common";
import { textsIn } from "@/lib/i18n/messages";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { setPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(authTexts)).setPasswordTitle, referrer: "no-referrer" };
}

/** The one-time link an administrator passed on: the person sets their own password, or links single sign-on. */
export default async function SetPasswordPage({ params }: { params: Promise<{ secret: string }> }) {
  const { secret } = await params;
  const link = INVITATION_SECRET.test(secret) ? await setPasswordLinkFor(secret) : null;
  const locale = await requestLocale();
  const t = textsIn(authTexts, locale);
  return (
    <main id="hovedinnhold" className="mx-auto mt-16 flex max-w-md flex-col gap-6 px-4">
      <Heading level={1} data-size="lg">
        {passwordSignIn ? t.setPasswordHeading : t.firstSignInHeading}
      </Heading>
      {!link ? (
        <>
          <Alert data-color="warning">{textsIn(commonTexts, locale).setPassword.linkUnusable}</Alert>
          <Paragraph>
            <Link href="/logg-inn">{t.toSignIn}</Link>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph>{t.linkFor(link.name, link.email, formatDateTime(link.expiresAt, locale))}</Paragraph>
          {oidc && (
            <Paragraph>
              <Link href={`/logg-inn?invitasjon=${secret}`}>{oidc.name}</Link>
              {passwordSignIn ? t.insteadOfPassword : "."}
            </Paragraph>
          )}
          {passwordSignIn && <SetPasswordForm email={link.email} save={setPasswordAction.bind(null, secret)} />}
        </>
      )}
    </main>
  );
}
