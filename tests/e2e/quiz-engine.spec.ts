import { expect, test, type Page } from "../support/fixtures";
import { catalog, signedInUser } from "../support/http";
import { answerWithKeyboard, tabTo } from "../support/keyboard";

const lessons = catalog.tracks.flatMap((t) => t.lessons);
const ALL_TYPES = ["single", "multiple", "true_false", "short_text", "ordering", "matching"];
const allTypes = lessons.find((l) => ALL_TYPES.every((type) => l.quiz.questions.some((q) => q.type === type)))!;
const quizUrl = (lesson: (typeof lessons)[number]) => `/learn/${lesson.track}/${lesson.slug}/quiz`;

async function openQuiz(page: Page, lesson = allTypes) {
  await signedInUser(page.request, "engine");
  await page.goto(quizUrl(lesson));
  await expect(page.getByText(/0 of \d+ answered/)).toBeVisible();
}

test("every question type can be answered with the keyboard alone", async ({ page }) => {
  expect(allTypes, "a quiz in content/ uses all six question types").toBeTruthy();
  await openQuiz(page);
  for (const q of allTypes.quiz.questions) await answerWithKeyboard(page, page.getByTestId(`question-${q.id}`), q);
  const total = allTypes.quiz.questions.length;
  await expect(page.getByText(`${total} of ${total} answered`)).toBeVisible();
  await tabTo(page, { within: "button[type=submit]" });
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("quiz-score")).toContainText("Passed: 100%");
});

test("answers survive a reload and a lost connection", async ({ page, context }) => {
  await openQuiz(page);
  const [first, second, third] = allTypes.quiz.questions;
  await answerWithKeyboard(page, page.getByTestId(`question-${first!.id}`), first!);
  await answerWithKeyboard(page, page.getByTestId(`question-${second!.id}`), second!);
  await expect(page.getByTestId("save-status")).toContainText("All answers saved");

  await page.reload();
  await expect(page.getByText(/^2 of \d+ answered$/)).toBeVisible();

  await context.setOffline(true);
  await answerWithKeyboard(page, page.getByTestId(`question-${third!.id}`), third!);
  await expect(page.getByTestId("save-status")).toContainText("offline");
  await context.setOffline(false);
  await expect(page.getByTestId("save-status")).toContainText("All answers saved", { timeout: 15_000 });

  await page.reload();
  await expect(page.getByText(/^3 of \d+ answered$/)).toBeVisible();
});

test("a submit without a connection keeps the answers and says so; the next one is graded", async ({ page, context }) => {
  await openQuiz(page);
  for (const q of allTypes.quiz.questions) await answerWithKeyboard(page, page.getByTestId(`question-${q.id}`), q);
  await expect(page.getByTestId("save-status")).toContainText("All answers saved");

  await context.setOffline(true);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Could not reach the server" })).toContainText("Your answers are kept; submit again when you are back online.");
  const total = allTypes.quiz.questions.length;
  await expect(page.getByText(`${total} of ${total} answered`)).toBeVisible();

  await context.setOffline(false);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("quiz-score")).toContainText("Passed: 100%");
});

test("before submitting, no answer key or explanation reaches the browser", async ({ page }) => {
  await openQuiz(page);
  const url = quizUrl(allTypes);
  const attemptJson = await (await page.request.post(`/api/quizzes/${allTypes.quiz.id}/attempts`)).text();
  const html = await (await page.request.get(url)).text();
  const rsc = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
  expect(scripts.length).toBeGreaterThan(0);
  const chunks = await Promise.all(scripts.map(async (src) => (await page.request.get(src)).text()));

  // Plain-word runs survive HTML and JSON escaping, so an escaped copy is still found.
  const distinctive = (text: string) => (text.match(/[A-Za-z0-9 ,]{16,}/g) ?? [text]).sort((a, b) => b.length - a.length)[0]!;
  const secrets = allTypes.quiz.questions.flatMap((q) => [
    distinctive(q.explanation),
    ...(q.type === "short_text" ? q.accept.filter((a) => a.length >= 6) : []),
    ...("options" in q ? q.options.flatMap((o) => (o.misconception ? [o.misconception] : [])) : []),
  ]);
  expect(secrets.length).toBeGreaterThan(allTypes.quiz.questions.length - 1);
  for (const [name, text] of [["attempt JSON", attemptJson], ["HTML", html], ["RSC payload", rsc], ...chunks.map((c, i) => [scripts[i]!, c])] as const) {
    for (const secret of secrets) expect(text.includes(secret), `${name} contains "${secret.slice(0, 40)}"`).toBe(false);
    if (name === "attempt JSON") expect(text).not.toMatch(/"(answer|accept|explanation|misconception|correct)"\s*:/);
  }
});
