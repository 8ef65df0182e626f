import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/content/schema";
import type { AnswerValue } from "@/lib/quiz/answers";
import { grade, normaliseText } from "@/lib/quiz/grade";

const base = { prompt: "?", concepts: [], explanation: "Because.", points: 1 };
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));

const single: Question = { ...base, id: "s", type: "single", options: opts("a", "b", "c"), answer: "b" };
const multiple: Question = { ...base, id: "m", type: "multiple", options: opts("a", "b", "c", "d"), answer: ["a", "c"] };
const trueFalse: Question = { ...base, id: "t", type: "true_false", answer: false, misconception: "micro-means-weak" };
const shortText: Question = { ...base, id: "x", type: "short_text", accept: ["flask run", "Flask --app app run"] };
const ordering: Question = { ...base, id: "o", type: "ordering", options: opts("a", "b", "c", "d"), answer: ["a", "b", "c", "d"] };
const matching: Question = {
  ...base,
  id: "p",
  type: "matching",
  left: opts("flask", "rails"),
  right: [...opts("sqlalchemy", "active-record"), { id: "mongoose", text: "Mongoose", misconception: "orm-mixup" }],
  answer: { flask: "sqlalchemy", rails: "active-record" },
};

const gradeOne = (q: Question, answer: AnswerValue | undefined) =>
  grade([q], new Map(answer === undefined ? [] : [[q.id, answer]]), 70).questions[0]!;

describe("grade() per question type", () => {
  test.each([
    { label: "single: right option", q: single, answer: "b", points: 1 },
    { label: "single: wrong option", q: single, answer: "a", points: 0 },
    { label: "single: unanswered", q: single, answer: undefined, points: 0 },
    { label: "multiple: exactly right", q: multiple, answer: ["c", "a"], points: 1 },
    { label: "multiple: half the right ones", q: multiple, answer: ["a"], points: 0.5 },
    { label: "multiple: one right, one wrong cancel out", q: multiple, answer: ["a", "b"], points: 0 },
    { label: "multiple: everything selected scores nothing", q: multiple, answer: ["a", "b", "c", "d"], points: 0 },
    { label: "multiple: unknown ids are ignored", q: multiple, answer: ["a", "zzz"], points: 0.5 },
    { label: "true_false: right", q: trueFalse, answer: false, points: 1 },
    { label: "true_false: wrong", q: trueFalse, answer: true, points: 0 },
    { label: "short_text: exact", q: shortText, answer: "flask run", points: 1 },
    { label: "short_text: case, spaces and punctuation", q: shortText, answer: "  FLASK   --app APP run. ", points: 1 },
    { label: "short_text: wrong", q: shortText, answer: "python app.py", points: 0 },
    { label: "short_text: empty", q: shortText, answer: "   ", points: 0 },
    { label: "ordering: right", q: ordering, answer: ["a", "b", "c", "d"], points: 1 },
    { label: "ordering: one of three adjacent pairs", q: ordering, answer: ["a", "b", "d", "c"], points: 0.33 },
    { label: "ordering: reversed", q: ordering, answer: ["d", "c", "b", "a"], points: 0 },
    { label: "ordering: repeating a right pair never exceeds full marks", q: ordering, answer: ["a", "b", "a", "b", "a", "b", "c", "d"], points: 1 },
    { label: "matching: all pairs", q: matching, answer: { flask: "sqlalchemy", rails: "active-record" }, points: 1 },
    { label: "matching: half the pairs", q: matching, answer: { flask: "sqlalchemy", rails: "mongoose" }, points: 0.5 },
    { label: "matching: none given", q: matching, answer: {}, points: 0 },
  ])("$label", ({ q, answer, points }) => {
    const result = gradeOne(q, answer as AnswerValue | undefined);
    expect(result.points).toBe(points);
    expect(result.correct).toBe(points === 1);
    expect(result.explanation).toBe("Because.");
  });
});

describe("grade() totals and feedback", () => {
  test("sums points, rounds the percentage and applies the pass mark", () => {
    const answers = new Map<string, AnswerValue>([
      ["s", "b"],
      ["m", ["a"]],
      ["t", true],
    ]);
    const result = grade([single, multiple, trueFalse], answers, 50);
    expect(result).toMatchObject({ score: 1.5, maxScore: 3, percent: 50, passed: true });
    expect(grade([single, multiple, trueFalse], answers, 70).passed).toBe(false);
  });

  test("reports the misconceptions behind wrong choices", () => {
    expect(gradeOne(trueFalse, true).misconceptions).toEqual(["micro-means-weak"]);
    expect(gradeOne(matching, { flask: "mongoose" }).misconceptions).toEqual(["orm-mixup"]);
    expect(gradeOne(single, "b").misconceptions).toEqual([]);
  });

  test("gives the expected answer for the review", () => {
    expect(gradeOne(shortText, "nope").expected).toBe("flask run");
    expect(gradeOne(ordering, undefined).expected).toEqual(["a", "b", "c", "d"]);
  });

  test("normaliseText ignores case, punctuation and repeated whitespace", () => {
    expect(normaliseText("  Active   Record! ")).toBe("active record");
  });
});

describe("answer shapes", () => {
  test("ordering and multiple answers must not repeat an option", async () => {
    const { checkAnswers } = await import("@/lib/quiz/answers");
    const { issues } = checkAnswers([ordering, multiple], [
      { questionId: "o", answer: ["a", "b", "a", "b"] },
      { questionId: "m", answer: ["a", "a"] },
    ]);
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('"o"'), expect.stringContaining('"m"')]);
  });
});
