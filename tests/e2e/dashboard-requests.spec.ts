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

// The dashboard renders on the server before anything of it shows (no loading screen): while an in-app
// navigation waits for it, the bar at the top says something is happening, and goes once it arrives.
test("an in-app navigation shows the progress bar until the page arrives", async ({ page }) => {
  await signedInUser(page.request, "progress-bar");
  await page.goto("/learn/flask/philosophy");
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/dashboard",
    async (route) => {
      if (route.request().headers()["rsc"] === "1" && !route.request().headers()["next-router-prefetch"]) await held;
      await route.continue();
    },
  );
  const bar = page.getByTestId("navigation-progress");
  await expect(bar).toHaveCount(0);
  await page.getByRole("link", { name: "Dashboard", exact: true }).click();
  await expect(bar).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Welcome back"); // still held
  release();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome back");
  await expect(bar).toHaveCount(0);
});
