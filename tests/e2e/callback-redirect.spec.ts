import { expect, test } from "../support/fixtures";
import { PASSWORD, register } from "../support/http";

// After sign-in the form follows ?callbackUrl= only within this site. Each value below is written
// into the query as an attacker would (raw, so the browser sees exactly these bytes); Chromium's
// own URL parsing is what would have followed it off the site.
const ATTACKS = [
  "%2F%09%2Fevil.example", // "/<TAB>/evil.example"
  "%2F%0D%2Fevil.example", // CR
  "%2F%0A%2Fevil.example", // LF
  "%09%2F%2Fevil.example", // leading TAB
  "//evil.example",
  "%2F%2Fevil.example",
  "/%5Cevil.example", // "/\evil.example"
  "%5C%5Cevil.example",
  "https://evil.example/",
  "https:evil.example",
  "https%3A%2F%2Fevil.example",
  "javascript:alert(document.domain)",
  "java%09script:alert(document.domain)",
  "%2F.%2F%2Fevil.example", // "/.//evil.example" normalises to the path //evil.example
];

test.describe("sign-in never leaves the site for a hostile callbackUrl", () => {
  for (const attack of ATTACKS) {
    test(attack, async ({ page, request, baseURL }) => {
      const { email } = await register(request);
      const offSite: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith(baseURL!) && !r.url().startsWith("data:")) offSite.push(r.url());
      });
      let dialog = false;
      page.on("dialog", (d) => void ((dialog = true), d.dismiss()));

      await page.goto(`/signin?callbackUrl=${attack}`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(`${baseURL}/dashboard`, { timeout: 15_000 });
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(offSite).toEqual([]);
      expect(dialog).toBe(false);
    });
  }

  test("a same-site callback keeps its path, query and hash", async ({ page, request, baseURL }) => {
    const { email } = await register(request);
    await page.goto(`/signin?callbackUrl=${encodeURIComponent("/learn/flask?from=signin#lessons")}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/learn/flask?from=signin#lessons`, { timeout: 15_000 });
  });

  test("the sign-up form's link to sign-in carries only the safe path", async ({ page }) => {
    await page.goto("/signup?callbackUrl=%2F%09%2Fevil.example");
    await expect(page.locator("#main").getByRole("link", { name: "Sign in", exact: true })).toHaveAttribute("href", "/signin?callbackUrl=%2Fdashboard");
  });
});
