import { describe, expect, it } from "vitest";
import { skipsProxy } from "@/lib/security/static-pages";
import { config } from "@/proxy";

// Next reads the proxy's matcher statically; this keeps it and lib/security/static-pages.ts (which
// the build uses to write static CSP headers) describing the same pages.
const matcher = new RegExp(`^${config.matcher[0]}$`);
const runsProxy = (pathname: string) => matcher.test(pathname);

describe("which pages skip the proxy", () => {
  const skipped = ["/", "/learn/flask", "/learn/flask/", "/learn/flask/philosophy", "/learn/express/routing-and-middleware"];
  const proxied = ["/dashboard", "/learn/flask/philosophy/quiz", "/learn/flask/philosophy/quiz/review/abc", "/api/ping", "/signin", "/choose", "/learn/flask/%zz", "/learn/Flask/x", "/admin"];

  it.each(skipped)("%s is prerendered: no proxy, a static CSP header", (p) => {
    expect(skipsProxy(p)).toBe(true);
    expect(runsProxy(p)).toBe(false);
  });
  it.each(proxied)("%s runs the proxy", (p) => {
    expect(skipsProxy(p)).toBe(false);
    expect(runsProxy(p)).toBe(true);
  });
  it("static files skip it", () => {
    for (const p of ["/favicon.ico", "/robots.txt", "/sitemap.xml", "/_next/static/chunks/a.js"]) expect(runsProxy(p)).toBe(false);
  });
});
