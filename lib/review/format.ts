/** How a due date reads to a learner: "in 10 minutes", "tomorrow", "in 4 days". Pure; safe in client components. */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

export function formatDueIn(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (ms <= 30_000) return "now";
  if (ms < HOUR) return `in ${plural(Math.max(1, Math.round(ms / MINUTE)), "minute")}`;
  if (ms < 20 * HOUR) return `in ${plural(Math.round(ms / HOUR), "hour")}`;
  // FSRS schedules whole days from the moment of review: "in 1 day" arrives a few seconds short of 24 hours.
  const days = Math.max(1, Math.round(ms / DAY));
  if (days === 1) return "tomorrow";
  if (days < 60) return `in ${days} days`;
  return `in ${plural(Math.round(days / 30), "month")}`;
}
