import { expect, test, type Page } from "../support/fixtures";
import type { Question } from "../../lib/content/schema";
import { plainText } from "../../lib/quiz/format";
import { catalog, PASSWORD, register, uniqueEmail } from "../support/http";
import { signUpInBrowser } from "../support/signup-ui";

const track = catalog.tracks.find((t) => t.slug === "flask")!;
const lesson = track.lessons[0]!;

async function answerCorrectly(page: Page, question: Question) {
  const box = page.getByTestId(`question-${question.id}`);
  // The page shows `code` spans as <code>, so accessible names carry the text without backticks.
  const text = (options: { id: string; text: string }[], id: string) => plainText(options.find((o) => o.id === id)!.text);
  switch (question.type) {
    case "single":
      return box.getByLabel(text(question.options, question.answer), { exact: true }).check();
    case "multiple":
      for (const id of question.answer) await box.getByLabel(text(question.options, id), { exact: true }).check();
      return;
    case "true_false":
      return box.getByLabel(question.answer ? "True" : "False", { exact: true }).check();
    case "short_text":
      return box.getByRole("textbox").fill(question.accept[0]!);
    case "matching":
      for (const [left, right] of Object.entries(question.answer))
        await box.getByLabel(`Match for ${text(question.left, left)}`).selectOption(right);
      return;
    case "ordering":
      // Keyboard-friendly reordering: move each item up until it reaches its place.
      for (const [target, id] of question.answer.entries()) {
        const label = text(question.options, id);
        const items = () => box.locator("li");
        for (;;) {
          const index = (await items().allInnerTexts()).findIndex((t) => t.includes(label));
          if (index <= target) break;
          await box.getByRole("button", { name: `Move "${label}" up` }).click();
        }
      }
  }
}

test("a new learner signs up, reads a lesson, passes its quiz and sees it on the dashboard", async ({ page }) => {
  const email = uniqueEmail("e2e");

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Learn web frameworks");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign up" }).click();
  await signUpInBrowser(page, email, { name: "Grace" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Grace");

  await page.goto(`/learn/${track.slug}/${lesson.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
  // Code is highlighted on the server: the HTML already carries Shiki's markup.
  await expect(page.locator("article pre.shiki").first()).toBeVisible();

  await page.getByRole("link", { name: "Take the quiz" }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/${track.slug}/${lesson.slug}/quiz$`));
  const total = lesson.quiz.questions.length;
  await expect(page.getByText(`0 of ${total} answered`)).toBeVisible();
  for (const question of lesson.quiz.questions) await answerCorrectly(page, question);
  await expect(page.getByText(`${total} of ${total} answered`)).toBeVisible();
  await page.getByRole("button", { name: "Submit answers" }).click();

  await expect(page.getByTestId("quiz-score")).toContainText("Passed: 100%");
  await expect(page.getByText("Correct", { exact: true })).toHaveCount(total);

  await page.getByRole("link", { name: "Dashboard" }).first().click();
  await expect(page.getByTestId(`best-${lesson.quiz.id}`)).toHaveText("100%");
  await expect(page.getByTestId("recent-attempt")).toHaveCount(1);
  await expect(page.getByRole("progressbar", { name: `${track.title} progress` })).toHaveAttribute("aria-valuenow", String(Math.round(100 / track.lessons.length)));

  await page.getByTestId("recent-attempt").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Review");
  await expect(page.getByTestId("quiz-score")).toContainText("100%");
});

test("a signed-out visitor is sent to sign in and brought back to the quiz", async ({ page, request }) => {
  const email = uniqueEmail("return");
  await register(request, email);

  await page.goto(`/learn/${track.slug}/${lesson.slug}/quiz`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/${track.slug}/${lesson.slug}/quiz$`));
  await expect(page.getByText(/0 of \d+ answered/)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
});
