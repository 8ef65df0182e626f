// Accessibility helpers for Playwright: the site's colour themes, and an axe scan that reports the
// violations that block people (serious and critical) with enough detail to find them.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type Scheme = "light" | "dark";
/** The system preference, and optionally the theme picked with the site's own toggle. */
export type ThemeMode = { name: string; system: Scheme; toggle?: Scheme };

export const THEME_MODES: ThemeMode[] = [
  { name: "light (system)", system: "light" },
  { name: "dark (system)", system: "dark" },
  { name: "dark (theme button)", system: "light", toggle: "dark" },
  { name: "light (theme button)", system: "dark", toggle: "light" },
];

/** Waits until the client islands have settled: the header knows whether someone is signed in. */
export async function settled(page: Page) {
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Sign in" }).or(nav.getByRole("button", { name: "Sign out" }))).toBeVisible();
}

/** Reloads the page in `mode`: system colour scheme first, then the theme button if asked. */
export async function showInTheme(page: Page, mode: ThemeMode, ready: (page: Page) => Promise<void>) {
  await page.emulateMedia({ colorScheme: mode.system });
  await page.evaluate(() => localStorage.removeItem("theme"));
  await page.reload();
  await ready(page);
  if (mode.toggle) {
    const button = page.getByRole("button", { name: /Change theme/ });
    for (let i = 0; i < 3 && !((await button.getAttribute("aria-label")) ?? "").includes(`theme: ${mode.toggle}.`); i++) await button.click();
    await expect(button).toHaveAttribute("aria-label", new RegExp(`theme: ${mode.toggle}\\.`));
  }
  const dark = (mode.toggle ?? mode.system) === "dark";
  await expect(page.locator("html")).toHaveClass(dark ? /(^|\s)dark(\s|$)/ : /^(?!.*(^|\s)dark(\s|$))/);
}

/** Serious and critical axe violations on the page as it is now, one readable line per element. */
export async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`));
}
