import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { RATING, type RatingValue } from "@/lib/review/rating";
import { nextSchedule, REVIEW_PARAMETERS, type StoredSchedule } from "@/lib/review/scheduler";

const DAY = 86_400_000;
const reference = fsrs(REVIEW_PARAMETERS);

describe("scheduling with an injected clock", () => {
  test("Again, Good, Good, Good, then a lapse: intervals grow, the lapse shortens them, exactly as ts-fsrs computes", () => {
    const steps: { rating: RatingValue; grade: Grade }[] = [
      { rating: RATING.Again, grade: Rating.Again },
      { rating: RATING.Good, grade: Rating.Good },
      { rating: RATING.Good, grade: Rating.Good },
      { rating: RATING.Good, grade: Rating.Good },
      { rating: RATING.Again, grade: Rating.Again },
      { rating: RATING.Good, grade: Rating.Good },
    ];
    let now = new Date("2026-03-01T09:00:00Z");
    let ours: StoredSchedule | null = null;
    let theirs: Card = createEmptyCard(now);
    const intervals: number[] = [];
    for (const { rating, grade } of steps) {
      ours = nextSchedule(ours, now, rating);
      theirs = reference.next(theirs, now, grade).card;
      expect(ours.due.toISOString()).toBe(theirs.due.toISOString());
      expect(ours.stability).toBe(theirs.stability);
      expect(ours.difficulty).toBe(theirs.difficulty);
      expect(ours.reps).toBe(theirs.reps);
      expect(ours.lapses).toBe(theirs.lapses);
      intervals.push(ours.due.getTime() - now.getTime());
      now = ours.due; // answered exactly when due
    }
    const [again, learnt, second, third, lapse, relearnt] = intervals as [number, number, number, number, number, number];
    expect(again).toBe(10 * 60_000); // one 10-minute learning step
    expect(learnt).toBeGreaterThanOrEqual(DAY);
    expect(second).toBeGreaterThan(learnt);
    expect(third).toBeGreaterThan(second);
    expect(lapse).toBe(10 * 60_000); // relearning step
    expect(relearnt).toBeLessThan(third); // the lapse shortened the interval
    expect(ours!.lapses).toBe(1);
    expect(ours!.state).toBe("Review");
  });

  test("the parameters are the documented ones", () => {
    expect(REVIEW_PARAMETERS).toMatchObject({ request_retention: 0.9, enable_fuzz: true, learning_steps: ["10m"], relearning_steps: ["10m"], maximum_interval: 365 });
  });

  test("a wrong first answer comes back within minutes, a right one after days", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    expect(nextSchedule(null, now, RATING.Again).due.getTime() - now.getTime()).toBe(10 * 60_000);
    expect(nextSchedule(null, now, RATING.Good).due.getTime() - now.getTime()).toBeGreaterThanOrEqual(DAY);
    expect(nextSchedule(null, now, RATING.Easy).due.getTime()).toBeGreaterThan(nextSchedule(null, now, RATING.Good).due.getTime());
  });
});
