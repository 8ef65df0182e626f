import { expect, test, type Page } from "../support/fixtures";
import { blockingViolations, settled, showInTheme, THEME_MODES } from "../support/a11y";
import { catalog, signedInUser } from "../support/http";
import { answerWithKeyboard, tabTo } from "../support/keyboard";

const routing = catalog.compare.find((p) => p.concept === "routing")!;
const questionById = new Map(routing.quiz.questions.map((q) => [q.id, q]));

test("journey: pick Django → Rails on the map, read routing, answer its quiz with the keyboard, see the mastery cell change", async ({ page }) => {
  test.setTimeout(90_000);
  await signedInUser(page.request, "compare-journey");
  await page.goto("/compare");
  await page.getByLabel("I know").selectOption("django");
  await page.getByLabel("I am learning").selectOption("rails");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/compare\?from=django&to=rails$/, { timeout: 20_000 });
  const map = page.getByTestId("compare-map");
  await expect(map.getByRole("columnheader")).toHaveText(["Concept", "Django", "Rails"]);

  await map.getByRole("link", { name: "Routing", exact: true }).click();
  await expect(page).toHaveURL(/\/compare\/routing\?from=django&to=rails$/, { timeout: 20_000 });
  await expect(page.getByTestId("compare-task")).toHaveText(routing.task);
  await expect(page.getByTestId("compare-pair")).toContainText("Showing Django and Rails.");
  await expect(page.getByTestId("compare-column-rails")).toContainText("resources :books, only: :show");
  await expect(page.getByTestId("compare-column-flask")).toHaveCount(0);
  const railsMastery = page.getByTestId("compare-mastery-rails");
  await expect(railsMastery).toHaveAttribute("data-level", "not_started", { timeout: 15_000 });

  await page.getByRole("link", { name: "Take the quiz" }).last().click();
  await expect(page).toHaveURL(/\/compare\/routing\/quiz$/, { timeout: 20_000 });
  await expect(page.getByText(/^0 of 6 answered$/)).toBeVisible({ timeout: 15_000 });
  const shown = await page.locator("[data-testid^=question-]").evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.replace("question-", "")));
  expect(shown).toHaveLength(routing.quiz.draw!);
  // Code options are highlighted on the server, like question code: every one the draw shows (a draw
  // may show none; the count then checks that none appears).
  const codeOptions = shown
    .map((id) => questionById.get(id)!)
    .flatMap((q) => ("options" in q ? q.options.filter((o) => o.code) : [])).length;
  await expect(page.locator("[data-option-code]")).toHaveCount(codeOptions);
  await expect(page.locator("[data-option-code] pre.shiki")).toHaveCount(codeOptions);
  for (const id of shown) await answerWithKeyboard(page, page.getByTestId(`question-${id}`), questionById.get(id)!);
  await expect(page.getByText("6 of 6 answered")).toBeVisible();
  await tabTo(page, { within: "button[type=submit]" });
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("quiz-score")).toContainText("Passed: 100%");

  await page.goto("/compare/routing?from=django&to=rails");
  await expect(page.getByTestId("compare-mastery-rails")).toHaveAttribute("data-level", "proficient", { timeout: 15_000 });
  await page.goto("/dashboard");
  const cell = page.getByTestId("mastery-rails-routing");
  await expect(cell).toHaveAttribute("data-level", "proficient");
  await cell.getByRole("link").click();
  await expect(page).toHaveURL(/\/compare\/routing\?from=django&to=rails$/);
});

test("without JavaScript the map's form still narrows it, and the concept page shows all five stacked", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto("/compare");
  await page.getByLabel("I know").selectOption("fastapi");
  await page.getByLabel("I am learning").selectOption("express");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/compare\?from=fastapi&to=express$/);
  await expect(page.getByTestId("compare-map").getByRole("columnheader")).toHaveText(["Concept", "FastAPI", "Express"]);
  await page.goto("/compare/routing");
  await expect(page.getByRole("tab")).toHaveCount(0);
  for (const f of ["django", "flask", "fastapi", "rails", "express"]) await expect(page.getByTestId(`compare-column-${f}`)).toBeVisible();
  await context.close();
});

test.describe("on a narrow screen the implementations are WAI-ARIA tabs", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("arrow keys, Home and End move between tabs; only the selected panel shows", async ({ page }) => {
    await page.goto("/compare/routing");
    const tabs = page.getByRole("tablist", { name: "Frameworks" }).getByRole("tab");
    await expect(tabs).toHaveText(["Django", "Flask", "FastAPI", "Rails", "Express"]);
    await expect(page.getByRole("tabpanel")).toHaveCount(1);
    await tabTo(page, { within: "[role=tab][aria-selected=true]" });
    await page.keyboard.press("ArrowRight");
    await expect(tabs.nth(1)).toBeFocused();
    await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("tabpanel", { name: "Flask" })).toContainText('@app.get("/books/<int:book_id>")');
    await page.keyboard.press("End");
    await expect(tabs.nth(4)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowRight");
    await expect(tabs.nth(0)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("tabpanel", { name: "Django" })).toBeFocused();
  });

  test("from/to narrows the tabs to the pair", async ({ page }) => {
    await page.goto("/compare/routing?from=rails&to=express");
    await expect(page.getByRole("tab")).toHaveText(["Rails", "Express"]);
  });
});

test("lessons link to the compare pages of their concepts, with their framework selected", async ({ page }) => {
  await page.goto("/learn/flask/routing-and-requests");
  await page.getByRole("region", { name: "See it in all five frameworks" }).getByRole("link", { name: "Routing" }).click();
  await expect(page).toHaveURL(/\/compare\/routing\?from=django&to=flask$/);
  await expect(page.getByTestId("compare-pair")).toContainText("Showing Django and Flask.");
});

test("before submitting, the compare quiz page carries no answer key, explanation or misconception", async ({ page }) => {
  await signedInUser(page.request, "compare-leak");
  await page.goto("/compare/routing/quiz");
  await expect(page.getByText(/0 of \d+ answered/)).toBeVisible();
  const html = await (await page.request.get("/compare/routing/quiz")).text();
  const rsc = await (await page.request.get("/compare/routing/quiz", { headers: { RSC: "1" } })).text();
  const distinctive = (text: string) => (text.match(/[A-Za-z0-9 ,]{16,}/g) ?? [text]).sort((a, b) => b.length - a.length)[0]!;
  const secrets = routing.quiz.questions.flatMap((q) => [
    distinctive(q.explanation),
    ...("options" in q ? q.options.flatMap((o) => (o.misconception ? [o.misconception] : [])) : []),
  ]);
  for (const [name, text] of [["HTML", html], ["RSC payload", rsc]] as const)
    for (const secret of secrets) expect(text.includes(secret), `${name} contains "${secret.slice(0, 40)}"`).toBe(false);
});

test.describe("compare pages: axe finds no serious or critical violation in light and dark; nothing scrolls sideways at 320 px", () => {
  test.describe.configure({ timeout: 120_000 });
  const ready = (heading: string | RegExp) => async (page: Page) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await settled(page);
  };

  async function expectAccessible(page: Page, check: (page: Page) => Promise<void>) {
    const found: string[] = [];
    for (const mode of THEME_MODES) {
      await showInTheme(page, mode, check);
      found.push(...(await blockingViolations(page)).map((v) => `[${mode.name}] ${v}`));
    }
    expect(found, found.join("\n")).toEqual([]);
  }

  for (const [name, path, heading] of [
    ["map", "/compare", "Compare frameworks"],
    ["map narrowed to a pair", "/compare?from=django&to=rails", "Compare frameworks"],
    ["concept page", "/compare/routing", routing.title],
  ] as const)
    test(name, async ({ page }) => {
      await page.goto(path);
      await expectAccessible(page, ready(heading));
    });

  test("concept page signed in, with mastery, and its quiz", async ({ page }) => {
    await signedInUser(page.request, "compare-a11y");
    await page.goto("/compare/routing?from=django&to=rails");
    await expectAccessible(page, async (p) => {
      await ready(routing.title)(p);
      await expect(p.getByTestId("compare-mastery-rails")).toBeVisible({ timeout: 15_000 });
    });
    await page.goto("/compare/routing/quiz");
    await expectAccessible(page, async (p) => {
      await expect(p.getByText(/\d+ of \d+ answered/)).toBeVisible();
      await settled(p);
    });
  });

  test("at 320 px, in tabs and stacked", async ({ page }) => {
    await signedInUser(page.request, "compare-narrow");
    await page.setViewportSize({ width: 320, height: 640 });
    const wide: string[] = [];
    for (const path of ["/compare", "/compare?from=django&to=rails", "/compare/routing", "/compare/routing?from=django&to=express", "/compare/routing/quiz"]) {
      await page.goto(path);
      await settled(page);
      if (path.endsWith("/quiz")) await expect(page.getByText(/\d+ of \d+ answered/)).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
  });
});
