/** The activity heatmap: weeks as columns (Monday first), the last column holding today. Pure. */
import { addDays, weekdayIndex, type Day } from "./days";

export type HeatLevel = 0 | 1 | 2 | 3 | 4;
export type HeatCell = { day: Day; count: number; level: HeatLevel; future: boolean };
export type Heatmap = { weeks: HeatCell[][]; from: Day; to: Day; total: number; activeDays: number };

/** 0 none, 1 one, 2 two, 3 three or four, 4 five or more activities in a day. */
export function activityLevel(count: number): HeatLevel {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count === 2) return 2;
  return count <= 4 ? 3 : 4;
}

export function buildHeatmap(counts: ReadonlyMap<Day, number>, today: Day, weeks = 12): Heatmap {
  const from = addDays(today, -weekdayIndex(today) - 7 * (weeks - 1));
  const columns: HeatCell[][] = [];
  let total = 0;
  let activeDays = 0;
  for (let w = 0; w < weeks; w++) {
    const column: HeatCell[] = [];
    for (let d = 0; d < 7; d++) {
      const day = addDays(from, w * 7 + d);
      const future = day > today;
      const count = future ? 0 : (counts.get(day) ?? 0);
      total += count;
      if (count > 0) activeDays++;
      column.push({ day, count, level: activityLevel(count), future });
    }
    columns.push(column);
  }
  return { weeks: columns, from, to: today, total, activeDays };
}
