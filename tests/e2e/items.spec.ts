import { expect, test } from "@playwright/test";
import { blockingViolations, settled, showInTheme, THEME_MODES } from "../support/a11y";
import { ensureAccount, firstQuiz, signIn } from "../support/http";
import { grantAdmin } from "../support/server-database";

// Its own admin, made the only way there is (`npm run admin:grant`).
const ADMIN = "items-admin-e2e@framewise.test";
const quiz = firstQuiz();
const question = quiz.questions.find((q) => q.type === "single")!;

test.describe("item analysis pages", () => {
  test.beforeAll(async ({ request }) => {
    await ensureAccount(request, ADMIN); // an earlier run on the same database may have made it
    const granted = grantAdmin(ADMIN);
    expect(granted.status, granted.output).toBe(0);
  });
  test.beforeEach(async ({ page }) => {
    await signIn(page.request, ADMIN);
  });

  for (const [name, path] of [
    ["quiz report", `/admin/items/${quiz.id}`],
    ["question page", `/admin/items/${quiz.id}/${question.id}`],
  ] as const) {
    test(`${name}: no blocking axe violations in any theme, no sideways scroll at 320 px`, async ({ page }) => {
      test.slow(); // four axe scans of a large table
      await page.goto(path);
      const found: string[] = [];
      for (const mode of THEME_MODES) {
        await showInTheme(page, mode, async (p) => {
          await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
          await settled(p);
        });
        found.push(...(await blockingViolations(page)).map((v) => `[${mode.name}] ${v}`));
      }
      expect(found, found.join("\n")).toEqual([]);
      await page.setViewportSize({ width: 320, height: 800 });
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  test("the toggle switches between first and all attempts", async ({ page }) => {
    await page.goto(`/admin/items/${quiz.id}`);
    await expect(page.getByTestId("which-attempts")).toContainText("each learner's first submitted attempt");
    await page.getByRole("link", { name: "Use all submitted attempts instead" }).click();
    await expect(page).toHaveURL(/attempts=all/);
    await expect(page.getByTestId("which-attempts")).toContainText("Computed over all submitted attempts");
  });
});
