import { describe, expect, test } from "vitest";
import { localDay } from "@/lib/progress/days";
import { computeStreaks } from "@/lib/progress/streaks";

describe("computeStreaks", () => {
  test.each([
    { label: "no activity", days: [], today: "2026-11-25", current: 0, longest: 0, lastActive: null },
    { label: "active today only", days: ["2026-11-25"], today: "2026-11-25", current: 1, longest: 1, lastActive: "2026-11-25" },
    { label: "a run ending yesterday is still current", days: ["2026-11-23", "2026-11-24"], today: "2026-11-25", current: 2, longest: 2, lastActive: "2026-11-24" },
    { label: "a gap of a whole day ends the streak", days: ["2026-11-22", "2026-11-23"], today: "2026-11-25", current: 0, longest: 2, lastActive: "2026-11-23" },
    { label: "the longest run can lie in the past", days: ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-24", "2026-11-25"], today: "2026-11-25", current: 2, longest: 4, lastActive: "2026-11-25" },
    { label: "duplicates and any order", days: ["2026-11-25", "2026-11-24", "2026-11-25", "2026-11-24"], today: "2026-11-25", current: 2, longest: 2, lastActive: "2026-11-25" },
    { label: "across a month and year end", days: ["2025-12-30", "2025-12-31", "2026-01-01"], today: "2026-01-01", current: 3, longest: 3, lastActive: "2026-01-01" },
    { label: "days after today (clock skew) are not counted", days: ["2026-11-25", "2026-11-26"], today: "2026-11-25", current: 1, longest: 1, lastActive: "2026-11-25" },
  ])("$label", ({ days, today, current, longest, lastActive }) => {
    expect(computeStreaks(days, today)).toEqual({ current, longest, activeDays: new Set(days.filter((d) => d <= today)).size, lastActive });
  });
});

/** Instants → local days → streaks: the path the dashboard takes (SQL buckets the same way). */
describe("streaks across time zones and DST changes", () => {
  const streakIn = (zone: string, instants: string[], now: string) =>
    computeStreaks(instants.map((i) => localDay(new Date(i), zone)), localDay(new Date(now), zone));

  test.each([
    {
      label: "evening attempts in Los Angeles make a 3-day streak there, though they span 3 UTC days shifted by one",
      zone: "America/Los_Angeles",
      instants: ["2026-06-02T04:00:00Z", "2026-06-03T04:00:00Z", "2026-06-04T04:00:00Z"], // 21:00 local on the 1st, 2nd, 3rd
      now: "2026-06-04T18:00:00Z", // 11:00 local on the 4th: yesterday was active
      expected: { current: 3, longest: 3 },
    },
    {
      label: "two attempts 10 minutes apart around local midnight in Tokyo count as two days",
      zone: "Asia/Tokyo",
      instants: ["2026-06-01T14:55:00Z", "2026-06-01T15:05:00Z"], // 23:55 and 00:05 local
      now: "2026-06-01T15:10:00Z",
      expected: { current: 2, longest: 2 },
    },
    {
      label: "…but the same instants are one day in UTC",
      zone: "UTC",
      instants: ["2026-06-01T14:55:00Z", "2026-06-01T15:05:00Z"],
      now: "2026-06-01T15:10:00Z",
      expected: { current: 1, longest: 1 },
    },
    {
      label: "US spring-forward: 22:30 local each evening across the 23-hour day keeps the streak",
      zone: "America/New_York",
      // 7 Mar 22:30 EST = 03:30Z on the 8th; 8 Mar 22:30 EDT = 02:30Z on the 9th; 9 Mar 22:30 EDT = 02:30Z on the 10th
      instants: ["2026-03-08T03:30:00Z", "2026-03-09T02:30:00Z", "2026-03-10T02:30:00Z"],
      now: "2026-03-10T03:00:00Z", // 23:00 on the 9th
      expected: { current: 3, longest: 3 },
    },
    {
      label: "EU autumn change: 00:30 local on the day after the 25-hour day is a new day, not the same one",
      zone: "Europe/Berlin",
      // 25 Oct 23:30 CET = 22:30Z; 26 Oct 00:30 CET = 23:30Z on the 25th (UTC days would merge them)
      instants: ["2026-10-24T21:30:00Z", "2026-10-25T22:30:00Z", "2026-10-25T23:30:00Z"],
      now: "2026-10-26T08:00:00Z",
      expected: { current: 3, longest: 3 },
    },
    {
      label: "London spring-forward: 23:30 GMT, then the same UTC time a day later (00:30 BST) skips a local day and breaks the streak",
      zone: "Europe/London",
      instants: ["2026-03-28T23:30:00Z", "2026-03-29T23:30:00Z"], // 23:30 GMT on the 28th; 00:30 BST on the 30th
      now: "2026-03-30T09:00:00Z",
      expected: { current: 1, longest: 1 },
    },
  ])("$label", ({ zone, instants, now, expected }) => {
    expect(streakIn(zone, instants, now)).toMatchObject(expected);
  });
});
