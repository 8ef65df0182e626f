import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Quiz } from "@/lib/content/catalog";
import { getQuiz, listTracks } from "@/lib/content/load";
import { getItemRows } from "@/lib/db/queries/items";
import { startAttempt, submitAttempt } from "@/lib/attempts/service";
import { createUser } from "@/lib/db/queries/users";
import { buildQuizReport } from "@/lib/items/report";
import { questionStats } from "@/lib/items/stats";
import { expectedAnswer } from "@/lib/quiz/answer-key";

const source = getQuiz(`flask.${listTracks().find((t) => t.slug === "flask")!.lessons[0]!.slug}`)!;
// Each test gets its own quiz id, so attempts from other tests never mix in.
const isolated = (extra: Partial<Quiz> = {}): Quiz => ({ ...source, id: `itest.items-${randomUUID()}`, contentHash: randomUUID(), ...extra });
const newUser = () => createUser({ email: `${randomUUID()}@example.test`, name: "T", passwordHash: "x" });

const single = source.questions.find((q) => q.type === "single")!;
if (single.type !== "single") throw new Error("fixture quiz needs a single-choice question");
const wrong = single.options.find((o) => o.id !== single.answer && o.misconception)!;

/**
 * Submits right answers to `rightCount` questions (in content order, skipping the single-choice one)
 * and `singlePick` for the single-choice question, each only if the attempt shows it.
 */
async function submit(userId: string, quiz: Quiz, rightCount: number, singlePick?: string) {
  const { attempt } = await startAttempt(userId, quiz);
  const shown = new Set(attempt.questions.map((q) => q.id));
  const answers = quiz.questions
    .filter((q) => q.id !== single.id && shown.has(q.id))
    .slice(0, rightCount)
    .map((q) => ({ questionId: q.id, answer: expectedAnswer(q) }));
  if (singlePick && shown.has(single.id)) answers.push({ questionId: single.id, answer: singlePick });
  return submitAttempt(userId, attempt.id, { answers });
}

describe("item analysis over seeded attempts", () => {
  test("statistics, thirds and first-vs-all attempts match the graded attempts", async () => {
    const quiz = isolated();
    const users = await Promise.all(Array.from({ length: 9 }, newUser));
    const results = [];
    // Scores rise with i; the three weakest pick the tagged wrong option of the single-choice question.
    for (const [i, user] of users.entries()) results.push(await submit(user.id, quiz, i + 1, i < 3 ? wrong.id : single.answer));
    // A second attempt by the first learner counts only under "all".
    results.push(await submit(users[0]!.id, quiz, quiz.questions.length, single.answer));

    const first = buildQuizReport(quiz, await getItemRows(quiz.id, "first"), "first");
    const all = buildQuizReport(quiz, await getItemRows(quiz.id, "all"), "all");
    expect(first.quiz.s).toBe(9);
    expect(all.quiz.s).toBe(10);

    // The report equals the statistics computed straight from each graded attempt's result.
    for (const [which, report, used] of [["first", first, results.slice(0, 9)], ["all", all, results]] as const) {
      for (const q of report.questions) {
        const cells = used.map((r) => ({ x: r.questions.find((x) => x.questionId === q.question.id)!.points, total: r.score, n: 1 }));
        const expected = questionStats(cells, q.question.points);
        expect(q.stats.s, `${which} ${q.question.id}`).toBe(used.length);
        expect(q.stats.facility).toBeCloseTo(expected.facility!, 10);
        if (expected.discriminationIndex === null) expect(q.stats.discriminationIndex).toBeNull();
        else expect(q.stats.discriminationIndex).toBeCloseTo(expected.discriminationIndex, 8);
      }
      expect(report.quiz.mean).toBeCloseTo(used.reduce((s, r) => s + r.score, 0) / used.length, 10);
    }

    // Option table: the three weakest learners are the bottom third and picked the tagged distractor.
    const row = first.questions.find((q) => q.question.id === single.id)!;
    const picked = row.options.find((o) => o.key === wrong.id)!;
    expect(picked).toMatchObject({ count: 3, bottom: 3, top: 0, correct: false, misconception: wrong.misconception });
    expect(row.options.find((o) => o.key === single.answer)).toMatchObject({ count: 6, top: 3, correct: true });
    expect(row.bandSizes).toEqual({ top: 3, bottom: 3 });
    expect(first.questions.every((q) => q.flags.length === 0)).toBe(true); // below the sample size
  });

  test("a quiz that draws from a bank is analysed per question over the attempts that saw it", async () => {
    const quiz = isolated({ draw: 3 });
    const users = await Promise.all(Array.from({ length: 6 }, newUser));
    const shown = new Map<string, number>();
    for (const user of users) {
      const result = await submit(user.id, quiz, 2);
      for (const q of result.questions) shown.set(q.questionId, (shown.get(q.questionId) ?? 0) + 1);
    }
    const report = buildQuizReport(quiz, await getItemRows(quiz.id, "first"), "first");
    expect(report.drawn).toBe(true);
    expect(report.quiz.cic).toBeNull();
    for (const q of report.questions) expect(q.stats.s).toBe(shown.get(q.question.id) ?? 0);
    expect(report.questions.reduce((sum, q) => sum + q.stats.s, 0)).toBe(18);
  });

  test("flags appear once a question has 30 attempts: a tagged distractor the top third prefers is a likely wrong key", async () => {
    const quiz = isolated();
    const users = await Promise.all(Array.from({ length: 30 }, newUser));
    // Strong learners (everything else right) pick the distractor; weak ones pick the key.
    for (const [i, user] of users.entries()) await submit(user.id, quiz, i < 15 ? 1 : quiz.questions.length, i < 15 ? single.answer : wrong.id);
    const report = buildQuizReport(quiz, await getItemRows(quiz.id, "first"), "first");
    const codes = report.questions.find((q) => q.question.id === single.id)!.flags.map((f) => f.code);
    expect(codes).toContain("likely-wrong-key");
    expect(codes).toContain("negative-discrimination");
    expect(codes).toContain("unused-distractor");
  });
});
