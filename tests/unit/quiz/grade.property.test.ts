import fc from "fast-check";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/content/schema";
import { readCatalog } from "@/lib/content/read";
import { checkAnswers } from "@/lib/quiz/answers";
import { grade } from "@/lib/quiz/grade";

const quizzes = readCatalog(path.resolve("content")).catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz));
const questions = quizzes.flatMap((q) => q.questions);

/** Any well-shaped answer for a question: right, wrong, partial, or naming ids that do not exist. */
function answerFor(q: Question): fc.Arbitrary<unknown> {
  const ids = (options: { id: string }[]) => fc.constantFrom(...options.map((o) => o.id), "no-such-option");
  switch (q.type) {
    case "single":
      return ids(q.options);
    case "multiple":
      return fc.uniqueArray(ids(q.options), { maxLength: q.options.length + 1 });
    case "ordering":
      return fc.oneof(fc.shuffledSubarray(q.options.map((o) => o.id), { minLength: q.options.length }), fc.uniqueArray(ids(q.options), { maxLength: 6 }));
    case "true_false":
      return fc.boolean();
    case "short_text":
      return fc.oneof(fc.constantFrom(...q.accept), fc.string({ maxLength: 40 }));
    case "matching":
      return fc.dictionary(fc.constantFrom(...q.left.map((l) => l.id)), ids(q.right));
  }
}

const submissionFor = (qs: Question[]) =>
  fc.tuple(...qs.map((q) => fc.option(answerFor(q), { nil: undefined }))).map((values) =>
    qs.flatMap((q, i) => (values[i] === undefined ? [] : [{ questionId: q.id, answer: values[i] }])),
  );

const gradeSubmission = (qs: Question[], answers: { questionId: string; answer: unknown }[], pass = 70) => {
  const checked = checkAnswers(qs, answers);
  expect(checked.issues).toEqual([]);
  return grade(qs, checked.answers, pass);
};

describe("grade() properties", () => {
  test("every question scores within [0, its points]", () => {
    fc.assert(
      fc.property(fc.constantFrom(...questions).chain((q) => fc.tuple(fc.constant(q), answerFor(q))), ([q, answer]) => {
        const { questions: [result] } = gradeSubmission([q], [{ questionId: q.id, answer }]);
        expect(result!.points).toBeGreaterThanOrEqual(0);
        expect(result!.points).toBeLessThanOrEqual(q.points);
        expect(result!.correct).toBe(result!.points === q.points);
      }),
      { numRuns: 2000 },
    );
  });

  test("the order of answers in a submission never changes the grade, and grading is deterministic", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...quizzes).chain((quiz) => fc.tuple(fc.constant(quiz), submissionFor(quiz.questions))).chain(([quiz, answers]) =>
          fc.tuple(fc.constant(quiz), fc.constant(answers), fc.shuffledSubarray(answers, { minLength: answers.length })),
        ),
        ([quiz, answers, shuffled]) => {
          const a = gradeSubmission(quiz.questions, answers, quiz.passPercent);
          expect(gradeSubmission(quiz.questions, shuffled, quiz.passPercent)).toEqual(a);
          expect(gradeSubmission(quiz.questions, answers, quiz.passPercent)).toEqual(a);
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(a.maxScore);
          expect(a.percent).toBeGreaterThanOrEqual(0);
          expect(a.percent).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 500 },
    );
  });
});
