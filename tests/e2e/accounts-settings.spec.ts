// Settings end to end: display name, email change confirmed from the new address, sign out everywhere
// (and another browser's header notices when its tab is shown again).
// The app instance, mail and issuer: tests/support/accounts-app.ts.
import { PASSWORD, email, expect, ready, register, signInWithPassword, startAccountsApp } from "../support/accounts-app";
import { test } from "../support/fixtures";

const app = startAccountsApp("settings");

test("settings: display name, email change confirmed from the new address, sign out everywhere", async ({ page, browser }) => {
  const address = email("settings");
  await register(app, address);
  await page.goto(`${app.base}/signin?callbackUrl=%2Fsettings`);
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
  const confirm = (await app.mail.waitFor(moved, /Confirm your new/)).links[0]!;
  await page.goto(confirm);
  await ready(page, "Confirm the new address");
  await page.getByRole("button", { name: "Confirm the new address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your email address was changed." })).toBeVisible();
  await page.goto(`${app.base}/settings`);
  await expect(page.getByText(`Signed in as ${moved}.`)).toBeVisible();

  // A second browser signed in; "End all sessions" here signs it out too.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(`${app.base}/signin`);
  await signInWithPassword(otherPage, moved);
  await expect(otherPage).toHaveURL(`${app.base}/dashboard`);
  // That browser reads a static lesson; its header knows it is signed in.
  await otherPage.clock.install();
  await otherPage.goto(`${app.base}/learn/flask/philosophy`);
  const header = otherPage.getByRole("banner");
  await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.getByRole("button", { name: "End all sessions" }).click();
  await expect(page).toHaveURL(/\/signin/);
  // Its tab comes back into view a few minutes later: the header reads the session again.
  await otherPage.clock.fastForward("05:00");
  await otherPage.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await otherPage.goto(`${app.base}/settings`);
  await expect(otherPage).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
  await other.close();
});
