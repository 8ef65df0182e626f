import { describe, expect, test } from "vitest";
import { formatDay, formatMonth } from "@/lib/datetime";
import { addDays, canonicalTimeZone, dayNumber, localDay, TimeZone, weekdayIndex } from "@/lib/progress/days";

describe("localDay", () => {
  test.each([
    { label: "a late-evening attempt in Los Angeles is still that evening's day", instant: "2026-03-06T07:30:00Z", zone: "America/Los_Angeles", expected: "2026-03-05" },
    { label: "the same instant in UTC is the next day", instant: "2026-03-06T07:30:00Z", zone: "UTC", expected: "2026-03-06" },
    { label: "Tokyo is ahead: an early-morning UTC instant is already the next day", instant: "2026-03-05T16:00:00Z", zone: "Asia/Tokyo", expected: "2026-03-06" },
    { label: "a half-hour zone (India) splits at 18:30 UTC", instant: "2026-03-05T18:29:00Z", zone: "Asia/Kolkata", expected: "2026-03-05" },
    { label: "… and 18:30 UTC is midnight there", instant: "2026-03-05T18:30:00Z", zone: "Asia/Kolkata", expected: "2026-03-06" },
    { label: "the hour after the US spring-forward is the same day", instant: "2026-03-08T10:30:00Z", zone: "America/New_York", expected: "2026-03-08" },
    { label: "23:30 on the 25-hour autumn day in Berlin", instant: "2026-10-25T22:30:00Z", zone: "Europe/Berlin", expected: "2026-10-25" },
  ])("$label", ({ instant, zone, expected }) => {
    expect(localDay(new Date(instant), zone)).toBe(expected);
  });
});

describe("day arithmetic", () => {
  test.each([
    { day: "2026-03-08", add: 1, expected: "2026-03-09" },
    { day: "2026-03-31", add: 1, expected: "2026-04-01" },
    { day: "2024-02-28", add: 1, expected: "2024-02-29" },
    { day: "2026-01-01", add: -1, expected: "2025-12-31" },
    { day: "2026-10-25", add: -84, expected: "2026-08-02" },
  ])("$day + $add = $expected", ({ day, add, expected }) => {
    expect(addDays(day, add)).toBe(expected);
    expect(dayNumber(expected) - dayNumber(day)).toBe(add);
  });

  test.each([
    { day: "2026-11-23", expected: 0 },
    { day: "2026-11-25", expected: 2 },
    { day: "2026-11-29", expected: 6 },
  ])("$day is weekday $expected (Monday = 0)", ({ day, expected }) => {
    expect(weekdayIndex(day)).toBe(expected);
  });
});

describe("time zone names from clients", () => {
  test.each([
    { input: "Europe/Berlin", expected: "Europe/Berlin" },
    { input: "america/new_york", expected: "America/New_York" },
    { input: "UTC", expected: "UTC" },
    { input: "Etc/GMT+5", expected: "Etc/GMT+5" },
    { input: "+01:00", expected: null },
    { input: "UTC+5", expected: null },
    { input: "Mars/Olympus_Mons", expected: null },
    { input: "'; DROP TABLE \"User\"; --", expected: null },
    { input: "", expected: null },
  ])("$input → $expected", ({ input, expected }) => {
    expect(canonicalTimeZone(input)).toBe(expected);
    const parsed = TimeZone.safeParse(input);
    expect(parsed.success ? parsed.data : null).toBe(expected);
  });
});

describe("formatDay and formatMonth", () => {
  // They spell days without Intl (the dashboard labels 84 heatmap days per view); this holds them to
  // what Intl's en-GB gives, "Sept" included, for every day of a year.
  const intlDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" });
  const intlMonth = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short" });
  const days = Array.from({ length: 366 }, (_, i) => addDays("2028-01-01", i));
  test("match Intl en-GB for every day of a leap year", () => {
    for (const day of days) {
      const date = new Date(`${day}T00:00:00Z`);
      expect(formatDay(day)).toBe(intlDay.format(date));
      expect(formatMonth(day)).toBe(intlMonth.format(date));
    }
  });
});
