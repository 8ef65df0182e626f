/**
 * Calendar days in a learner's time zone, as "YYYY-MM-DD" strings, and arithmetic on them. Pure.
 * Arithmetic works on day numbers (days since 1970-01-01 as a calendar date), so a 23- or 25-hour
 * day around a DST change is still exactly one day.
 */
import { z } from "zod";

export type Day = string;

const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", calendar: "gregory", numberingSystem: "latn" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day an instant falls on in `timeZone` (what PostgreSQL's `AT TIME ZONE` gives). */
export function localDay(instant: Date, timeZone: string): Day {
  const parts = dayFormatter(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}

export const dayNumber = (day: Day): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
export const dayFromNumber = (n: number): Day => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
export const addDays = (day: Day, days: number): Day => dayFromNumber(dayNumber(day) + days);
/** 0 = Monday … 6 = Sunday. */
export const weekdayIndex = (day: Day): number => (new Date(dayNumber(day) * MS_PER_DAY).getUTCDay() + 6) % 7;

/** The IANA name Intl knows this zone by (case and aliases normalised), or null when it is not one. */
export function canonicalTimeZone(name: string): string | null {
  // Only IANA-style names: Intl would also take offsets such as "+01:00", which PostgreSQL reads with the opposite sign.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A time zone from a client: an IANA name that Intl knows, returned in its canonical spelling. */
export const TimeZone = z
  .string()
  .trim()
  .max(64)
  .refine((name) => canonicalTimeZone(name) !== null, { error: "must be an IANA time zone name such as Europe/Berlin" })
  .transform((name) => canonicalTimeZone(name)!);

// Building an Intl.DateTimeFormat costs far more than using one; a dashboard formats hundreds of dates.
const cachedFormats = new Map<string, Intl.DateTimeFormat>();
export function cachedFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = cachedFormats.get(key);
  if (!format) cachedFormats.set(key, (format = new Intl.DateTimeFormat("en-GB", options)));
  return format;
}

/** "25 Nov 2026, 14:05" in the learner's zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return cachedFormat({ timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

// The names en-GB gives (Intl's "Sept" included), so a day label needs no Intl call: the dashboard
// writes one for each of its 84 heatmap days. tests/unit/progress/days.test.ts holds them to Intl.
const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

/** "Mar" for a calendar day. */
export const formatMonth = (day: Day): string => MONTH_NAMES[Number(day.slice(5, 7)) - 1] ?? "";

/** "Mon 3 Mar" for a calendar day (already local: no time zone involved). */
export function formatDay(day: Day): string {
  return `${WEEKDAY_NAMES[weekdayIndex(day)]} ${Number(day.slice(8, 10))} ${formatMonth(day)}`;
}
