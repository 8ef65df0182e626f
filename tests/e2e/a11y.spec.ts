import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { Question } from "../../lib/content/schema";
import { blockingViolations, settled, showInTheme, THEME_MODES } from "../support/a11y";
import { catalog, PASSWORD, signedInUser, uniqueEmail } from "../support/http";
import { expectedAnswer } from "../../lib/quiz/answer-key";

const track = catalog.tracks.find((t) => t.slug === "flask")!;
const lesson = track.lessons[0]!;
const lessonPath = `/learn/${track.slug}/${lesson.slug}`;
const quizPath = `${lessonPath}/quiz`;

type Ready = (page: Page) => Promise<void>;
const heading = (text: string | RegExp): Ready => async (page) => {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text);
  await settled(page);
};
// The mastery grid and the heatmap are drawn after hydration: scan them, not their placeholders.
const dashboardDrawn: Ready = async (page) => {
  await expect(page.getByTestId("mastery-grid")).toBeVisible();
  await expect(page.getByTestId("heatmap")).toBeVisible();
  await heading(/^Welcome back/)(page);
};
const quizLoaded: Ready = async (page) => {
  await expect(page.getByText(/\d+ of \d+ answered/)).toBeVisible();
  await settled(page);
};

/** Scans the page in every theme mode; collects all violations so one run shows them all. */
async function expectAccessible(page: Page, ready: Ready) {
  const found: string[] = [];
  for (const mode of THEME_MODES) {
    await showInTheme(page, mode, ready);
    found.push(...(await blockingViolations(page)).map((v) => `[${mode.name}] ${v}`));
  }
  expect(found, found.join("\n")).toEqual([]);
}

/** For states a reload would lose: switches the system colour scheme in place (next-themes follows). */
async function expectAccessibleInBothSchemes(page: Page) {
  const found: string[] = [];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /(^|\s)dark(\s|$)/ : /^(?!.*(^|\s)dark(\s|$))/);
    found.push(...(await blockingViolations(page)).map((v) => `[${scheme}] ${v}`));
  }
  expect(found, found.join("\n")).toEqual([]);
}

/** Submits the learner's open attempt at the first quiz; `skip` leaves the last questions unanswered. */
async function submitAttempt(request: APIRequestContext, skip: number) {
  const started = await request.post(`/api/quizzes/${lesson.quiz.id}/attempts`);
  expect(started.ok()).toBe(true);
  const { attempt } = (await started.json()) as { attempt: { id: string; questions: { id: string }[] } };
  const key = new Map<string, Question>(lesson.quiz.questions.map((q) => [q.id, q]));
  const answers = attempt.questions.slice(0, attempt.questions.length - skip).map(({ id }) => {
    const q = key.get(id)!;
    return { questionId: id, answer: expectedAnswer(q) };
  });
  expect((await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers } })).ok()).toBe(true);
  return attempt.id;
}

/** A learner with one failed and one passed attempt and a completed lesson. */
async function learnerWithHistory(page: Page) {
  await signedInUser(page.request, "a11y");
  const failed = await submitAttempt(page.request, 3);
  await submitAttempt(page.request, 0);
  expect((await page.request.put(`/api/me/lessons/${encodeURIComponent(lesson.id)}/complete`)).ok()).toBe(true);
  return { failed };
}

test.describe("axe finds no serious or critical violations, in light and dark mode", () => {
  // Four reloads and scans per page; generous, because the machine may be shared.
  test.describe.configure({ timeout: 90_000 });
  const publicPages: [string, string, Ready][] = [
    ["landing and catalog", "/", heading("Learn web frameworks by comparison.")],
    ["track page", `/learn/${track.slug}`, heading(track.title)],
    ["lesson page", lessonPath, heading(lesson.title)],
    ["sign in", "/signin", heading("Sign in")],
    ["sign up", "/signup", heading("Create an account")],
    ["forgot password", "/forgot-password", heading("Forgot your password?")],
    ["reset password", "/reset-password?token=x", heading("Choose a new password")],
    ["finish sign-up", "/signup/verify?token=x", heading("Finish creating your account")],
    ["404 page", "/no-such-page", heading("Page not found")],
  ];
  for (const [name, path, ready] of publicPages)
    test(name, async ({ page }) => {
      await page.goto(path);
      await expectAccessible(page, ready);
    });

  test("sign in and sign up with errors shown", async ({ page }) => {
    await page.goto("/signin");
    await settled(page);
    await page.getByLabel("Email").fill(uniqueEmail("nobody"));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("do not match an account")).toBeVisible();
    await expectAccessibleInBothSchemes(page);

    await page.goto("/signup");
    await settled(page);
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
    await expectAccessibleInBothSchemes(page);

    // Accepted: "Check your email" replaces the form.
    await page.getByLabel("Email").fill(uniqueEmail("a11y-signup"));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeFocused();
    await expectAccessibleInBothSchemes(page);
  });

  test("settings", async ({ page }) => {
    await signedInUser(page.request, "a11y-settings");
    await page.goto("/settings");
    await expectAccessible(page, heading("Settings"));
  });

  test("empty dashboard", async ({ page }) => {
    await signedInUser(page.request, "a11y-empty");
    await page.goto("/dashboard");
    await expectAccessible(page, dashboardDrawn);
  });

  test("quiz page with its questions loaded", async ({ page }) => {
    await signedInUser(page.request, "a11y-quiz");
    await page.goto(quizPath);
    await expectAccessible(page, quizLoaded);
  });

  test("quiz page after submitting, with the result and attempt history", async ({ page }) => {
    await learnerWithHistory(page);
    await page.goto(quizPath);
    await quizLoaded(page);
    await page.getByRole("button", { name: "Submit answers" }).click();
    await page.getByRole("button", { name: "Submit anyway" }).click();
    await expect(page.getByTestId("quiz-score")).toBeVisible();
    await expectAccessibleInBothSchemes(page);
  });

  test("quiz review page", async ({ page }) => {
    const { failed } = await learnerWithHistory(page);
    await page.goto(`${quizPath}/review/${failed}`);
    await expectAccessible(page, heading(/^Review:/));
  });

  test("dashboard with progress and attempts", async ({ page }) => {
    await learnerWithHistory(page);
    await page.goto("/dashboard");
    await expectAccessible(page, dashboardDrawn);
  });

  test("lesson page signed in, with its progress panel", async ({ page }) => {
    await learnerWithHistory(page);
    await page.goto(lessonPath);
    await expectAccessible(page, async (p) => {
      await heading(lesson.title)(p);
      await expect(p.getByRole("button", { name: "Mark as not complete" })).toBeVisible();
    });
  });
});

test.describe("layouts work at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  /** Paths whose page is wider than the 320 px viewport, i.e. scrolls sideways. */
  async function tooWide(page: Page, pages: [string, Ready][]) {
    const wide: string[] = [];
    for (const [path, ready] of pages) {
      await page.goto(path);
      await ready(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    return wide;
  }

  test("the main pages do not scroll sideways", async ({ page }) => {
    const { failed } = await learnerWithHistory(page);
    const pages: [string, Ready][] = [
      ["/", heading("Learn web frameworks by comparison.")],
      [`/learn/${track.slug}`, heading(track.title)],
      [`${quizPath}/review/${failed}`, heading(/^Review:/)],
      ["/dashboard", heading(/^Welcome back/)],
      ["/signin", heading("Sign in")],
      ["/signup", heading("Create an account")],
      ["/signup/verify?token=x", heading("Finish creating your account")],
      ["/settings", heading("Settings")],
      ["/forgot-password", heading("Forgot your password?")],
      ["/no-such-page", heading("Page not found")],
    ];
    expect(await tooWide(page, pages)).toEqual([]);
  });

  // One test per track: the curriculum has grown past what one test can visit within its timeout.
  for (const track of catalog.tracks) {
    test(`no ${track.slug} lesson or quiz page scrolls sideways, whatever its code and answers`, async ({ page }) => {
      test.setTimeout(120_000);
      await signedInUser(page.request, `a11y-narrow-${track.slug}`);
      const pages = track.lessons.flatMap((l): [string, Ready][] => [
        [`/learn/${l.track}/${l.slug}`, heading(l.title)],
        [`/learn/${l.track}/${l.slug}/quiz`, quizLoaded],
      ]);
      expect(await tooWide(page, pages)).toEqual([]);
    });
  }
});
