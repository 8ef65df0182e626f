import { describe, expect, test } from "vitest";
import { buildDashboard, buildTrackProgress, type ProgressRecords } from "@/lib/progress/stats";

const lesson = (slug: string) => ({ id: `t.${slug}`, slug, title: slug.toUpperCase(), quiz: { id: `t.${slug}`, title: `Quiz ${slug}`, passPercent: 70, questions: [] } });
const track = { slug: "t", title: "T", lessons: ["a", "b", "c", "d"].map(lesson) };
const records: ProgressRecords = {
  completedLessons: [
    { lessonId: "t.a", completedAt: "2026-01-01T00:00:00.000Z" },
    { lessonId: "other.x", completedAt: "2026-01-02T00:00:00.000Z" },
  ],
  quizzes: [
    { quizId: "t.b", bestPercent: 80, attempts: 2 },
    { quizId: "t.c", bestPercent: 50, attempts: 1 },
  ],
  recentAttempts: [],
  activity: [],
  questionResults: [],
  timeZone: "UTC",
};

describe("buildTrackProgress", () => {
  const progress = buildTrackProgress(track, records);

  test("agrees with the dashboard: a lesson is done when read or its quiz is passed", () => {
    const { quizzes, ...dashboard } = buildDashboard([track], records, { concepts: [], now: new Date("2026-01-03T00:00:00Z") }).tracks[0]!;
    expect(quizzes).toHaveLength(4);
    expect(progress).toMatchObject(dashboard);
    expect(progress).toMatchObject({ lessonsTotal: 4, lessonsCompleted: 2, quizzesPassed: 1, percent: 50, next: { href: "/learn/t/c" } });
  });

  test("lists each lesson with when it was marked read and whether its quiz is passed", () => {
    expect(progress.lessons).toEqual([
      { lessonId: "t.a", slug: "a", title: "A", completedAt: "2026-01-01T00:00:00.000Z", quizPassed: false },
      { lessonId: "t.b", slug: "b", title: "B", completedAt: null, quizPassed: true },
      { lessonId: "t.c", slug: "c", title: "C", completedAt: null, quizPassed: false },
      { lessonId: "t.d", slug: "d", title: "D", completedAt: null, quizPassed: false },
    ]);
  });

  test("nothing recorded: 0%, next is the first lesson", () => {
    const empty = buildTrackProgress(track, { completedLessons: [], quizzes: [] });
    expect(empty).toMatchObject({ percent: 0, lessonsCompleted: 0, next: { href: "/learn/t/a" } });
    expect(empty.lessons.every((l) => l.completedAt === null && !l.quizPassed)).toBe(true);
  });
});
