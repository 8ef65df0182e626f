import { expect, test } from "../support/fixtures";

// next-auth renders a few pages itself (error, sign-out); they get a policy of their own.
test.describe("next-auth's own pages under /api/auth carry a Content-Security-Policy", () => {
  for (const path of ["/api/auth/error", "/api/auth/error?error=Configuration", "/api/auth/signout", "/api/auth/signin", "/api/auth/csrf", "/api/auth/session"]) {
    test(path, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const csp = response.headers()["content-security-policy"] ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toContain("script-src");
    });
  }

  test("the error page renders under it: HTML with styles and no scripts", async ({ request }) => {
    const response = await request.get("/api/auth/error");
    expect(response.headers()["content-type"]).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("<style>");
    expect(html).not.toContain("<script");
  });
});
