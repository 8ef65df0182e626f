// Accounts end to end in Chromium, against an instance of the app of its own that sends mail to a
// real SMTP server and signs in through a real OpenID Connect issuer, both started here on free ports.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "../support/fixtures";
import { freePort } from "../support/free-port";
import { SIGNUP_MAIL, SIGNUP_TAKEN_MAIL } from "../support/http";
import { startMailServer, type MailServer } from "../support/mail-server";
import { tokenOf } from "../support/outbox";
import { signUpInBrowser, submitSignUpForm } from "../support/signup-ui";
import { startIssuer, type Issuer } from "../support/oidc-issuer";

// A shared, busy machine: pages may take a while to answer; nothing here measures time.
const expect = baseExpect.configure({ timeout: 20_000 });

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "violet lantern orbit 42";
let app: ChildProcess;
let base = "";
let mail: MailServer;
let issuer: Issuer;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const [appPort, issuerPort] = [await freePort(), await freePort()];
  base = `http://localhost:${appPort}`;
  mail = await startMailServer();
  issuer = await startIssuer(issuerPort, `${base}/api/auth/callback/oidc`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(appPort),
    NEXTAUTH_URL: base,
    FRAMEWISE_EPHEMERAL_DB: "1",
    FRAMEWISE_DATA_DIR: ".data/test-accounts",
    SMTP_URL: mail.url,
    MAIL_FROM: "Framewise <no-reply@framewise.test>",
    OIDC_ISSUER: issuer.url,
    OIDC_CLIENT_ID: issuer.clientId,
    OIDC_CLIENT_SECRET: issuer.clientSecret,
    OIDC_NAME: "Test School",
    // Small, so the last test reaches them; the earlier tests stay below.
    RATE_LIMIT_PASSWORD_FORGOT: "6/1h",
    RATE_LIMIT_PASSWORD_RESET: "8/1h",
    RATE_LIMIT_EMAIL_CHANGE: "3/1h",
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  app = spawn(process.execPath, ["--import", "tsx", "scripts/start.mts"], { env, stdio: ["ignore", "ignore", "inherit"] });
  await expect.poll(async () => (await fetch(`${base}/api/tracks`).catch(() => null))?.status, { timeout: 150_000 }).toBe(200);
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await Promise.all([mail?.stop(), issuer?.stop()]);
});

const email = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;

/** Signs up through the API and follows the confirmation link that arrived at the SMTP server. */
async function register(address: string, name = "Ada Learner") {
  const before = mail.messages.length;
  const response = await fetch(`${base}/api/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: address, password: PASSWORD, name }) });
  expect(response.status).toBe(202);
  const link = (await mail.waitFor(address, SIGNUP_MAIL, undefined, before)).links[0]!;
  const verified = await fetch(`${base}/api/register/verify`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token: tokenOf(link) }) });
  expect(verified.status).toBe(201);
}

async function signInWithPassword(page: Page, address: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(address);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Forms on the JSON API enable their button once hydrated; typing before that could be lost. */
const ready = (page: Page, button: string) => expect(page.getByRole("button", { name: button })).toBeEnabled();

const sessionEmail = async (page: Page) => ((await (await page.request.get(`${base}/api/auth/session`)).json()) as { user?: { email?: string } }).user?.email;

test("a forgotten password is reset from an email that arrived at the SMTP server", async ({ page }) => {
  const address = email("forgot");
  await register(address);
  await page.goto(`${base}/signin`);
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await ready(page, "Send the reset link");
  await page.getByLabel("Email").fill(address);
  await page.getByRole("button", { name: "Send the reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account uses this address" })).toBeVisible();

  const message = await mail.waitFor(address, /Reset your Framewise password/);
  const link = message.links.find((l) => l.startsWith(`${base}/reset-password?token=`));
  expect(link).toBeTruthy();
  expect(message.html).toContain("Choose a new password");

  await page.goto(link!);
  await ready(page, "Set the new password");
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();

  // The link is dead now.
  const again = await page.request.post(`${base}/api/password/reset`, { data: { token: new URL(link!).searchParams.get("token"), password: "another violet lantern 9" } });
  expect(again.status()).toBe(400);

  await page.goto(`${base}/signin`);
  await signInWithPassword(page, address, PASSWORD);
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await signInWithPassword(page, address, NEW_PASSWORD);
  await expect(page).toHaveURL(`${base}/dashboard`);
});

test("forgot password answers the same for an unknown address and sends nothing", async ({ request }) => {
  const known = email("known");
  await register(known);
  const unknown = email("unknown");
  const answers = [];
  for (const address of [known, unknown]) {
    const response = await request.post(`${base}/api/password/forgot`, { data: { email: address } });
    answers.push({ status: response.status(), body: await response.json() });
  }
  expect(answers[0]).toEqual(answers[1]);
  expect(answers[0]!.status).toBe(202);
  await mail.waitFor(known, /Reset/);
  expect(mail.messages.some((m) => m.to.includes(unknown))).toBe(false);
});

test("sign up: the emailed link creates the account and the learner signs in; the page never says an address is taken", async ({ page }) => {
  const address = email("journey");
  await page.goto(`${base}/signup`);
  let link = "";
  const before = mail.messages.length;
  await signUpInBrowser(page, address, {
    name: "Journey Learner",
    link: async (to) => {
      const message = await mail.waitFor(to, SIGNUP_MAIL, undefined, before);
      expect(message.text).toContain("24 hours");
      link = message.links.find((l) => l.startsWith(`${base}/signup/verify?token=`)) ?? "";
      expect(message.html).toContain(link);
      return link;
    },
  });
  await expect(page).toHaveURL(`${base}/dashboard`);
  expect(await sessionEmail(page)).toBe(address);

  // The link is spent: opening it again is a calm refusal.
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm and create my account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "not valid or has expired" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign up again" })).toBeVisible();

  // Signing up again with the now registered address looks exactly the same; its owner gets a note.
  await page.context().clearCookies();
  await page.goto(`${base}/signup`);
  const mark = mail.messages.length;
  await submitSignUpForm(page, address);
  const note = await mail.waitFor(address, SIGNUP_TAKEN_MAIL, undefined, mark);
  expect(note.links).toEqual([`${base}/signin`, `${base}/forgot-password`]);
  expect(note.text).not.toContain("token=");
  expect(mail.messages.slice(mark).filter((m) => m.to.includes(address))).toHaveLength(1);
});

test("settings: display name, email change confirmed from the new address, sign out everywhere", async ({ page, browser }) => {
  const address = email("settings");
  await register(address);
  await page.goto(`${base}/signin?callbackUrl=%2Fsettings`);
  await signInWithPassword(page, address);
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await ready(page, "Save profile");

  await page.getByLabel("Display name").fill("Grace Hopper");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();

  const moved = email("moved");
  await page.getByLabel("New email address").fill(moved);
  await page.getByLabel("Current password").first().fill(PASSWORD);
  await page.getByRole("button", { name: "Send a confirmation link" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Check ${moved}` })).toBeVisible();
  const confirm = (await mail.waitFor(moved, /Confirm your new/)).links[0]!;
  await page.goto(confirm);
  await ready(page, "Confirm the new address");
  await page.getByRole("button", { name: "Confirm the new address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your email address was changed." })).toBeVisible();
  await page.goto(`${base}/settings`);
  await expect(page.getByText(`Signed in as ${moved}.`)).toBeVisible();

  // A second browser signed in; "End all sessions" here signs it out too.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(`${base}/signin`);
  await signInWithPassword(otherPage, moved);
  await expect(otherPage).toHaveURL(`${base}/dashboard`);
  await page.getByRole("button", { name: "End all sessions" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await otherPage.goto(`${base}/settings`);
  await expect(otherPage).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
  await other.close();
});

test("download my data, then delete the account: the session ends and the email is free again", async ({ page }) => {
  const address = email("leaver");
  await register(address);
  await page.goto(`${base}/signin?callbackUrl=%2Fsettings`);
  await signInWithPassword(page, address);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const download = await downloading;
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const data = JSON.parse(await readFile(path, "utf8")) as { account: { email: string }; attempts: unknown[]; lessonProgress: unknown[] };
  expect(data.account.email).toBe(address);
  expect(Array.isArray(data.attempts) && Array.isArray(data.lessonProgress)).toBe(true);

  await ready(page, "Delete my account");
  await page.getByLabel("Type your email address to confirm").fill("someone-else@example.test");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type the email address of this account.")).toBeVisible();
  await page.getByLabel("Type your email address to confirm").fill(address);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(`${base}/`);
  expect(await sessionEmail(page)).toBeUndefined();
  expect((await page.request.get(`${base}/api/me`)).status()).toBe(401);
  // Nothing of the account is left: its email registers afresh.
  await register(address);
});

async function signInThroughIssuer(page: Page, login: string) {
  await page.goto(`${base}/signin`);
  await page.getByRole("button", { name: "Sign in with Test School" }).click();
  await page.waitForURL(new RegExp(`^${issuer.url}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // The issuer asks for consent the first time; then it sends the browser back to the app.
  const consent = page.getByRole("button", { name: "Continue" });
  await expect
    .poll(
      async () => {
        if (new URL(page.url()).origin === base) return true;
        if (await consent.isVisible().catch(() => false)) await consent.click().catch(() => {});
        return false;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await page.waitForLoadState();
}

test("single sign-on: a verified email creates the learner; an unverified one is refused", async ({ page }) => {
  const address = email("sso");
  issuer.accounts.set("student-1", { email: address, email_verified: true, name: "Student One" });
  await signInThroughIssuer(page, "student-1");
  await expect(page).toHaveURL(`${base}/dashboard`);
  expect(await sessionEmail(page)).toBe(address);
  await page.goto(`${base}/settings`);
  await expect(page.getByText(`Signed in as ${address}.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Password" })).toHaveCount(0);

  await page.context().clearCookies();
  issuer.accounts.set("student-2", { email: email("unverified"), email_verified: false, name: "Student Two" });
  await signInThroughIssuer(page, "student-2");
  await expect(page).toHaveURL(/\/signin\?error=OidcUnverifiedEmail/);
  await expect(page.getByText("did not confirm a verified email address")).toBeVisible();
  expect(await sessionEmail(page)).toBeUndefined();
});

test("single sign-on links to an existing password account only after its password is used", async ({ page }) => {
  const address = email("linker");
  await register(address);
  issuer.accounts.set("student-3", { email: address, email_verified: true, name: "Student Three" });
  await signInThroughIssuer(page, "student-3");
  // Not signed in: asked for the password first.
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings%2Flink-account/);
  expect(await sessionEmail(page)).toBeUndefined();
  await expect(page.getByText("Sign in with its password once to link")).toBeVisible();
  await signInWithPassword(page, address);
  await ready(page, "Link my school sign-in");
  await page.getByRole("button", { name: "Link my school sign-in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Linked." })).toBeVisible();

  await page.context().clearCookies();
  await signInThroughIssuer(page, "student-3");
  await expect(page).toHaveURL(`${base}/dashboard`);
  expect(await sessionEmail(page)).toBe(address);
});

test("forgot, reset and email change are rate limited like the other auth routes", async ({ request }) => {
  const statuses = async (send: () => Promise<{ status: () => number }>, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await send()).status());
    return out;
  };
  const forgot = await statuses(() => request.post(`${base}/api/password/forgot`, { data: { email: email("limit") } }), 8);
  expect(forgot).toContain(202);
  expect(forgot.at(-1)).toBe(429);
  const limited = await request.post(`${base}/api/password/forgot`, { data: { email: email("limit") } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);

  const reset = await statuses(() => request.post(`${base}/api/password/reset`, { data: { token: "A".repeat(43), password: NEW_PASSWORD } }), 10);
  expect(reset).toContain(400);
  expect(reset.at(-1)).toBe(429);

  const address = email("changer");
  await register(address);
  const { csrfToken } = (await (await request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  await request.post(`${base}/api/auth/callback/credentials`, { form: { csrfToken, email: address, password: PASSWORD, json: "true" } });
  const change = await statuses(() => request.post(`${base}/api/me/email`, { data: { email: email("target"), password: PASSWORD } }), 4);
  expect(change).toEqual([202, 202, 202, 429]);
});
