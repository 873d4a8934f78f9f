import type { Metadata } from "next";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
import { LoginForm } from "@/components/auth/login-form";
import { SsoSignIn } from "@/components/auth/sso-sign-in";
import { invitedEmail } from "@/lib/data/sso";
import { INVITATION_SECRET } from "@/lib/domain/sso-identity";
import { oidc, passwordSignIn } from "@/lib/env";
import { LanguageChooser } from "@/components/i18n/language-chooser";
import { languageTexts } from "@/lib/i18n/language";
import { authTexts } from "@/lib/i18n/auth";
import { commonTexts } from "@/lib/i18n/common";
import { getTexts, requestLocale } from "@/lib/i18n/server";
import { textsIn } from "@/lib/i18n/messages";
import { chooseLanguageSignedOutAction, login, loginWithSso } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(authTexts)).loginTitle };
}

type Search = {
  callbackUrl?: string | string[];
  error?: string | string[];
  invitasjon?: string | string[];
  /** After a password was set through a one-time link. */
  passord?: string | string[];
  /** After "sign out everywhere". */
  utlogget?: string | string[];
};
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function LoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const callbackUrl = one(params.callbackUrl);
  let next = "/";
  try {
    if (callbackUrl) next = new URL(callbackUrl, "http://localhost").pathname;
  } catch {
    next = "/";
  }
  // Auth.js comes back here with ?error=… when a sign-in at the provider was cancelled or failed.
  const interrupted = one(params.error) !== undefined;
  // An invitation link's secret (the administrator's one-time link leads here when SSO is on).
  const invitationParam = one(params.invitasjon);
  const invitationGiven = !!oidc && invitationParam !== undefined;
  const invitation = invitationGiven && INVITATION_SECRET.test(invitationParam) ? invitationParam : null;
  const invitedAs = invitation ? await invitedEmail(invitation) : null;
  const locale = await requestLocale();
  const t = textsIn(authTexts, locale);
  const c = textsIn(commonTexts, locale);
  return (
    <main id="hovedinnhold" className="mx-auto mt-16 flex max-w-md flex-col gap-6 px-4">
      <LanguageChooser current={locale} label={textsIn(languageTexts, locale).chooserLabel} action={chooseLanguageSignedOutAction} />
      <div>
        <Heading level={1} data-size="lg" className="mb-2">
          {t.heading}
        </Heading>
        <Paragraph>{t.intro}</Paragraph>
      </div>
      {one(params.passord) === "lagret" && (
        <Alert data-color="success" role="status">
          {c.setPassword.saved}
        </Alert>
      )}
      {one(params.utlogget) === "overalt" && (
        <Alert data-color="info" role="status">
          {c.login.signedOutEverywhere}
        </Alert>
      )}
      {interrupted && (
        <Alert data-color="danger" role="alert">
          {c.sso.interrupted}
        </Alert>
      )}
      {invitationGiven && (invitedAs ? <Alert data-color="info">{c.sso.invited(invitedAs)}</Alert> : <Alert data-color="warning">{c.sso.invitationInvalid}</Alert>)}
      {oidc && <SsoSignIn action={loginWithSso} label={oidc.name} next={next} invitation={invitedAs ? invitation : null} />}
      {passwordSignIn && (
        // A plain group: a region named after its fields would share their label ("E-post").
        <div className="flex flex-col gap-4">
          {oidc && (
            <Heading level={2} data-size="xs">
              {t.orWithPassword}
            </Heading>
          )}
          <LoginForm next={next} login={login} />
        </div>
      )}
      <Paragraph data-size="sm">
        {t.publicFiguresBefore}
        <a href="/offentlig">{t.publicFiguresLink}</a>.
      </Paragraph>
    </main>
  );
}
