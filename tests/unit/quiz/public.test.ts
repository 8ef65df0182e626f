import { describe, expect, test } from "vitest";
import path from "node:path";
import { readCatalog } from "@/lib/content/read";
import type { Question } from "@/lib/content/schema";
import { drawQuestions, toPublicQuestion, toPublicQuiz } from "@/lib/quiz/public";

const { catalog } = readCatalog(path.resolve("content"));
// Lesson quizzes and compare quizzes (whose options may carry code) alike.
const quizzes = [...catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz)), ...catalog.compare.map((p) => p.quiz)];
/** The options a learner is shown for a question; none for types without options. */
const shownOptions = (q: Question, seed: number) => {
  const shown = toPublicQuestion(q, seed);
  return "options" in shown ? shown.options : [];
};

describe("public questions", () => {
  test.each(quizzes.map((q) => ({ id: q.id, quiz: q })))("$id carries no answer key, explanation or misconception", ({ quiz }) => {
    const json = JSON.stringify(toPublicQuiz(quiz, 12345));
    for (const q of quiz.questions) expect(json).not.toContain(q.explanation);
    expect(json).not.toMatch(/"(answer|accept|explanation|misconception|correct)"/);
  });

  test("compare quizzes are scanned too, and options keep their code but nothing else", () => {
    const compare = quizzes.filter((q) => q.id.startsWith("compare."));
    expect(compare.length).toBeGreaterThan(0);
    const withCode = compare.flatMap((quiz) => quiz.questions.flatMap((q) => ("options" in q ? q.options.filter((o) => o.code).map((o) => ({ quiz, q, o })) : [])));
    expect(withCode.length).toBeGreaterThan(3);
    for (const { quiz, q, o } of withCode) {
      const shown = shownOptions(q, 1).find((x) => x.id === o.id);
      expect(shown).toEqual({ id: o.id, text: o.text, code: { language: o.code?.language, source: o.code?.source } });
      expect(quiz.id).toMatch(/^compare\./);
    }
  });

  test("the same seed gives the same order; orderings never start solved", () => {
    for (const quiz of quizzes) {
      expect(toPublicQuiz(quiz, 7)).toEqual(toPublicQuiz(quiz, 7));
      for (const q of quiz.questions) {
        if (q.type !== "ordering") continue;
        for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
          const shown = shownOptions(q, seed).map((o) => o.id);
          expect(shown).not.toEqual(q.answer);
        }
      }
    }
  });

  test("draw picks that many questions, stably per seed", () => {
    const quiz = quizzes[0]!;
    const drawn = drawQuestions({ ...quiz, draw: 2 }, 99);
    expect(drawn).toHaveLength(Math.min(2, quiz.questions.length));
    expect(drawQuestions({ ...quiz, draw: 2 }, 99)).toEqual(drawn);
  });
});
