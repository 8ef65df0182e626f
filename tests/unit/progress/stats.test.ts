import { describe, expect, test } from "vitest";
import { buildDashboard, type ProgressRecords } from "@/lib/progress/stats";

const quiz = (id: string, passPercent = 70) => ({ id, title: `Quiz ${id}`, passPercent, questions: [{ id: "q1", concepts: ["routing"], points: 1 }] });
const tracks = [
  {
    slug: "flask",
    title: "Flask",
    lessons: [
      { id: "flask.one", slug: "one", title: "One", quiz: quiz("flask.one") },
      { id: "flask.two", slug: "two", title: "Two", quiz: quiz("flask.two", 90) },
      { id: "flask.three", slug: "three", title: "Three", quiz: quiz("flask.three") },
    ],
  },
];
const empty: ProgressRecords = { completedLessons: [], quizzes: [], recentAttempts: [], activity: [], questionResults: [], timeZone: "UTC" };
const build = (records: Partial<ProgressRecords>, now = "2026-11-25T12:00:00Z") =>
  buildDashboard(tracks, { ...empty, ...records }, { concepts: [{ id: "routing", title: "Routing" }], now: new Date(now) });

describe("best score and progress per track", () => {
  test.each([
    { label: "nothing done", quizzes: [], completed: [], best: [null, null, null], passed: 0, percent: 0, next: "One" },
    { label: "best at the pass mark passes", quizzes: [{ quizId: "flask.one", bestPercent: 70, attempts: 3 }], completed: [], best: [70, null, null], passed: 1, percent: 33, next: "Two" },
    { label: "just below the pass mark does not", quizzes: [{ quizId: "flask.one", bestPercent: 69.9, attempts: 1 }], completed: [], best: [69.9, null, null], passed: 0, percent: 0, next: "One" },
    { label: "each quiz's own pass mark counts (90% for Two)", quizzes: [{ quizId: "flask.two", bestPercent: 85, attempts: 2 }], completed: [], best: [null, 85, null], passed: 0, percent: 0, next: "One" },
    { label: "a read lesson counts as done without its quiz", quizzes: [], completed: ["flask.one"], best: [null, null, null], passed: 0, percent: 33, next: "Two" },
    {
      label: "next is the first lesson not done, even after later ones",
      quizzes: [{ quizId: "flask.three", bestPercent: 100, attempts: 1 }],
      completed: ["flask.one"],
      best: [null, null, 100],
      passed: 1,
      percent: 67,
      next: "Two",
    },
    { label: "unknown quiz ids are ignored", quizzes: [{ quizId: "gone.quiz", bestPercent: 100, attempts: 1 }], completed: [], best: [null, null, null], passed: 0, percent: 0, next: "One" },
  ])("$label", ({ quizzes, completed, best, passed, percent, next }) => {
    const [track] = build({ quizzes, completedLessons: completed.map((lessonId) => ({ lessonId, completedAt: "2026-11-20T10:00:00Z" })) }).tracks;
    expect(track!.quizzes.map((q) => q.bestPercent)).toEqual(best);
    expect(track!.quizzesPassed).toBe(passed);
    expect(track!.percent).toBe(percent);
    expect(track!.next?.title).toBe(next);
  });
});

describe("the rest of the dashboard", () => {
  test("recent attempts are the newest ten of the history window, with review links", () => {
    const recentAttempts = Array.from({ length: 12 }, (_, i) => ({
      attemptId: `a${12 - i}`,
      quizId: "flask.one",
      submittedAt: new Date(Date.UTC(2026, 10, 25, 12 - i)).toISOString(),
      score: 1,
      maxScore: 1,
      percent: 100,
      passed: true,
    }));
    const dashboard = build({ recentAttempts });
    expect(dashboard.recentAttempts.map((a) => a.attemptId)).toEqual(["a12", "a11", "a10", "a9", "a8", "a7", "a6", "a5", "a4", "a3"]);
    expect(dashboard.recentAttempts[0]!.reviewHref).toBe("/learn/flask/one/quiz/review/a12");
    expect(dashboard.history.map((p) => p.attemptId)).toEqual(recentAttempts.map((a) => a.attemptId).reverse());
  });

  test("today and the streaks are taken in the records' time zone", () => {
    const activity = [
      { day: "2026-11-23", count: 1 },
      { day: "2026-11-24", count: 2 },
    ];
    // 02:00 UTC on the 25th is still the 24th in Los Angeles: the streak is alive there, and today is the 24th.
    const la = build({ activity, timeZone: "America/Los_Angeles" }, "2026-11-25T02:00:00Z");
    expect(la).toMatchObject({ today: "2026-11-24", timeZone: "America/Los_Angeles", activity: { current: 2, longest: 2, activeDays: 2 } });
    const tokyo = build({ activity, timeZone: "Asia/Tokyo" }, "2026-11-25T20:00:00Z"); // the 26th in Tokyo
    expect(tokyo).toMatchObject({ today: "2026-11-26", activity: { current: 0, longest: 2 } });
    expect(tokyo.activity.heatmap.weeks.flat().find((c) => c.day === "2026-11-24")?.count).toBe(2);
  });
});
