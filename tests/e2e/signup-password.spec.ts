import { expect, test } from "../support/fixtures";

// The sign-up form says why a password was refused, on the password field itself, where a screen
// reader announces it with the field.
test.describe("sign-up explains a refused password", () => {
  for (const { label, local, password, reason } of [
    { label: "too short", local: "pat", password: "k7#Rq2!mZp9", reason: "Use at least 12 characters." },
    { label: "contains the email's local part", local: "marguerite", password: "marguerite-rides-bikes", reason: "part of your email address before the @" },
    { label: "easy to guess", local: "pat", password: "abcabcabcabc", reason: "too easy to guess" },
  ]) {
    test(label, async ({ page }) => {
      await page.goto("/signup");
      await page.getByLabel("Email").fill(`${local}@example.test`); // refused, so never created
      await page.getByLabel("Password", { exact: true }).fill(password);
      await page.getByRole("button", { name: "Create account" }).click();
      const field = page.getByLabel("Password", { exact: true });
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      await expect(page).toHaveURL(/\/signup/);
    });
  }
});
