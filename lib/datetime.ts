/**
 * Every date and time a page shows, formatted in one place. Pure; safe in client components.
 * Building an Intl.DateTimeFormat costs far more than using one (a dashboard formats hundreds of
 * dates), so formatters are built once per option set and kept.
 */
import { weekdayIndex, type Day } from "@/lib/progress/days";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const cachedFormats = new Map<string, Intl.DateTimeFormat>();

/** A formatter for `options`, built once. `locale` undefined: the runtime's (the browser's) own. */
export function cachedFormat(options: Intl.DateTimeFormatOptions, locale: string | undefined = "en-GB"): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let format = cachedFormats.get(key);
  if (!format) cachedFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** "25 Nov 2026, 14:05" in the learner's zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return cachedFormat({ timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/** "25 Nov 2026, 14:05 UTC": an instant where the learner's zone is unknown (server-rendered history). */
export function formatUtc(iso: string): string {
  return `${formatDateTime(iso, "UTC")} UTC`;
}

// The names en-GB gives (Intl's "Sept" included), so a day label needs no Intl call: the dashboard
// writes one for each of its 84 heatmap days. tests/unit/progress/days.test.ts holds them to Intl.
const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

/** "Mar" for a calendar day's month. */
export const formatMonth = (day: Day): string => MONTH_NAMES[Number(day.slice(5, 7)) - 1] ?? "";

/** "Mon 3 Mar" for a calendar day (already local: no time zone involved). */
export function formatDay(day: Day): string {
  return `${WEEKDAY_NAMES[weekdayIndex(day)]} ${Number(day.slice(8, 10))} ${formatMonth(day)}`;
}

/** "14:05" (or "2:05 PM") in the browser's own locale and zone: for a clock the learner is looking at. */
export function formatClock(iso: string): string {
  return cachedFormat({ hour: "2-digit", minute: "2-digit" }, undefined).format(new Date(iso));
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** How a due date reads to a learner: "in 10 minutes", "tomorrow", "in 4 days". */
export function formatDueIn(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (ms <= 30_000) return "now";
  if (ms < HOUR) return `in ${plural(Math.max(1, Math.round(ms / MINUTE)), "minute")}`;
  if (ms < 20 * HOUR) return `in ${plural(Math.round(ms / HOUR), "hour")}`;
  // FSRS schedules whole days from the moment of review: "in 1 day" arrives a few seconds short of 24 hours.
  const days = Math.max(1, Math.round(ms / (24 * HOUR)));
  if (days === 1) return "tomorrow";
  if (days < 60) return `in ${days} days`;
  return `in ${plural(Math.round(days / 30), "month")}`;
}
