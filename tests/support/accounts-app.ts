// The account journeys' own app instance (tests/e2e/accounts-*.spec.ts): `npm start` on a free port
// with an in-memory database, mail to a real SMTP server and single sign-on through a real OpenID
// Connect issuer, both started here on free ports. One instance per spec file, so each journey's
// rate-limit budget and mail are its own.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures";
import { freePort } from "./free-port";
import { SIGNUP_MAIL } from "./http";
import { tokenOf } from "./outbox";
import { startMailServer, type MailServer } from "./mail-server";
import { startIssuer, type Issuer } from "./oidc-issuer";

// A shared, busy machine: pages may take a while to answer; nothing here measures time.
export const expect = baseExpect.configure({ timeout: 20_000 });

export const PASSWORD = "correct horse battery";
export const NEW_PASSWORD = "violet lantern orbit 42";

export type AccountsApp = { base: string; mail: MailServer; issuer: Issuer };

/** Starts the instance before the file's tests (run in order) and stops it after them. */
export function startAccountsApp(journey: string): AccountsApp {
  const app = {} as AccountsApp;
  let server: ChildProcess | undefined;
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const [appPort, issuerPort] = [await freePort(), await freePort()];
    app.base = `http://localhost:${appPort}`;
    app.mail = await startMailServer();
    app.issuer = await startIssuer(issuerPort, `${app.base}/api/auth/callback/oidc`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(appPort),
      NEXTAUTH_URL: app.base,
      FRAMEWISE_EPHEMERAL_DB: "1",
      FRAMEWISE_DATA_DIR: `.data/test-accounts-${journey}`,
      SMTP_URL: app.mail.url,
      MAIL_FROM: "Framewise <no-reply@framewise.test>",
      OIDC_ISSUER: app.issuer.url,
      OIDC_CLIENT_ID: app.issuer.clientId,
      OIDC_CLIENT_SECRET: app.issuer.clientSecret,
      OIDC_NAME: "Test School",
      // Small, so a file's rate-limit test reaches them; its other tests stay below.
      RATE_LIMIT_PASSWORD_FORGOT: "6/1h",
      RATE_LIMIT_PASSWORD_RESET: "8/1h",
      RATE_LIMIT_EMAIL_CHANGE: "3/1h",
      LOG_LEVEL: "warn",
    };
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    server = spawn(process.execPath, ["--import", "tsx", "scripts/start.mts"], { env, stdio: ["ignore", "ignore", "inherit"] });
    await expect.poll(async () => (await fetch(`${app.base}/api/tracks`).catch(() => null))?.status, { timeout: 150_000 }).toBe(200);
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    await Promise.all([app.mail?.stop(), app.issuer?.stop()]);
  });
  return app;
}

export const email = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;

/** Signs up through the API and follows the confirmation link that arrived at the SMTP server. */
export async function register(app: AccountsApp, address: string, name = "Ada Learner") {
  const before = app.mail.messages.length;
  const response = await fetch(`${app.base}/api/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: address, password: PASSWORD, name }) });
  expect(response.status).toBe(202);
  const [link] = (await app.mail.waitFor(address, SIGNUP_MAIL, undefined, before)).links;
  expect(link).toBeTruthy();
  const verified = await fetch(`${app.base}/api/register/verify`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token: tokenOf(link ?? "") }) });
  expect(verified.status).toBe(201);
}

export async function signInWithPassword(page: Page, address: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(address);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Forms on the JSON API enable their button once hydrated; typing before that could be lost. */
export const ready = (page: Page, button: string) => expect(page.getByRole("button", { name: button })).toBeEnabled();

/**
 * Signs the browser out by dropping every cookie. The page is left first: its header asks
 * `/api/auth/session` after hydration, and that answer renews the session cookie, so a reply still
 * in flight would otherwise put the cookie back after it was cleared.
 */
export async function forgetSession(page: Page) {
  await page.goto("about:blank");
  await page.context().clearCookies();
}

export const sessionEmail = async (app: AccountsApp, page: Page) =>
  ((await (await page.request.get(`${app.base}/api/auth/session`)).json()) as { user?: { email?: string } }).user?.email;

export async function signInThroughIssuer(app: AccountsApp, page: Page, login: string) {
  await page.goto(`${app.base}/signin`);
  await page.getByRole("button", { name: "Sign in with Test School" }).click();
  await page.waitForURL(new RegExp(`^${app.issuer.url}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // The issuer asks for consent the first time; then it sends the browser back to the app.
  const consent = page.getByRole("button", { name: "Continue" });
  await expect
    .poll(
      async () => {
        if (new URL(page.url()).origin === app.base) return true;
        if (await consent.isVisible().catch(() => false)) await consent.click().catch(() => {});
        return false;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await page.waitForLoadState();
}
