/**
 * From the server's grade of one answer to an FSRS rating. Pure.
 *
 * | grade                                   | rating    |
 * |-----------------------------------------|-----------|
 * | no points (wrong or unanswered)         | Again (1) |
 * | some but not all points (partial credit)| Hard (2)  |
 * | all points                              | Good (3)  |
 * | all points on a review, within EASY_MS  | Easy (4)  |
 *
 * Quiz answers never rate Easy: a quiz is graded as a whole, so the time per question is unknown.
 */
export const RATING = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type RatingValue = (typeof RATING)[keyof typeof RATING];
export type RatingName = keyof typeof RATING;

/** A right answer on a review within this many milliseconds of being shown rates Easy. */
export const EASY_MS = 8_000;

export type GradedAnswer = { points: number; maxPoints: number; correct: boolean };

export function ratingFor(graded: GradedAnswer, timing: { source: "quiz" | "review"; durationMs: number | null }): RatingValue {
  if (graded.points <= 0) return RATING.Again;
  if (!graded.correct) return RATING.Hard;
  if (timing.source === "review" && timing.durationMs !== null && timing.durationMs >= 0 && timing.durationMs <= EASY_MS) return RATING.Easy;
  return RATING.Good;
}

export const ratingName = (rating: number): RatingName => (["Again", "Hard", "Good", "Easy"] as const)[Math.min(4, Math.max(1, rating)) - 1]!;
