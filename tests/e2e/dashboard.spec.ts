import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { catalog, register, signIn } from "../support/http";
import { expectedAnswer } from "../../lib/quiz/answer-key";

const track = catalog.tracks.find((t) => t.slug === "flask")!;
const quiz = track.lessons[0]!.quiz;
const concepts = [...new Set(quiz.questions.flatMap((q) => q.concepts))];

/** Takes the quiz through the JSON API with the browser's session: all right, or all unanswered. */
async function takeQuiz(request: APIRequestContext, allRight: boolean) {
  const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
  const answers = allRight ? quiz.questions.map((q) => ({ questionId: q.id, answer: expectedAnswer(q) })) : [];
  const response = await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers } });
  expect(response.status()).toBe(200);
}

const levels = (page: Page) => Promise.all(concepts.map((c) => page.getByTestId(`mastery-flask-${c}`).getAttribute("data-level")));

test.use({ timezoneId: "Pacific/Auckland" });

test("the dashboard's bar, chart, streak and mastery grid follow the learner's quizzes", async ({ page }) => {
  const user = await register(page.request, undefined, "Lin");
  await signIn(page.request, user.email);

  await page.goto("/dashboard");
  // The browser's zone is sent once and the page re-renders with days counted there. Scoped to the
  // region: React may still hold a hidden, not yet revealed copy of streamed content for a moment.
  await expect(page.getByRole("region", { name: "Activity" }).getByTestId("activity-summary")).toContainText("Days are counted in Pacific/Auckland");
  await expect(page.getByRole("heading", { name: "Start your first lesson" })).toBeVisible();
  await expect(page.getByTestId("history-empty")).toBeVisible();
  await expect(page.getByTestId("current-streak")).toHaveText("0 days");
  await expect(page.getByRole("progressbar", { name: `${track.title} progress` })).toHaveAttribute("aria-valuenow", "0");
  expect(await levels(page)).toEqual(concepts.map(() => "not_started"));

  await takeQuiz(page.request, true);
  await page.reload();
  const bar = page.getByRole("progressbar", { name: `${track.title} progress` });
  await expect(bar).toHaveAttribute("aria-valuenow", String(Math.round(100 / track.lessons.length)));
  await expect(page.getByTestId("score-point")).toHaveCount(1);
  await expect(page.getByTestId("score-point")).toHaveAttribute("data-percent", "100");
  await expect(page.getByTestId("current-streak")).toHaveText("1 day");
  expect(await levels(page)).toEqual(concepts.map(() => "proficient"));
  await expect(page.getByTestId(`mastery-flask-${concepts[0]}`)).toContainText("Proficient: 100%");
  await expect(page.getByRole("heading", { name: "Start your first lesson" })).toHaveCount(0);

  // A later slip: the chart shows it, the grid drops to the latest attempt, the best score stays.
  await takeQuiz(page.request, false);
  await page.reload();
  await expect(page.getByTestId("score-point")).toHaveCount(2);
  await expect(page.getByTestId("score-point").last()).toHaveAttribute("data-percent", "0");
  expect(await levels(page)).toEqual(concepts.map(() => "attempted"));
  await expect(page.getByTestId(`best-${quiz.id}`)).toHaveText("100%");
  await expect(page.getByTestId("recent-attempt")).toHaveCount(2);

  // The chart's table alternative holds the same two scores, oldest first.
  await page.getByText("Show these scores as a table").click();
  await expect(page.getByTestId("score-table").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByTestId("score-table").locator("tbody tr td:last-child")).toHaveText(["100%", "0%"]);
});

test("the dashboard fits a 320px-wide screen and its grid scrolls by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const user = await register(page.request, undefined, "Narrow");
  await signIn(page.request, user.email);
  await takeQuiz(page.request, true);
  await page.goto("/dashboard");
  await expect(page.getByTestId("score-point")).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const grid = page.getByRole("region", { name: "Mastery grid, scrolls sideways" });
  await grid.focus();
  await expect(grid).toBeFocused();
  const before = await grid.evaluate((el) => el.scrollLeft);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
});

test("without JavaScript the dashboard still reads, and its late-drawn blocks keep their height at every width", async ({ browser, baseURL }) => {
  test.slow(); // eight page loads: four widths, with and without JavaScript
  const plain = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const user = await register(plain.request, undefined, "NoScript");
  await signIn(plain.request, user.email);
  await takeQuiz(plain.request, true);
  const page = await plain.newPage();
  await page.goto("/dashboard");
  // No streaming boundary: the whole page is in the HTML, not a "Loading…" state that needs a script.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome back, NoScript");
  await expect(page.getByRole("progressbar", { name: `${track.title} progress` })).toBeVisible();
  await expect(page.getByTestId("current-streak")).toHaveText("1 day");
  await expect(page.getByTestId(`best-${quiz.id}`)).toHaveText("100%");

  const scripted = await browser.newContext({ baseURL });
  await signIn(scripted.request, user.email);
  const drawn = await scripted.newPage();
  const height = (testId: string, p: Page) => p.getByTestId(testId).evaluate((e) => e.getBoundingClientRect().height);
  // Wide, the break (768 px) and narrow: below 768 px concept names wrap inside a two-line box.
  for (const width of [1280, 768, 767, 320]) {
    const viewport = { width, height: 800 };
    await page.setViewportSize(viewport);
    await drawn.setViewportSize(viewport);
    await page.reload();
    await drawn.goto("/dashboard");
    await expect(drawn.getByTestId("mastery-grid")).toBeVisible();
    await expect(drawn.getByTestId("heatmap")).toBeVisible();
    const placeholders = { mastery: await height("mastery-placeholder", page), heatmap: await height("heatmap-placeholder", page) };
    const region = await drawn.getByRole("region", { name: "Mastery grid, scrolls sideways" }).evaluate((e) => e.getBoundingClientRect().height);
    expect(Math.abs(region - placeholders.mastery), `mastery grid at ${width} px: drawn ${region}, placeholder ${placeholders.mastery}`).toBeLessThanOrEqual(1);
    const heatmap = await height("heatmap", drawn);
    expect(Math.abs(heatmap - placeholders.heatmap), `heatmap at ${width} px: drawn ${heatmap}, placeholder ${placeholders.heatmap}`).toBeLessThanOrEqual(1);
  }
  await plain.close();
  await scripted.close();
});
