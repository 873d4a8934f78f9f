import type { Metadata } from "next";
import Link from "next/link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { TokenForm } from "@/components/api-tokens/token-form";
import { TokenList } from "@/components/api-tokens/token-list";
import { can, tokenScopesFor } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { listOwnApiTokens } from "@/lib/data/api-tokens";
import { tokenExpiryBounds } from "@/lib/domain/api-tokens";
import { todayInNorway } from "@/lib/domain/format";
import { apiTexts } from "@/lib/i18n/api";
import { profileTexts } from "@/lib/i18n/profile";
import { getTexts } from "@/lib/i18n/server";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(apiTexts)).title };
}

/** One's own API tokens (issue 14): make one (shown once), see them, revoke them. */
export default async function ApiTokensPage() {
  const actor = await requireActor();
  const t = await getTexts(apiTexts);
  const profile = await getTexts(profileTexts);
  const allowed = can(actor, "apitoken.manage") ? tokenScopesFor(actor.role, actor.organisationKind) : [];
  const tokens = allowed.length > 0 ? await listOwnApiTokens(actor) : [];
  const today = todayInNorway();
  const { defaultOn, latestOn } = tokenExpiryBounds(today);
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <Link href="/profil">← {profile.title}</Link>
      <Heading level={1} data-size="lg">
        {t.title}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      <Paragraph>
        <a href="/api/v1/docs">{t.docsLink}</a>
      </Paragraph>
      {allowed.length === 0 ? (
        <Paragraph>{t.noScopes}</Paragraph>
      ) : (
        <>
          <TokenForm scopes={allowed} today={today.toISOString().slice(0, 10)} defaultOn={defaultOn} latestOn={latestOn} create={createApiTokenAction} />
          <section aria-labelledby="dine-tokener" className="flex flex-col gap-3">
            <Heading level={2} data-size="md" id="dine-tokener">
              {t.list.heading}
            </Heading>
            <TokenList tokens={tokens} revoke={revokeApiTokenAction} />
          </section>
        </>
      )}
    </div>
  );
}
