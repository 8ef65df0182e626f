import { expect, test, type Page } from "@playwright/test";
import type { Question } from "../../lib/content/schema";
import { blockingViolations } from "../support/a11y";
import { catalog, signedInUser } from "../support/http";
import { middayZone } from "../support/zones";
import { expectedAnswer, wrongAnswer } from "../../lib/quiz/answer-key";
import { firstLessonOf, questionOf } from "../support/content";

const lesson = firstLessonOf(catalog.tracks, "flask");
const quiz = lesson.quiz;
/** The two questions to miss: ones a number key answers. */
const missed: Question[] = quiz.questions.filter((q) => q.type === "single" || q.type === "true_false").slice(0, 2);

async function answerCardWithKeyboard(page: Page, q: Question) {
  const box = page.getByTestId(`review-card-${q.id}`);
  await expect(box).toBeVisible();
  // Focus starts inside the question: a number key picks, Enter checks.
  await expect.poll(() => page.evaluate((id) => !!document.activeElement?.closest(`[data-testid="review-card-${id}"]`), q.id)).toBe(true);
  if (q.type === "single") {
    const shown = await box.locator("[data-option-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-option-id")));
    await page.keyboard.press(String(shown.indexOf(q.answer) + 1));
  } else if (q.type === "true_false") await page.keyboard.press(q.answer ? "1" : "2");
  await page.keyboard.press("Enter");
}

// Days are counted in a zone where it is daytime now, and the browser is in the same zone: a
// browser in another zone makes the dashboard store the browser's zone and re-render mid-test
// (TimeZoneSync), which moves the forecast's days.
const timeZone = middayZone();
test.use({ timezoneId: timeZone });

test("two missed questions come back on /review, are answered with the keyboard, and the queue empties", async ({ page }) => {
  expect(missed).toHaveLength(2);
  await signedInUser(page.request, "review");
  expect((await page.request.put("/api/me/profile", { data: { timeZone } })).ok()).toBe(true);

  // Miss two questions in the quiz, answer the rest right.
  const { attempt } = await (await page.request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
  const answers = (attempt.questions as { id: string }[]).map(({ id }) => {
    const q = questionOf(quiz, id);
    return { questionId: id, answer: missed.includes(q) ? wrongAnswer(q) : expectedAnswer(q) };
  });
  expect((await page.request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers } })).status()).toBe(200);

  await page.goto("/review");
  await expect(page.getByTestId("review-due-count")).toContainText("2 cards due now");
  await expect(page.getByTestId("header-review")).toContainText("2");
  await expect(page.getByTestId("forecast-day").first()).toHaveAttribute("data-count", "2");

  // Keyboard only: the start button has focus.
  await expect(page.getByRole("button", { name: /Start reviewing/ })).toBeFocused();
  await page.keyboard.press("Enter");
  for (let i = 0; i < 2; i++) {
    const id = await page.locator('[data-testid^="review-card-"]').getAttribute("data-testid");
    const q = quiz.questions.find((x) => `review-card-${x.id}` === id)!;
    expect(missed).toContain(q);
    await answerCardWithKeyboard(page, q);
    await expect(page.getByTestId("review-verdict")).toHaveText("Right");
    await expect(page.getByTestId("review-due")).toHaveText(/again (tomorrow|in \d+ days)/);
    await expect(page.getByRole("link", { name: `Read the lesson: ${lesson.title}` })).toHaveAttribute("href", `/learn/flask/${lesson.slug}`);
    await expect(page.getByRole("link", { name: /^Compare “/ }).first()).toHaveAttribute("href", new RegExp(`^/compare/${q.concepts[0]}$`));
    if (i === 0) expect(await blockingViolations(page)).toEqual([]);
    await expect(page.getByRole("button", { name: i === 0 ? "Next card" : "See the summary" })).toBeFocused();
    await page.keyboard.press("Enter");
  }

  await expect(page.getByTestId("review-summary")).toContainText("2 of 2 right");
  // The page re-renders on the server: the queue is empty and the cards moved to later days.
  await expect(page.getByTestId("review-due-count")).toContainText("Nothing due now");
  await expect(page.getByTestId("forecast-day").first()).toHaveAttribute("data-count", "0");
  await expect(page.getByTestId("header-review")).toHaveText("Review");

  await page.reload();
  await expect(page.getByTestId("review-empty")).toBeVisible();
  await expect(page.getByTestId("review-start")).toContainText(/The next card comes back (tomorrow|in \d+ days)/);
  expect(await blockingViolations(page)).toEqual([]);

  // The dashboard shows the empty queue and the forecast with the cards on later days.
  await page.goto("/dashboard");
  // Scoped to the region: React may briefly hold a hidden copy of streamed content.
  const region = page.getByRole("region", { name: "Review" });
  await expect(region.getByTestId("dashboard-due")).toHaveText(/Nothing due for review now/);
  const forecast = region.getByTestId("review-forecast");
  await expect(forecast).toBeVisible();
  const counts = await forecast.getByTestId("forecast-day").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-count"))));
  expect(counts).toHaveLength(14);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(quiz.questions.length);
  // The chart's numbers as a table (drawn after hydration): the same 14 counts.
  await forecast.getByText("Show the forecast as a table").click();
  await expect(forecast.getByTestId("forecast-table").locator("tbody tr td:last-child")).toHaveText(counts.map(String));
});
