import { expect, test } from "vitest";
import type { Question } from "@/lib/content/schema";
import { reportMisconceptions } from "@/lib/quiz/misconceptions";

const base = { prompt: "P?", concepts: [], explanation: "E.", points: 1 };
const single: Question = {
  ...base,
  id: "s",
  type: "single",
  options: [
    { id: "a", text: "A" },
    { id: "b", text: "B", misconception: "django-habit" },
    { id: "c", text: "C", misconception: "micro-means-weak" },
  ],
  answer: "a",
};
const tf: Question = { ...base, id: "t", type: "true_false", answer: true, misconception: "micro-means-weak" };
const find = (_quiz: string, id: string) => [single, tf].find((q) => q.id === id);

test("counts wrong answers per misconception tag, most frequent first, skipping untagged and removed questions", () => {
  const report = reportMisconceptions(
    [
      { quizId: "x.y", questionId: "s", answer: "b", count: 3 },
      { quizId: "x.y", questionId: "s", answer: "c", count: 2 },
      { quizId: "x.y", questionId: "t", answer: false, count: 4 },
      { quizId: "x.y", questionId: "gone", answer: "b", count: 9 },
    ],
    find,
  );
  expect(report.map((r) => [r.tag, r.count])).toEqual([
    ["micro-means-weak", 6],
    ["django-habit", 3],
  ]);
  expect(report[0]!.questions.map((q) => q.questionId)).toEqual(["s", "t"]);
});
