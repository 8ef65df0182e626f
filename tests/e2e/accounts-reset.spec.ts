// Password reset end to end: the link arrives at a real SMTP server; forgot, reset and email change are rate limited.
// The app instance, mail and issuer: tests/support/accounts-app.ts.
import { NEW_PASSWORD, PASSWORD, email, expect, ready, register, signInWithPassword, startAccountsApp } from "../support/accounts-app";
import { test } from "../support/fixtures";

const app = startAccountsApp("reset");

test("a forgotten password is reset from an email that arrived at the SMTP server", async ({ page }) => {
  const address = email("forgot");
  await register(app, address);
  await page.goto(`${app.base}/signin`);
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await ready(page, "Send the reset link");
  await page.getByLabel("Email").fill(address);
  await page.getByRole("button", { name: "Send the reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account uses this address" })).toBeVisible();

  const message = await app.mail.waitFor(address, /Reset your Framewise password/);
  const link = message.links.find((l) => l.startsWith(`${app.base}/reset-password?token=`));
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
  const again = await page.request.post(`${app.base}/api/password/reset`, { data: { token: new URL(link!).searchParams.get("token"), password: "another violet lantern 9" } });
  expect(again.status()).toBe(400);

  await page.goto(`${app.base}/signin`);
  await signInWithPassword(page, address, PASSWORD);
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await signInWithPassword(page, address, NEW_PASSWORD);
  await expect(page).toHaveURL(`${app.base}/dashboard`);
});

test("forgot password answers the same for an unknown address and sends nothing", async ({ request }) => {
  const known = email("known");
  await register(app, known);
  const unknown = email("unknown");
  const answers = [];
  for (const address of [known, unknown]) {
    const response = await request.post(`${app.base}/api/password/forgot`, { data: { email: address } });
    answers.push({ status: response.status(), body: await response.json() });
  }
  expect(answers[0]).toEqual(answers[1]);
  expect(answers[0]!.status).toBe(202);
  await app.mail.waitFor(known, /Reset/);
  expect(app.mail.messages.some((m) => m.to.includes(unknown))).toBe(false);
});

test("forgot, reset and email change are rate limited like the other auth routes", async ({ request }) => {
  const statuses = async (send: () => Promise<{ status: () => number }>, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await send()).status());
    return out;
  };
  const forgot = await statuses(() => request.post(`${app.base}/api/password/forgot`, { data: { email: email("limit") } }), 8);
  expect(forgot).toContain(202);
  expect(forgot.at(-1)).toBe(429);
  const limited = await request.post(`${app.base}/api/password/forgot`, { data: { email: email("limit") } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);

  const reset = await statuses(() => request.post(`${app.base}/api/password/reset`, { data: { token: "A".repeat(43), password: NEW_PASSWORD } }), 10);
  expect(reset).toContain(400);
  expect(reset.at(-1)).toBe(429);

  const address = email("changer");
  await register(app, address);
  const { csrfToken } = (await (await request.get(`${app.base}/api/auth/csrf`)).json()) as { csrfToken: string };
  await request.post(`${app.base}/api/auth/callback/credentials`, { form: { csrfToken, email: address, password: PASSWORD, json: "true" } });
  const change = await statuses(() => request.post(`${app.base}/api/me/email`, { data: { email: email("target"), password: PASSWORD } }), 4);
  expect(change).toEqual([202, 202, 202, 429]);
});
