"use client";

import { useRef, useState, useSyncExternalStore } from "react";
import { Button, Paragraph } from "@/components/ds/primitives";
import { useTexts } from "@/components/i18n/locale-provider";
import { adminUiTexts } from "@/lib/i18n/admin";

const unchanging = () => () => {};

/** The address the administrator uses: the browser's, "" while rendered on the server. */
function useOrigin(): string {
  return useSyncExternalStore(unchanging, () => window.location.origin, () => "");
}

/**
 * The one-time link to pass on to the invited person (e-mail comes later): shown once, in full,
 * selectable, with a copy button. The link is built on the address the administrator uses.
 */
export function InvitationLink({ name, email, path, expiresAt }: { name: string; email: string; path: string; expiresAt: string }) {
  const origin = useOrigin();
  const t = useTexts(adminUiTexts).invitation;
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const link = `${origin}${path}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      input.current?.select();
      setCopied("no");
    }
  };
  return (
    <section aria-labelledby="invitasjonslenke" className="flex flex-col gap-2 rounded border border-[var(--ds-color-neutral-border-default)] p-4">
      <h2 id="invitasjonslenke" className="text-lg font-semibold">
        {t.heading(name)}
      </h2>
      <Paragraph data-size="sm">{t.intro(name, email, expiresAt)}</Paragraph>
      <label htmlFor="lenke" className="font-medium">
        {t.link}
      </label>
      <input id="lenke" ref={input} readOnly value={link} className="ds-input w-full font-mono text-sm" onFocus={(e) => e.currentTarget.select()} data-testid="invitation-link" />
      <div className="flex items-center gap-4">
        <Button type="button" variant="secondary" onClick={copy}>
          {t.copy}
        </Button>
        <span role="status">{copied === "yes" ? t.copied : copied === "no" ? t.copyFailed : ""}</span>
      </div>
    </section>
  );
}
