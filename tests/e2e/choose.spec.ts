import { expect, test, type Page } from "../support/fixtures";
import { blockingViolations, settled, showInTheme, THEME_MODES } from "../support/a11y";
import { aceFirstQuiz, dashboardCounts } from "../support/choose";
import { signedInUser } from "../support/http";

const ranking = (page: Page) => page.getByRole("list", { name: "Frameworks, best fit first" });
const rankedNames = async (page: Page) => (await ranking(page).getByRole("heading", { level: 3 }).allTextContents()).map((t) => t.replace(/^\d+\.\s*/, ""));

/** Fills the questionnaire the way a person would: labels, fieldsets and the submit button. */
async function answer(page: Page, answers: { lang: string[]; build: string; work?: string }) {
  for (const lang of answers.lang) await page.getByRole("group", { name: /languages/ }).getByLabel(lang).check();
  await page.getByRole("group", { name: /What are you building/ }).getByLabel(answers.build).check();
  if (answers.work) await page.getByRole("group", { name: /What kind of work/ }).getByLabel(answers.work).check();
  await page.getByRole("button", { name: "Rank the frameworks" }).click();
}

test.describe("the chooser", () => {
  test("with JavaScript: a filled questionnaire returns a ranked list with reasons, and the answers land in the URL", async ({ page }) => {
    await page.goto("/choose");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a framework");
    await expect(ranking(page)).toHaveCount(0);
    await answer(page, { lang: ["Python"], build: "A JSON API", work: "Mostly waiting" });

    await expect(page).toHaveURL(/\/choose\?lang=python&build=json-api&admin=no&work=io/);
    await expect(ranking(page).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })).toHaveCount(5);
    expect((await rankedNames(page))[0]).toBe("FastAPI");
    const fastapi = ranking(page).locator('[data-framework="fastapi"]');
    await expect(fastapi.getByText("Score 100 of 100")).toBeVisible();
    await expect(fastapi.getByRole("link", { name: "Compare: API documentation" })).toHaveAttribute("href", "/compare/api-docs");
    // The form keeps the answers for another try.
    await expect(page.getByRole("group", { name: /languages/ }).getByLabel("Python")).toBeChecked();
    // Signed out, the next step is the top pick's first lesson.
    await expect(page.getByRole("link", { name: "Start the FastAPI track" })).toHaveAttribute("href", /^\/learn\/fastapi\//);
  });

  test("a shared link shows the same ranking", async ({ page }) => {
    await page.goto("/choose?lang=ruby&build=crud-admin&admin=yes");
    expect((await rankedNames(page))[0]).toBe("Rails");
    await page.getByRole("link", { name: "Link to this result" }).click();
    await expect(page).toHaveURL(/lang=ruby&build=crud-admin&admin=yes/);
    expect((await rankedNames(page))[0]).toBe("Rails");
  });

  test("an answer missing says which, and shows no ranking", async ({ page }) => {
    await page.goto("/choose?lang=python&work=io");
    await expect(page.getByText("What are you building? Please choose an answer.")).toBeVisible();
    await expect(ranking(page)).toHaveCount(0);
    await expect(page.getByRole("group", { name: /What kind of work/ }).getByLabel(/Mostly waiting/)).toBeChecked();
  });

  test("no horizontal scroll at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/choose?lang=javascript&build=realtime&work=cpu");
    await expect(ranking(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test("signed in: says how many core concepts the learner is proficient in and suggests the next lesson", async ({ page }) => {
    await signedInUser(page.request, "chooser-e2e");
    const { nextLesson } = await aceFirstQuiz(page.request, "express");
    const counts = await dashboardCounts(page.request, "express");
    await page.goto("/choose?lang=javascript&build=realtime");
    const express = ranking(page).locator('[data-framework="express"]');
    await expect(express.getByText(`You are proficient in ${counts.proficient} of Express's ${counts.total} core concepts.`)).toBeVisible();
    // A framework the learner has not studied says so too.
    await expect(ranking(page).locator('[data-framework="rails"]').getByText(/^You are proficient in 0 of Rails's \d+ core concepts\.$/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Continue with Express" })).toHaveAttribute("href", `/learn/express/${nextLesson!.slug}`);
  });
});

test.describe("the chooser without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a filled questionnaire returns a ranked list", async ({ page }) => {
    await page.goto("/choose");
    await answer(page, { lang: ["JavaScript or TypeScript"], build: "Something realtime" });
    await expect(page).toHaveURL(/\/choose\?lang=javascript&build=realtime/);
    expect(await rankedNames(page)).toHaveLength(5);
    expect((await rankedNames(page))[0]).toBe("Express");
    await expect(ranking(page).locator('[data-framework="express"]').getByRole("link", { name: /Lesson: / }).first()).toBeVisible();
  });

  test("the browser itself insists on what is being built", async ({ page }) => {
    await page.goto("/choose");
    await page.getByRole("button", { name: "Rank the frameworks" }).click();
    await expect(page).toHaveURL(/\/choose$/);
    expect(await page.getByRole("group", { name: /What are you building/ }).getByLabel("A JSON API").evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
  });
});

test.describe("axe finds no serious or critical violations on /choose, in light and dark mode", () => {
  test.describe.configure({ timeout: 90_000 });
  for (const [name, path] of [
    ["the questionnaire", "/choose"],
    ["a ranking", "/choose?lang=python&build=html-app&admin=yes&work=cpu"],
  ] as const)
    test(name, async ({ page }) => {
      await page.goto(path);
      const found: string[] = [];
      for (const mode of THEME_MODES) {
        await showInTheme(page, mode, async (p) => {
          await expect(p.getByRole("heading", { level: 1 })).toHaveText("Choose a framework");
          await settled(p);
        });
        found.push(...(await blockingViolations(page)).map((v) => `[${mode.name}] ${v}`));
      }
      expect(found, found.join("\n")).toEqual([]);
    });
});
