/**
 * Review day boundaries in the learner's time zone. Pure.
 *
 * A review day starts at local midnight, the same boundary the dashboard's heatmap and streaks use,
 * so a review after midnight counts for the new day everywhere. (Anki starts its day at 4 AM; one
 * boundary for the whole dashboard reads more simply than two.) A card is due "today" when its due
 * instant is before the start of the learner's next local day, whatever the hour now.
 */
import { addDays, localDay, type Day } from "@/lib/progress/days";

const MINUTE = 60_000;

/**
 * The first instant whose local calendar day is `day` in `timeZone`: local midnight, or the first
 * minute after it when a DST change skips midnight. Binary search over ±14 h around UTC midnight.
 */
export function startOfLocalDay(day: Day, timeZone: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  let lo = utcMidnight - 15 * 60 * MINUTE; // certainly the day before, locally
  let hi = utcMidnight + 15 * 60 * MINUTE; // certainly this day or later
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
    if (localDay(new Date(mid), timeZone) >= day) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/** The instant the learner's next local day begins: cards due before it are due today. */
export const startOfNextLocalDay = (now: Date, timeZone: string): Date => startOfLocalDay(addDays(localDay(now, timeZone), 1), timeZone);

export const isDueToday = (due: Date, now: Date, timeZone: string): boolean => due.getTime() < startOfNextLocalDay(now, timeZone).getTime();

/** Due before today began locally: part of a backlog. */
export const isOverdue = (due: Date, now: Date, timeZone: string): boolean => due.getTime() < startOfLocalDay(localDay(now, timeZone), timeZone).getTime();
