// Sign-up as a learner does it in the browser: the form, the email (read from the app's outbox,
// or handed in by a spec that runs its own SMTP server), the confirmation page, then sign-in.
import { expect, type Page } from "@playwright/test";
import { PASSWORD, SIGNUP_MAIL } from "./http";
import { linkFromOutbox } from "./outbox";

type Options = { name?: string; password?: string; dataDir?: string; link?: (email: string) => Promise<string> };

/** Fills and sends the sign-up form on the current page; "Check your email" then names the address. */
export async function submitSignUpForm(page: Page, email: string, options: Options = {}) {
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled(); // hydrated
  if (options.name) await page.getByLabel("Display name").fill(options.name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(options.password ?? PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  const status = page.getByRole("status").filter({ hasText: "Check your email" });
  await expect(status).toContainText(email);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeFocused();
}

/** From the sign-up form to a signed-in session: form, email link, confirmation, sign-in. */
export async function signUpInBrowser(page: Page, email: string, options: Options = {}) {
  const since = new Date();
  await submitSignUpForm(page, email, options);
  const link = options.link ? await options.link(email) : await linkFromOutbox(email, "/signup/verify", { dataDir: options.dataDir, since, subject: SIGNUP_MAIL });
  await page.goto(link);
  await expect(page.getByRole("button", { name: "Confirm and create my account" })).toBeEnabled();
  await page.getByRole("button", { name: "Confirm and create my account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your account is ready" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Password", { exact: true }).fill(options.password ?? PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
