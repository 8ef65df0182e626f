import { describe, expect, test } from "vitest";
import { activityLevel, buildHeatmap } from "@/lib/progress/heatmap";

describe("activityLevel", () => {
  test.each([
    { count: 0, level: 0 },
    { count: 1, level: 1 },
    { count: 2, level: 2 },
    { count: 3, level: 3 },
    { count: 4, level: 3 },
    { count: 5, level: 4 },
    { count: 40, level: 4 },
  ])("$count activities → level $level", ({ count, level }) => {
    expect(activityLevel(count)).toBe(level);
  });
});

describe("buildHeatmap", () => {
  test.each([
    { label: "today a Wednesday", today: "2026-11-25", from: "2026-09-07", futureDays: 4 },
    { label: "today a Monday", today: "2026-11-23", from: "2026-09-07", futureDays: 6 },
    { label: "today a Sunday", today: "2026-11-29", from: "2026-09-07", futureDays: 0 },
  ])("12 weeks × 7 days, Monday first, ending in today's week ($label)", ({ today, from, futureDays }) => {
    const map = buildHeatmap(new Map(), today);
    expect(map.weeks).toHaveLength(12);
    expect(map.weeks.every((w) => w.length === 7)).toBe(true);
    expect(map.from).toBe(from);
    expect(map.weeks[0]![0]!.day).toBe(from);
    expect(map.weeks.flat().filter((c) => c.future)).toHaveLength(futureDays);
    expect(map.weeks.flat().find((c) => c.day === today)?.future).toBe(false);
  });

  test("counts land on their days; days outside the window and in the future are left out", () => {
    const counts = new Map([
      ["2026-09-06", 9], // the Sunday before the window
      ["2026-09-07", 1],
      ["2026-11-25", 5],
      ["2026-11-26", 3], // tomorrow
    ]);
    const map = buildHeatmap(counts, "2026-11-25");
    const cells = new Map(map.weeks.flat().map((c) => [c.day, c]));
    expect(cells.get("2026-09-07")).toEqual({ day: "2026-09-07", count: 1, level: 1, future: false });
    expect(cells.get("2026-11-25")).toMatchObject({ count: 5, level: 4 });
    expect(cells.get("2026-11-26")).toMatchObject({ count: 0, future: true });
    expect(cells.has("2026-09-06")).toBe(false);
    expect(map).toMatchObject({ total: 6, activeDays: 2, to: "2026-11-25" });
  });

  test("a DST change inside the window does not shift or drop a day", () => {
    const days = buildHeatmap(new Map(), "2026-11-01").weeks.flat().map((c) => c.day);
    expect(new Set(days).size).toBe(84);
    expect(days).toContain("2026-10-25");
    expect(days).toContain("2026-10-26");
  });
});
