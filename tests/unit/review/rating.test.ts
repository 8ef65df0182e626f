import { describe, expect, test } from "vitest";
import { EASY_MS, RATING, ratingFor } from "@/lib/review/rating";

describe("rating from the server's grade", () => {
  test.each([
    { label: "wrong, quiz", graded: { points: 0, maxPoints: 1, correct: false }, source: "quiz", ms: null, expected: RATING.Again },
    { label: "wrong, fast review", graded: { points: 0, maxPoints: 1, correct: false }, source: "review", ms: 1000, expected: RATING.Again },
    { label: "partial credit, quiz", graded: { points: 0.5, maxPoints: 1, correct: false }, source: "quiz", ms: null, expected: RATING.Hard },
    { label: "partial credit, fast review", graded: { points: 1, maxPoints: 2, correct: false }, source: "review", ms: 500, expected: RATING.Hard },
    { label: "right, quiz (never Easy)", graded: { points: 1, maxPoints: 1, correct: true }, source: "quiz", ms: 100, expected: RATING.Good },
    { label: "right, review at the threshold", graded: { points: 1, maxPoints: 1, correct: true }, source: "review", ms: EASY_MS, expected: RATING.Easy },
    { label: "right, review just over it", graded: { points: 1, maxPoints: 1, correct: true }, source: "review", ms: EASY_MS + 1, expected: RATING.Good },
    { label: "right, review, time unknown", graded: { points: 1, maxPoints: 1, correct: true }, source: "review", ms: null, expected: RATING.Good },
  ] as const)("$label → $expected", ({ graded, source, ms, expected }) => {
    expect(ratingFor(graded, { source, durationMs: ms })).toBe(expected);
  });
});
