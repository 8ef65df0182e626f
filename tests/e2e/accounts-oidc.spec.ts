// Single sign-on end to end through a real OpenID Connect issuer.
// The app instance, mail and issuer: tests/support/accounts-app.ts.
import { email, expect, forgetSession, ready, register, sessionEmail, signInThroughIssuer, signInWithPassword, startAccountsApp } from "../support/accounts-app";
import { test } from "../support/fixtures";

const app = startAccountsApp("oidc");

test("single sign-on: a verified email creates the learner; an unverified one is refused", async ({ page }) => {
  const address = email("sso");
  app.issuer.accounts.set("student-1", { email: address, email_verified: true, name: "Student One" });
  await signInThroughIssuer(app, page, "student-1");
  await expect(page).toHaveURL(`${app.base}/dashboard`);
  expect(await sessionEmail(app, page)).toBe(address);
  await page.goto(`${app.base}/settings`);
  await expect(page.getByText(`Signed in as ${address}.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Password" })).toHaveCount(0);

  await forgetSession(page);
  app.issuer.accounts.set("student-2", { email: email("unverified"), email_verified: false, name: "Student Two" });
  await signInThroughIssuer(app, page, "student-2");
  await expect(page).toHaveURL(/\/signin\?error=OidcUnverifiedEmail/);
  await expect(page.getByText("did not confirm a verified email address")).toBeVisible();
  expect(await sessionEmail(app, page)).toBeUndefined();
});

test("single sign-on links to an existing password account only after its password is used", async ({ page }) => {
  const address = email("linker");
  await register(app, address);
  app.issuer.accounts.set("student-3", { email: address, email_verified: true, name: "Student Three" });
  await signInThroughIssuer(app, page, "student-3");
  // Not signed in: asked for the password first.
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings%2Flink-account/);
  expect(await sessionEmail(app, page)).toBeUndefined();
  await expect(page.getByText("Sign in with its password once to link")).toBeVisible();
  await signInWithPassword(page, address);
  await ready(page, "Link my school sign-in");
  await page.getByRole("button", { name: "Link my school sign-in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Linked." })).toBeVisible();

  await forgetSession(page);
  await signInThroughIssuer(app, page, "student-3");
  await expect(page).toHaveURL(`${app.base}/dashboard`);
  expect(await sessionEmail(app, page)).toBe(address);
});
