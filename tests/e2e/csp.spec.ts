import { expect, test, type Page } from "../support/fixtures";
import { signedInUser } from "../support/http";

/**
 * Collects the browser's reports of anything the Content-Security-Policy blocked: console errors, and
 * `securitypolicyviolation` events (a blocked `eval` that the page's code catches logs nothing, but
 * is still a violation: Chrome lists it as an issue, Lighthouse counts it against best practices).
 */
async function cspViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.exposeFunction("__reportCspViolation", (report: string) => seen.push(report));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { __reportCspViolation: (report: string) => void }).__reportCspViolation(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`),
    ),
  );
  return seen;
}

test("static and dynamic pages run under a strict CSP without violations", async ({ page }) => {
  const violations = await cspViolations(page);
  const lesson = await page.goto("/learn/flask/philosophy");
  const policy = lesson!.headers()["content-security-policy"]!;
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toMatch(/script-src 'self' 'sha256-/);
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

  await signedInUser(page.request, "csp");
  const dashboard = await page.goto("/dashboard");
  expect(dashboard!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome back");
  // Hydrated: the client-side menu knows who is signed in.
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.goto("/learn/flask/philosophy/quiz");
  await expect(page.getByText(/0 of \d+ answered/)).toBeVisible();
  // Sign-up checks its form with the API contract's zod schemas in the browser: zod must not probe `new Function`.
  await page.goto("/signup");
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled(); // hydrated
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(violations).toEqual([]);
});
