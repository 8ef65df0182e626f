import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/content/schema";
import { getComparePage } from "@/lib/content/load";
import { startAttempt, submitAttempt } from "@/lib/attempts/service";
import { getDashboard } from "@/lib/db/queries/dashboard";
import { getConceptMastery, getLastStudiedFramework, markLessonComplete } from "@/lib/db/queries/progress";
import { createUser } from "@/lib/db/queries/users";
import { db } from "@/lib/db/client";
import { drawQuestions } from "@/lib/quiz/public";
import { expectedAnswer } from "@/lib/quiz/answer-key";

const page = getComparePage("routing")!;
const newUser = () => createUser({ email: `${randomUUID()}@example.test`, name: "C", passwordHash: "x" });

/** Takes the compare quiz, every drawn question right (or none), dated `at`; returns the drawn questions. */
async function takeCompareQuiz(userId: string, right: boolean, at: string) {
  const { attempt } = await startAttempt(userId, page.quiz);
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { seed: true } });
  const drawn = drawQuestions(page.quiz, row.seed);
  expect(drawn.map((q) => q.id)).toEqual(attempt.questions.map((q) => q.id));
  await submitAttempt(userId, attempt.id, { answers: right ? drawn.map((q) => ({ questionId: q.id, answer: expectedAnswer(q) })) : [] });
  await db.quizAttempt.update({ where: { id: attempt.id }, data: { submittedAt: new Date(at) } });
  return drawn;
}

const named = (questions: Question[]) => new Set<string>(questions.flatMap((q) => q.frameworks ?? []));

describe("compare quizzes and mastery, against PostgreSQL", () => {
  test("a compare attempt moves the routing cell of every framework its drawn questions name, in the dashboard and on the compare page", async () => {
    const user = await newUser();
    const before = await getConceptMastery(user.id, "routing");
    expect(before?.quiz).toEqual({ id: "compare.routing", href: "/compare/routing/quiz" });
    expect(before?.frameworks.map((f) => f.level)).toEqual(["not_started", "not_started", "not_started", "not_started", "not_started"]);

    const drawn = await takeCompareQuiz(user.id, true, "2026-03-07T12:00:00Z");
    const after = await getConceptMastery(user.id, "routing");
    const dashboard = await getDashboard(user.id, { now: new Date("2026-03-07T13:00:00Z") });
    const row = dashboard.mastery.rows.find((r) => r.concept.id === "routing")!;
    for (const cell of after!.frameworks) {
      const expected = named(drawn).has(cell.framework) ? "proficient" : "not_started";
      expect(cell.level, cell.framework).toBe(expected);
      expect(row.cells.find((c) => c.track === cell.framework)?.level, `dashboard ${cell.framework}`).toBe(expected);
    }
    // The attempt is listed with the compare quiz's title and review page.
    expect(dashboard.recentAttempts[0]).toMatchObject({ quizId: "compare.routing", title: page.quiz.title, reviewHref: expect.stringMatching(/^\/compare\/routing\/quiz\/review\//) });
  });

  test("all right again on a later day is mastered; a wrong run after that drops to attempted", async () => {
    const user = await newUser();
    const first = await takeCompareQuiz(user.id, true, "2026-03-05T12:00:00Z");
    const second = await takeCompareQuiz(user.id, true, "2026-03-06T12:00:00Z");
    const both = [...named(first)].filter((f) => named(second).has(f));
    const levels = new Map((await getConceptMastery(user.id, "routing"))!.frameworks.map((f) => [f.framework, f.level]));
    expect(both.length).toBeGreaterThan(0);
    for (const f of both) expect(levels.get(f), f).toBe("mastered");
    // Rails is named by 4 of the 9 questions, so every draw of 6 names it at least once.
    expect(named(second).has("rails")).toBe(true);
    await takeCompareQuiz(user.id, false, "2026-03-07T12:00:00Z");
    const rails = (await getConceptMastery(user.id, "routing"))!.frameworks.find((f) => f.framework === "rails");
    expect(rails).toMatchObject({ level: "attempted", percent: 0 });
  });

  test("an unknown concept has no mastery", async () => {
    const user = await newUser();
    expect(await getConceptMastery(user.id, "no-such-concept")).toBeNull();
  });

  test("the last studied framework skips Django and compare quizzes", async () => {
    const user = await newUser();
    expect(await getLastStudiedFramework(user.id)).toBeNull();
    await markLessonComplete(user.id, "rails.routing-and-controllers");
    await db.lessonProgress.updateMany({ where: { userId: user.id }, data: { completedAt: new Date("2026-03-01T00:00:00Z") } });
    expect(await getLastStudiedFramework(user.id)).toBe("rails");
    await markLessonComplete(user.id, "django.batteries-included");
    await takeCompareQuiz(user.id, true, "2026-03-09T00:00:00Z");
    expect(await getLastStudiedFramework(user.id)).toBe("rails");
  });
});
