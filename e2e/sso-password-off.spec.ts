// AUTH_PASSWORD=off: a second app server (the same build and database as the e2e server, started
// here) offers single sign-on only; the password form is gone and a password sign-in posted to
// Auth.js directly gets no session.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { closeDb, expectSignedIn, invite, providerAccount, signInWithSso, SSO_BUTTON, unique } from "./sso-support";
import { readE2eEnv } from "../scripts/lib/e2e-env";
import { passwordOffPort, testOidcEnv } from "../scripts/lib/test-oidc";

const PORT = passwordOffPort();
const baseURL = `http://localhost:${PORT}`;
test.use({ baseURL });
test.describe.configure({ mode: "serial" });

let server: ChildProcess | null = null;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const root = path.join(import.meta.dirname, "..");
  const { DATABASE_URL, AUTH_SECRET } = readE2eEnv();
  server = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)], {
    cwd: root,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, ...testOidcEnv(), NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL, AUTH_SECRET, AUTH_TRUST_HOST: "true", AUTH_PASSWORD: "off", DUGNAD_DEMO: "1", PORT: String(PORT) },
  });
  const deadline = Date.now() + 45_000;
  for (;;) {
    const up = await fetch(`${baseURL}/api/health`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`The password-off server did not start on port ${PORT}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await closeDb();
});

test("the login page offers single sign-on only", async ({ page }) => {
  await page.goto("/logg-inn");
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn i Dugnad" })).toBeVisible();
  await expect(page.getByRole("button", { name: SSO_BUTTON })).toBeVisible();
  await expect(page.getByLabel("E-post")).toHaveCount(0);
  await expect(page.getByLabel("Passord")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a password posted to Auth.js directly gets no session", async ({ page }) => {
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: "radgiver@kmd.test", password: "dugnad-demo-2020" },
    maxRedirects: 0,
  });
  await page.goto("/dashbord");
  await expect(page).toHaveURL(/\/logg-inn/);
});

test("an invited person signs in with single sign-on", async ({ page }) => {
  const person = { login: unique("ansatt"), email: `${unique("ansatt")}@kmd.test` };
  await invite(person.email);
  await providerAccount(person.login, { email: person.email, email_verified: true });
  await signInWithSso(page, person.login);
  await expectSignedIn(page);
});
