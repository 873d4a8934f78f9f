import "server-only";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { oidc } from "@/lib/env";

// Auth.js (oauth4webapi) checks the ID token's claims but, as OpenID Connect allows for a token
// fetched directly over TLS, not its signature. Dugnad checks the signature too, against the
// provider's published keys, with the same issuer and audience: a token that did not come from
// the provider is refused even if the connection to it were not what it seems.

let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | null = null;

async function loadKeys(issuer: string): Promise<ReturnType<typeof createRemoteJWKSet>> {
  const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`OpenID provider metadata: HTTP ${response.status}`);
  const { jwks_uri } = (await response.json()) as { jwks_uri?: unknown };
  if (typeof jwks_uri !== "string") throw new Error("OpenID provider metadata has no jwks_uri");
  return createRemoteJWKSet(new URL(jwks_uri));
}

/** The ID token's claims when it is signed by the configured provider for this client; throws otherwise. */
export async function verifiedIdTokenClaims(idToken: string): Promise<JWTPayload> {
  if (!oidc) throw new Error("Single sign-on is not configured");
  keys ??= loadKeys(oidc.issuer).catch((error: unknown) => {
    keys = null; // try again at the next sign-in
    throw error;
  });
  const issuer = oidc.issuer.replace(/\/$/, "");
  const { payload } = await jwtVerify(idToken, await keys, {
    // OIDC_ISSUER may be written with or without the trailing slash the provider uses.
    issuer: [issuer, `${issuer}/`],
    audience: oidc.clientId,
    clockTolerance: 30,
  });
  return payload;
}
