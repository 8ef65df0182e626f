// Leaving end to end: download my data, then delete the account.
// The app instance, mail and issuer: tests/support/accounts-app.ts.
import { PASSWORD, email, expect, ready, register, sessionEmail, signInWithPassword, startAccountsApp } from "../support/accounts-app";
import { test } from "../support/fixtures";

const app = startAccountsApp("deletion");

test("download my data, then delete the account: the session ends and the email is free again", async ({ page }) => {
  const address = email("leaver");
  await register(app, address);
  await page.goto(`${app.base}/signin?callbackUrl=%2Fsettings`);
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
  await expect(page).toHaveURL(`${app.base}/`);
  expect(await sessionEmail(app, page)).toBeUndefined();
  expect((await page.request.get(`${app.base}/api/me`)).status()).toBe(401);
  // Nothing of the account is left: its email registers afresh.
  await register(app, address);
});
