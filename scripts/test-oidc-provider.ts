// A real OpenID provider for the end-to-end tests: oidc-provider on http://127.0.0.1:<port>
// (scripts/lib/test-oidc.ts), with its development login form (any login name, any password), one
// client matching the app's test configuration (PKCE required, client_secret_post), and no userinfo
// endpoint (as Ansattporten). The specs decide who exists and with which claims, and may ask it to
// tamper with the ID token it issues to one account, through a small control API on the same port:
//   PUT /__test/accounts/<login>  {"claims": {...}, "tamper": null | "aud" | "expired" | "foreign-key"}
// Tampered tokens are re-signed with the provider's own key (or, for "foreign-key", another one), so
// that only the app's own checks can refuse them.
import http from "node:http";
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";
import { TEST_OIDC, testOidcPort } from "./lib/test-oidc";

type Tamper = "aud" | "expired" | "foreign-key";
interface TestAccount {
  claims: Record<string, unknown>;
  tamper: Tamper | null;
}
const accounts = new Map<string, TestAccount>();

async function signingKey(kid: string) {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
  return { privateKey, jwk };
}

async function main(): Promise<void> {
  const port = testOidcPort();
  const issuer = TEST_OIDC.issuer();
  const own = await signingKey("test-key");
  const foreign = await signingKey("test-key"); // same kid, another key: a forged signature

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_OIDC.clientId,
        client_secret: TEST_OIDC.clientSecret,
        redirect_uris: TEST_OIDC.appOrigins().map((origin) => `${origin}/api/auth/callback/oidc`),
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [own.jwk] },
    cookies: { keys: ["test-oidc-provider-cookie-key"] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, userinfo: { enabled: false } },
    // Every claim of the granted scopes in the ID token (the app reads no userinfo).
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ ...account.claims, sub: id }) };
    },
    // No consent screen: the test client is first-party.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });

  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route !== "token" || typeof ctx.body !== "object" || ctx.body === null) return;
    const body = ctx.body as { id_token?: unknown };
    if (typeof body.id_token !== "string") return;
    const claims = decodeJwt(body.id_token);
    const tamper = accounts.get(String(claims.sub))?.tamper;
    if (!tamper) return;
    const now = Math.floor(Date.now() / 1000);
    const changed = { ...claims };
    if (tamper === "aud") changed.aud = "another-client";
    if (tamper === "expired") Object.assign(changed, { iat: now - 3600, exp: now - 600 });
    const key = tamper === "foreign-key" ? foreign.privateKey : own.privateKey;
    body.id_token = await new SignJWT(changed).setProtectedHeader({ alg: "RS256", kid: "test-key" }).sign(key);
  });

  const callback = provider.callback();
  const server = http.createServer((req, res) => {
    const match = /^\/__test\/accounts\/([^/?]+)$/.exec(req.url ?? "");
    if (!match) return void callback(req, res);
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      try {
        const input = JSON.parse(raw) as Partial<TestAccount>;
        accounts.set(decodeURIComponent(match[1]!), { claims: input.claims ?? {}, tamper: input.tamper ?? null });
        res.writeHead(204).end();
      } catch {
        res.writeHead(400).end("bad JSON");
      }
    });
  });
  server.listen(port, "127.0.0.1", () => console.log(`Test OpenID provider at ${issuer}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
