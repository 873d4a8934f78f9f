// The OpenID provider of the end-to-end tests (scripts/test-oidc-provider.ts): where it listens and
// the client it knows, shared by the Playwright config, the e2e server and the specs.

const appPort = () => Number(process.env.E2E_PORT ?? 3100);

/** The provider's port: E2E_OIDC_PORT, else 1000 above the app's. */
export const testOidcPort = () => Number(process.env.E2E_OIDC_PORT ?? appPort() + 1000);
/** A second app server, with password sign-in off (e2e/sso-password-off.spec.ts): 2000 above. */
export const passwordOffPort = () => appPort() + 2000;

export const TEST_OIDC = {
  issuer: () => `http://127.0.0.1:${testOidcPort()}`,
  clientId: "dugnad-e2e",
  clientSecret: "e2e-oidc-client-secret-0123456789abcdef",
  /** The button's text in the tests (not containing "Logg inn", which the password form's button is). */
  name: "Testinnlogging",
  /** Where the app servers of the tests are (the client's redirect URIs). */
  appOrigins: () => [`http://localhost:${appPort()}`, `http://localhost:${passwordOffPort()}`],
};

/** The app's OIDC environment for the e2e servers. */
export function testOidcEnv(): Record<string, string> {
  return {
    OIDC_ISSUER: TEST_OIDC.issuer(),
    OIDC_CLIENT_ID: TEST_OIDC.clientId,
    OIDC_CLIENT_SECRET: TEST_OIDC.clientSecret,
    OIDC_NAME: TEST_OIDC.name,
    // As ID-porten and Ansattporten may be configured: the secret in the request body.
    OIDC_TOKEN_AUTH_METHOD: "client_secret_post",
  };
}
