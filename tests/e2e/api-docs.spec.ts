import { blockingViolations, showInTheme, THEME_MODES } from "../support/a11y";
import { expect, test, type Page } from "../support/fixtures";

/** Collects the browser's reports of anything the Content-Security-Policy blocked (as tests/e2e/csp.spec.ts does). */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

/** Swagger UI has rendered the document: its title and an operation are on the page. */
async function rendered(page: Page) {
  // The bundle is 1.4 MB of JavaScript: on a loaded machine it takes a while to parse.
  await expect(page.locator("#swagger-ui").getByRole("heading", { name: /Framewise API/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("#swagger-ui .opblock").first()).toBeVisible({ timeout: 20_000 });
  // Hydrated (the header's client island), which waits behind that parse on a loaded machine.
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Sign in" }).or(nav.getByRole("button", { name: "Sign out" }))).toBeVisible({ timeout: 20_000 });
}

test("/docs/api renders the OpenAPI document under the strict CSP, from this origin only", async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const violations = cspViolations(page);
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.host !== new URL(baseURL!).host) foreign.push(request.url());
  });
  const response = await page.goto("/docs/api");
  const policy = response!.headers()["content-security-policy"]!;
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  await rendered(page);
  // Keyboard: an operation opens from its summary button with Enter, and shows its responses.
  const summary = page.locator("#swagger-ui .opblock-summary-control").first();
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#swagger-ui .opblock.is-open .responses-wrapper").first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

// Swagger UI's palette is themed in app/docs/api/swagger-theme.css and its nested summary link and
// unnamed servers select are fixed by a plugin in lib/api/docs-assets.ts; this keeps both that way.
test("/docs/api has no blocking accessibility violations in light and dark mode", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/docs/api");
  await rendered(page);
  const found: string[] = [];
  for (const mode of THEME_MODES.slice(0, 3)) {
    await showInTheme(page, mode, rendered);
    found.push(...(await blockingViolations(page)).map((v) => `[${mode.name}] ${v}`));
  }
  expect(found).toEqual([]);
});

test("the footer links to the API reference", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/choose");
  await page.getByRole("contentinfo").getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/docs\/api$/);
  await rendered(page);
});
