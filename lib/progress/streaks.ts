/** Streaks of active days. Pure: the days are already local to the learner (see days.ts). */
import { dayFromNumber, dayNumber, type Day } from "./days";

export type Streaks = {
  /** Consecutive active days ending today, or ending yesterday while today is still open. */
  current: number;
  longest: number;
  activeDays: number;
  lastActive: Day | null;
};

export function computeStreaks(activeDays: Iterable<Day>, today: Day): Streaks {
  const todayN = dayNumber(today);
  // Days after today can only come from clock skew; they are not activity yet.
  const days = [...new Set([...activeDays].map(dayNumber))].filter((n) => n <= todayN).sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  days.forEach((n, i) => {
    run = i > 0 && days[i - 1] === n - 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  const last = days.at(-1);
  // `run` is the run ending at the last active day; it is current while that day is today or yesterday.
  const current = last !== undefined && todayN - last <= 1 ? run : 0;
  return { current, longest, activeDays: days.length, lastActive: last === undefined ? null : dayFromNumber(last) };
}
