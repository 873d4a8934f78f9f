import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { setPasswordLinkFor } from "@/lib/data/passwords";
import { formatDateTime } from "@/lib/domain/format";
import { INVITATION_SECRET } from "@/lib/domain/sso-identity";
import { oidc, passwordSignIn } from "@/lib/env";
import { nb } from "@/lib/i18n/nb";
import { setPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Velg passord", referrer: "no-referrer" };

/** The one-time link an administrator passed on: the person sets their own password, or links single sign-on. */
export default async function SetPasswordPage({ params }: { params: Promise<{ secret: string }> }) {
  const { secret } = await params;
  const link = INVITATION_SECRET.test(secret) ? await setPasswordLinkFor(secret) : null;
  return (
    <main id="hovedinnhold" className="mx-auto mt-16 flex max-w-md flex-col gap-6 px-4">
      <Heading level={1} data-size="lg">
        {passwordSignIn ? "Velg passord for Dugnad" : "Logg inn i Dugnad første gang"}
      </Heading>
      {!link ? (
        <>
          <Alert data-color="warning">{nb.setPassword.linkUnusable}</Alert>
          <Paragraph>
            <Link href="/logg-inn">Til innloggingen</Link>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph>
            Lenken er til {link.name} ({link.email}) og kan brukes én gang, til {formatDateTime(link.expiresAt)}.
          </Paragraph>
          {oidc && (
            <Paragraph>
              <Link href={`/logg-inn?invitasjon=${secret}`}>{oidc.name}</Link>
              {passwordSignIn ? " i stedet for å velge passord." : "."}
            </Paragraph>
          )}
          {passwordSignIn && <SetPasswordForm email={link.email} save={setPasswordAction.bind(null, secret)} />}
        </>
      )}
    </main>
  );
}
