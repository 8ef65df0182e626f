import path from "node:path";
import { describe, expect, test } from "vitest";
import { readCatalog } from "@/lib/content/read";
import { checkAnswers, Submission } from "@/lib/quiz/answers";
import { grade } from "@/lib/quiz/grade";
import { drawQuestions } from "@/lib/quiz/public";
import { correctSubmission, type OpenAttempt } from "../../../scripts/bench/database";

const quizzes = readCatalog(path.resolve("content")).catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz));
const user = { id: "bu0", email: "b@bench.test", name: "b" };

// The benchmark's submit bodies must be accepted and graded like a learner's, or it measures 400s.
describe("benchmark submissions", () => {
  test.each(quizzes.flatMap((quiz) => [1, 99991].map((seed) => ({ label: `${quiz.id} seed ${seed}`, quiz, seed }))))("$label scores 100%", ({ quiz, seed }) => {
    const attempt: OpenAttempt = { id: "ba0", user, quiz, seed };
    const body = Submission.parse(JSON.parse(correctSubmission(attempt)));
    const questions = drawQuestions(quiz, seed);
    const { answers, issues } = checkAnswers(questions, body.answers);
    expect(issues).toEqual([]);
    expect(grade(questions, answers, quiz.passPercent).percent).toBe(100);
  });
});
