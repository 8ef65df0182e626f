import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/content/schema";
import { getCatalog } from "@/lib/content/load";
import { startAttempt, submitAttempt } from "@/lib/attempts/service";
import { getDashboard } from "@/lib/db/queries/dashboard";
import { getProgressRecords, markLessonComplete } from "@/lib/db/queries/progress";
import { createUser, setUserTimeZone } from "@/lib/db/queries/users";
import { db } from "@/lib/db/client";
import { localDay } from "@/lib/progress/days";
import { expectedAnswer } from "@/lib/quiz/answer-key";

const catalog = getCatalog();
const flask = catalog.tracks.find((t) => t.slug === "flask")!;
const [lessonA, lessonB] = [flask.lessons[0]!, flask.lessons[1]!];
const [quizA, quizB] = [lessonA.quiz, lessonB.quiz];
const newUser = () => createUser({ email: `${randomUUID()}@example.test`, name: "P", passwordHash: "x" });


/** Submits an attempt with the first `correct` questions right (the rest unanswered), then dates it `at`. */
async function take(userId: string, quiz: typeof quizA, correct: number, at: string) {
  const { attempt } = await startAttempt(userId, quiz);
  const answers = quiz.questions.slice(0, correct).map((q) => ({ questionId: q.id, answer: expectedAnswer(q) }));
  const result = await submitAttempt(userId, attempt.id, { answers });
  await db.quizAttempt.update({ where: { id: attempt.id }, data: { submittedAt: new Date(at) } });
  return { id: attempt.id, percent: result.percent };
}

const conceptsOf = (questions: Question[]) => new Set(questions.flatMap((q) => q.concepts));
const cellLevel = (dashboard: Awaited<ReturnType<typeof getDashboard>>, track: string, concept: string) =>
  dashboard.mastery.rows.find((r) => r.concept.id === concept)?.cells.find((c) => c.track === track)?.level;

/**
 * The learner lives in Los Angeles. A: 0% on Thu 5 Mar (noon), 100% on Fri 6 Mar at 23:10 (07:10Z on
 * the 7th), 100% on Sat 7 Mar at 15:00; B: 4 questions right on Sat 7 Mar at 10:00. Now is Sun 8 Mar, 13:00.
 */
async function learnerWithHistory() {
  const user = await newUser();
  const a1 = await take(user.id, quizA, 0, "2026-03-05T20:00:00Z");
  const a2 = await take(user.id, quizA, quizA.questions.length, "2026-03-07T07:10:00Z");
  const b1 = await take(user.id, quizB, 4, "2026-03-07T18:00:00Z");
  const a3 = await take(user.id, quizA, quizA.questions.length, "2026-03-07T23:00:00Z");
  return { user, attempts: { a1, a2, b1, a3 } };
}
const NOW = new Date("2026-03-08T20:00:00Z");

describe("the dashboard after a sequence of attempts", () => {
  test("matches hand-computed scores, history, activity, streaks and mastery in the learner's zone", async () => {
    const { user, attempts } = await learnerWithHistory();
    const { a1, a2, b1, a3 } = attempts;
    const bPoints = quizB.questions.reduce((s, q) => s + q.points, 0);
    const bEarned = quizB.questions.slice(0, 4).reduce((s, q) => s + q.points, 0);
    expect(b1.percent).toBe(Math.round((bEarned / bPoints) * 1000) / 10);

    const la = await getDashboard(user.id, { timeZone: "America/Los_Angeles", now: NOW });
    const track = la.tracks.find((t) => t.slug === "flask")!;
    expect(track.quizzes.slice(0, 3).map((q) => [q.bestPercent, q.attempts, q.passed])).toEqual([
      [100, 3, true],
      [b1.percent, 1, b1.percent >= quizB.passPercent],
      [null, 0, false],
    ]);
    expect(track).toMatchObject({ lessonsCompleted: 1, quizzesPassed: 1, percent: Math.round(100 / flask.lessons.length), next: { title: lessonB.title } });
    expect(la.recentAttempts.map((a) => a.attemptId)).toEqual([a3.id, b1.id, a2.id, a1.id]);
    expect(la.history.map((p) => [p.attemptId, p.percent])).toEqual([[a1.id, 0], [a2.id, 100], [b1.id, Math.round(b1.percent)], [a3.id, 100]]);

    // 23:10 on Friday belongs to Friday in Los Angeles: three days in a row, and Saturday was yesterday.
    expect(la.today).toBe("2026-03-08");
    expect(la.activity).toMatchObject({ current: 3, longest: 3, activeDays: 3, lastActive: "2026-03-07" });
    const heat = new Map(la.activity.heatmap.weeks.flat().map((c) => [c.day, c.count]));
    expect([heat.get("2026-03-05"), heat.get("2026-03-06"), heat.get("2026-03-07"), heat.get("2026-03-08")]).toEqual([1, 1, 2, 0]);

    // A was all right on Friday and on Saturday (local days): mastered where B does not pull it down.
    const inA = conceptsOf(quizA.questions);
    const inB = conceptsOf(quizB.questions);
    for (const concept of inA) if (!inB.has(concept)) expect(cellLevel(la, "flask", concept), concept).toBe("mastered");
    for (const concept of inB) {
      if (inA.has(concept)) continue;
      const tagged = quizB.questions.filter((q) => q.concepts.includes(concept));
      const earned = tagged.filter((q) => quizB.questions.indexOf(q) < 4).reduce((s, q) => s + q.points, 0);
      const possible = tagged.reduce((s, q) => s + q.points, 0);
      const expected = earned === possible ? "proficient" : (earned / possible) * 100 >= 70 ? "familiar" : "attempted";
      expect(cellLevel(la, "flask", concept), concept).toBe(expected);
    }
    const untouched = [...conceptsOf(flask.lessons.slice(2).flatMap((l) => l.quiz.questions))].filter((c) => !inA.has(c) && !inB.has(c));
    for (const concept of untouched) expect(cellLevel(la, "flask", concept), concept).toBe("not_started");
    const otherCells = la.mastery.rows.flatMap((r) => r.cells.filter((c) => c.track !== "flask").map((c) => c.level));
    expect(new Set(otherCells)).toEqual(new Set(["not_started", null]));

    // Counted in UTC instead, Friday night's attempt falls on Saturday: no three-day streak, and A's two
    // perfect attempts share a day, so A's concepts are only proficient.
    const utc = await getDashboard(user.id, { timeZone: "UTC", now: NOW });
    expect(utc.activity).toMatchObject({ current: 1, longest: 1, activeDays: 2 });
    for (const concept of inA) if (!inB.has(concept)) expect(cellLevel(utc, "flask", concept), concept).toBe("proficient");
  });

  test("another user's attempts and lessons never appear", async () => {
    const { user } = await learnerWithHistory();
    const before = await getDashboard(user.id, { timeZone: "America/Los_Angeles", now: NOW });

    const other = await newUser();
    await take(other.id, quizA, quizA.questions.length, "2026-03-08T18:00:00Z");
    await take(other.id, quizB, quizB.questions.length, "2026-03-08T19:00:00Z");
    await take(other.id, flask.lessons[2]!.quiz, 0, "2026-03-01T19:00:00Z");
    await markLessonComplete(other.id, flask.lessons[3]!.id);

    expect(await getDashboard(user.id, { timeZone: "America/Los_Angeles", now: NOW })).toEqual(before);
    const theirs = await getDashboard(other.id, { timeZone: "America/Los_Angeles", now: NOW });
    expect(theirs.recentAttempts).toHaveLength(3);
    expect(theirs.recentAttempts.map((a) => a.attemptId)).not.toContain(before.recentAttempts[0]!.attemptId);
  });

  test("a new user gets empty sections, days in UTC until the browser sets a zone, then the stored zone", async () => {
    const user = await newUser();
    const fresh = await getDashboard(user.id, { now: NOW });
    expect(fresh).toMatchObject({ timeZone: "UTC", today: "2026-03-08", recentAttempts: [], history: [], activity: { current: 0, longest: 0, activeDays: 0 } });
    expect(fresh.tracks.every((t) => t.percent === 0 && t.next?.href === `/learn/${t.slug}/${catalog.tracks.find((c) => c.slug === t.slug)!.lessons[0]!.slug}`)).toBe(true);
    expect(fresh.mastery.rows.flatMap((r) => r.cells.map((c) => c.level)).every((l) => l === "not_started" || l === null)).toBe(true);

    await setUserTimeZone(user.id, "Asia/Tokyo");
    expect(await getDashboard(user.id, { now: NOW })).toMatchObject({ timeZone: "Asia/Tokyo", today: "2026-03-09" });
  });
});

describe("days in SQL agree with days in TypeScript", () => {
  const instants = [
    "2026-03-08T06:59:00Z", "2026-03-08T07:01:00Z", "2026-03-08T09:59:00Z", "2026-03-08T10:01:00Z", // US spring-forward
    "2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z", "2026-03-29T23:30:00Z", // EU spring-forward
    "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-10-25T22:30:00Z", "2026-10-25T23:30:00Z", // EU autumn
    "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z", "2026-11-01T08:30:00Z", // US autumn
  ];

  test.each(["America/New_York", "America/Los_Angeles", "Europe/Berlin", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "UTC"])(
    "%s",
    async (zone) => {
      const user = await newUser();
      for (const at of instants) await take(user.id, quizA, 0, at);
      const expected = new Map<string, number>();
      for (const at of instants) expected.set(localDay(new Date(at), zone), (expected.get(localDay(new Date(at), zone)) ?? 0) + 1);
      const { activity, timeZone } = await getProgressRecords(user.id, { timeZone: zone });
      expect(timeZone).toBe(zone);
      expect(activity).toEqual([...expected].map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day)));
    },
  );

  test("a zone PostgreSQL does not know is counted in UTC, and says so", async () => {
    const user = await newUser();
    await take(user.id, quizA, 0, "2026-03-08T23:30:00Z");
    const records = await getProgressRecords(user.id, { timeZone: "Not/AZone" });
    expect(records).toMatchObject({ timeZone: "UTC", activity: [{ day: "2026-03-08", count: 1 }] });
  });
});
