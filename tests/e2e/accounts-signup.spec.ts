// Sign-up end to end: the confirmation link arrives at a real SMTP server; a taken address looks the same.
// The app instance, mail and issuer: tests/support/accounts-app.ts.
import { email, expect, forgetSession, sessionEmail, startAccountsApp } from "../support/accounts-app";
import { test } from "../support/fixtures";
import { SIGNUP_MAIL, SIGNUP_TAKEN_MAIL } from "../support/http";
import { signUpInBrowser, submitSignUpForm } from "../support/signup-ui";

const app = startAccountsApp("signup");

test("sign up: the emailed link creates the account and the learner signs in; the page never says an address is taken", async ({ page }) => {
  const { base, mail } = app;
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
  expect(await sessionEmail(app, page)).toBe(address);

  // The link is spent: opening it again is a calm refusal.
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm and create my account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "not valid or has expired" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign up again" })).toBeVisible();

  // Signing up again with the now registered address looks exactly the same; its owner gets a note.
  await forgetSession(page);
  await page.goto(`${base}/signup`);
  const mark = mail.messages.length;
  await submitSignUpForm(page, address);
  const note = await mail.waitFor(address, SIGNUP_TAKEN_MAIL, undefined, mark);
  expect(note.links).toEqual([`${base}/signin`, `${base}/forgot-password`]);
  expect(note.text).not.toContain("token=");
  expect(mail.messages.slice(mark).filter((m) => m.to.includes(address))).toHaveLength(1);
});
