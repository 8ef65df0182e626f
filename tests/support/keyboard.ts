// Drives the quiz form with the keyboard alone: Tab to move focus, keys to answer.
import { expect, type Locator, type Page } from "@playwright/test";
import type { Question } from "../../lib/content/schema";
import { plainText } from "../../lib/quiz/format";

type Target = { within?: string; label?: string };

/** Presses Tab (then Shift+Tab) until focus is inside `within` or on the element named `label`. */
export async function tabTo(page: Page, target: Target) {
  const focused = () =>
    page.evaluate(({ within, label }) => {
      const el = document.activeElement;
      if (!el || el === document.body) return false;
      return within ? !!el.closest(within) : el.getAttribute("aria-label") === label;
    }, target);
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < 150; i++) {
      if (await focused()) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`could not reach ${JSON.stringify(target)} with Tab`);
}

export async function answerWithKeyboard(page: Page, box: Locator, q: Question) {
  await tabTo(page, { within: `[data-testid="question-${q.id}"]` });
  const shownIds = async () => box.locator("[data-option-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-option-id")!));
  switch (q.type) {
    case "single":
      return page.keyboard.press(String((await shownIds()).indexOf(q.answer) + 1));
    case "true_false":
      return page.keyboard.press(q.answer ? "1" : "2");
    case "multiple": {
      const shown = await shownIds();
      for (const id of q.answer) await page.keyboard.press(String(shown.indexOf(id) + 1));
      return;
    }
    case "short_text":
      return page.keyboard.type(q.accept[0]!);
    case "matching":
      for (const [left, right] of Object.entries(q.answer)) {
        const label = `Match for ${plainText(q.left.find((l) => l.id === left)!.text)}`;
        await tabTo(page, { label });
        const values = await box.getByLabel(label, { exact: true }).evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value));
        const selected = await box.getByLabel(label, { exact: true }).evaluate((s) => (s as HTMLSelectElement).selectedIndex);
        for (let i = selected; i < values.indexOf(right); i++) await page.keyboard.press("ArrowDown");
        await expect(box.getByLabel(label, { exact: true })).toHaveValue(right);
      }
      return;
    case "ordering":
      for (const [target, id] of q.answer.entries()) {
        const label = `Move "${plainText(q.options.find((o) => o.id === id)!.text)}" up`;
        const position = async () => (await shownIds()).indexOf(id);
        if ((await position()) <= target) continue;
        await tabTo(page, { label });
        while ((await position()) > target) await page.keyboard.press("Enter");
      }
      await expect.poll(shownIds).toEqual(q.answer);
  }
}
