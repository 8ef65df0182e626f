import { expect, test } from "../support/fixtures";
import { signedInUser } from "../support/http";

// The dashboard lists dozens of lesson and quiz links. Prefetching each as it scrolls into view made
// ~30 requests on every visit; links there prefetch on intent (pointer or focus) instead.
test("a dashboard view makes at most 3 requests after load, and a link prefetches when pointed at", async ({ page }) => {
  await signedInUser(page.request, "requests");
  let loaded = false;
  const afterLoad: string[] = [];
  page.on("load", () => (loaded = true));
  page.on("request", (request) => {
    if (loaded) afterLoad.push(`${request.method()} ${request.url()}`);
  });

  await page.goto("/dashboard", { waitUntil: "load" });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome back");
  const links = page.locator('[data-testid^="track-"] a[href^="/learn/"]');
  expect(await links.count()).toBeGreaterThan(10);
  await page.waitForLoadState("networkidle");
  expect(afterLoad.length, afterLoad.join("\n")).toBeLessThanOrEqual(3);

  const link = links.first();
  const href = (await link.getAttribute("href"))!;
  const prefetch = page.waitForRequest((request) => new URL(request.url()).pathname === href && request.headers()["rsc"] === "1");
  await link.hover();
  await prefetch;
});
