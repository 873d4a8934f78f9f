// Who an OpenID Connect sign-in says the person is: the provider's issuer and subject, and an
// e-mail address only where the provider vouches for it (docs/decisions/004-sso-matching.md).

export interface SsoIdentity {
  /** The ID token's `iss`: the provider (for Entra ID, the tenant). */
  issuer: string;
  /** The ID token's `sub`: the person at that provider (pairwise per client at Digdir and Entra). */
  subject: string;
  /** Lower case; null when the provider does not vouch for an address. */
  verifiedEmail: string | null;
}

/** A tenant-specific Microsoft Entra ID v2.0 issuer; its path names the tenant. */
const ENTRA_ISSUER = /^https:\/\/login\.microsoftonline\.com\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/v2\.0$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const email = (value: unknown): string | null => {
  const v = text(value);
  return v && EMAIL.test(v) && v.length <= 254 ? v.toLowerCase() : null;
};

/** The Entra tenant an issuer names, or null when it is not a tenant-specific Entra issuer. */
export function entraTenant(issuer: string): string | null {
  return ENTRA_ISSUER.exec(issuer)?.[1]?.toLowerCase() ?? null;
}

/**
 * The e-mail address the provider vouches for:
 * - the standard claims: `email` with `email_verified` true (Keycloak, Google, the tests' provider);
 * - Microsoft Entra ID, which never sends `email_verified`: only from a tenant-specific issuer whose
 *   tenant is the token's `tid` (the ministry's own tenant, whose administrators manage the
 *   accounts); then `email` when the optional claim `xms_edov` ("email domain owner verified") is
 *   true, else the UPN (`preferred_username`, or `upn`), whose domain Entra only allows when the
 *   tenant has verified it. A bare `email` is not trusted (Microsoft: "isn't guaranteed to be correct").
 * ID-porten and Ansattporten send no e-mail address at all: null.
 */
export function verifiedEmailOf(claims: Record<string, unknown>): string | null {
  const issuer = text(claims.iss);
  const tenant = issuer ? entraTenant(issuer) : null;
  if (tenant) {
    if (text(claims.tid)?.toLowerCase() !== tenant) return null;
    const fromEmail = claims.xms_edov === true || claims.xms_edov === "true" ? email(claims.email) : null;
    return fromEmail ?? email(claims.preferred_username) ?? email(claims.upn);
  }
  const verified = claims.email_verified === true || claims.email_verified === "true";
  return verified ? email(claims.email) : null;
}

/** The identity in an ID token's (already validated) claims; null without an issuer and subject. */
export function ssoIdentityOf(claims: Record<string, unknown>): SsoIdentity | null {
  const issuer = text(claims.iss);
  const subject = text(claims.sub);
  if (!issuer || !subject || subject.length > 255) return null;
  return { issuer, subject, verifiedEmail: verifiedEmailOf(claims) };
}

/** Why a person who signed in at the provider was not let in (lib/data/sso.ts decides). */
export const SSO_REFUSALS = {
  /** No account has this identity or address. */
  notInvited: "ikke-invitert",
  deactivated: "deaktivert",
  /** The address belongs to an account already linked to another identity. */
  linkedElsewhere: "koblet-til-annen",
  /** The provider vouches for no address (ID-porten, Ansattporten) and there was no invitation link. */
  noEmail: "mangler-e-post",
  /** The invitation link was used, has expired or was replaced. */
  invitationInvalid: "ugyldig-invitasjon",
} as const;
export type SsoRefusal = keyof typeof SSO_REFUSALS;

/** The page that tells the person why, in plain Norwegian. */
export const SSO_REFUSAL_PATH = "/logg-inn/ingen-tilgang";
export const ssoRefusalPath = (reason: SsoRefusal) => `${SSO_REFUSAL_PATH}?grunn=${SSO_REFUSALS[reason]}`;

/** The refusal a `grunn` query parameter names; unknown or missing: not invited. */
export function ssoRefusalFromSlug(slug: unknown): SsoRefusal {
  const found = (Object.keys(SSO_REFUSALS) as SsoRefusal[]).find((reason) => SSO_REFUSALS[reason] === slug);
  return found ?? "notInvited";
}

/** An invitation link's secret (32 random bytes, base64url), as it may appear in a URL. */
export const INVITATION_SECRET = /^[A-Za-z0-9_-]{43}$/;
