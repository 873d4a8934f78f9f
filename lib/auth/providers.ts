import "server-only";
import { customFetch } from "next-auth";
import type { Provider } from "next-auth/providers";
import type { OIDCConfig } from "next-auth/providers";
import { oidc, passwordSignIn } from "@/lib/env";

/** The provider id of single sign-on: the redirect URI is `<base>/api/auth/callback/oidc`. */
export const SSO_PROVIDER_ID = "oidc";

/**
 * The sign-in methods this installation offers: e-mail and password unless AUTH_PASSWORD=off, and
 * single sign-on when OIDC_* are set (lib/env.ts checks that at least one is on).
 */
export function signInProviders(password: Provider[]): Provider[] {
  return [...(passwordSignIn ? password : []), ...(oidc ? [ssoProvider(oidc)] : [])];
}

/**
 * Auth.js's generic OpenID Connect provider: authorization code with PKCE, state and nonce; the
 * person is read from the ID token only (Auth.js validates its issuer, audience, expiry and nonce;
 * lib/auth/id-token.ts also checks its signature).
 */
function ssoProvider(config: NonNullable<typeof oidc>): OIDCConfig<Record<string, unknown>> {
  return {
    id: SSO_PROVIDER_ID,
    name: config.name,
    type: "oidc",
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: config.scopes } },
    client: { token_endpoint_auth_method: config.tokenAuthMethod },
    // Only the subject: the account, its name and address come from Dugnad's own database.
    profile: (claims) => ({ id: typeof claims.sub === "string" ? claims.sub : undefined }),
    [customFetch]: fetchFillingUserinfo,
  };
}

/**
 * Auth.js refuses provider metadata without a `userinfo_endpoint`, though it never calls it for an
 * OpenID provider (the profile is the ID token). Ansattporten has none: the metadata is given the
 * token endpoint in its place, which is never requested as userinfo.
 */
async function fetchFillingUserinfo(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  const url = input instanceof Request ? input.url : String(input);
  if (!response.ok || !url.endsWith("/.well-known/openid-configuration")) return response;
  const metadata: unknown = await response.clone().json();
  if (typeof metadata !== "object" || metadata === null || "userinfo_endpoint" in metadata) return response;
  const tokenEndpoint = (metadata as { token_endpoint?: unknown }).token_endpoint;
  return Response.json({ ...metadata, userinfo_endpoint: tokenEndpoint }, { status: 200 });
}
