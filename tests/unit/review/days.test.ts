import { describe, expect, test } from "vitest";
import { isDueToday, isOverdue, startOfLocalDay, startOfNextLocalDay } from "@/lib/review/days";
import { formatDueIn } from "@/lib/datetime";

const at = (iso: string) => new Date(iso);

describe("review days in the learner's time zone", () => {
  test.each([
    { zone: "UTC", now: "2026-05-10T15:00:00Z", next: "2026-05-11T00:00:00.000Z" },
    { zone: "Europe/Berlin", now: "2026-05-10T21:59:00Z", next: "2026-05-10T22:00:00.000Z" },
    { zone: "Europe/Berlin", now: "2026-05-10T22:00:00Z", next: "2026-05-11T22:00:00.000Z" },
    { zone: "America/Los_Angeles", now: "2026-05-10T06:00:00Z", next: "2026-05-10T07:00:00.000Z" },
    { zone: "Asia/Kolkata", now: "2026-05-10T18:29:00Z", next: "2026-05-10T18:30:00.000Z" },
    // DST: Berlin springs forward on 29 March 2026 (a 23-hour day) and falls back on 25 October (25 hours).
    { zone: "Europe/Berlin", now: "2026-03-29T12:00:00Z", next: "2026-03-29T22:00:00.000Z" },
    { zone: "Europe/Berlin", now: "2026-10-25T12:00:00Z", next: "2026-10-25T23:00:00.000Z" },
    // New York: 8 March 2026 starts at 05:00 UTC and lasts 23 hours.
    { zone: "America/New_York", now: "2026-03-08T12:00:00Z", next: "2026-03-09T04:00:00.000Z" },
    // Santiago falls back at midnight: 23:00–24:00 on 4 April 2026 happens twice, so 5 April begins at 00:00 -04 = 04:00 UTC.
    { zone: "America/Santiago", now: "2026-04-04T12:00:00Z", next: "2026-04-05T04:00:00.000Z" },
  ])("$zone at $now: the next day starts at $next", ({ zone, now, next }) => {
    expect(startOfNextLocalDay(at(now), zone).toISOString()).toBe(next);
  });

  test("due just before local midnight is due today; at midnight it is tomorrow's", () => {
    const now = at("2026-05-10T08:00:00Z"); // 10:00 in Berlin
    expect(isDueToday(at("2026-05-10T21:59:59.999Z"), now, "Europe/Berlin")).toBe(true);
    expect(isDueToday(at("2026-05-10T22:00:00.000Z"), now, "Europe/Berlin")).toBe(false);
    // The same instants in UTC are both today.
    expect(isDueToday(at("2026-05-10T22:00:00.000Z"), now, "UTC")).toBe(true);
  });

  test("overdue means due before today began locally", () => {
    const now = at("2026-05-10T08:00:00Z");
    expect(isOverdue(at("2026-05-09T21:59:00Z"), now, "Europe/Berlin")).toBe(true);
    expect(isOverdue(at("2026-05-09T22:00:00Z"), now, "Europe/Berlin")).toBe(false);
  });

  test("a day skipped at midnight starts at its first existing minute", () => {
    // Asia/Beirut's clocks jumped from 00:00 to 01:00 on 26 March 2023: that day began at 01:00 local (22:00 UTC).
    expect(startOfLocalDay("2023-03-26", "Asia/Beirut").toISOString()).toBe("2023-03-25T22:00:00.000Z");
  });

  test.each([
    { ms: 10 * 60_000, text: "in 10 minutes" },
    { ms: 60_000, text: "in 1 minute" },
    { ms: 3 * 3600_000, text: "in 3 hours" },
    { ms: 26 * 3600_000, text: "tomorrow" },
    { ms: 86_400_000 - 5000, text: "tomorrow" },
    { ms: 4 * 86_400_000, text: "in 4 days" },
    { ms: 90 * 86_400_000, text: "in 3 months" },
    { ms: -5000, text: "now" },
  ])("due in $ms ms reads “$text”", ({ ms, text }) => {
    const now = at("2026-05-10T08:00:00Z");
    expect(formatDueIn(new Date(now.getTime() + ms), now)).toBe(text);
  });
});
