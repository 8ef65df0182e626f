import "server-only";
import { listTracks } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import type { QuestionResult } from "@/lib/progress/mastery";
import type { ProgressRecords } from "@/lib/progress/stats";
import { activityByDay, latestQuestionResults } from "./progress-sql";

/** Attempts in the score history; the newest of them are also the "recent attempts". */
export const HISTORY_ATTEMPTS = 30;

/**
 * Everything the dashboard needs for one user, aggregated in SQL: five indexed queries run in
 * parallel, none of which reads more than a handful of rows per quiz or per active day.
 * `timeZone` must already be a valid IANA name (see TimeZone in lib/progress/days.ts).
 */
export async function getProgressRecords(userId: string, options: { timeZone?: string; quizIds?: string[] } = {}): Promise<ProgressRecords> {
  const quizIds = options.quizIds ?? listTracks().flatMap((t) => t.lessons.map((l) => l.quiz.id));
  const submitted = { userId, submittedAt: { not: null } } as const;
  const [completed, quizzes, recent, zoned] = await Promise.all([
    db.lessonProgress.findMany({ where: { userId }, select: { lessonId: true, completedAt: true } }),
    db.quizAttempt.groupBy({ by: ["quizId"], where: submitted, _max: { percent: true }, _count: { _all: true } }),
    db.quizAttempt.findMany({
      where: submitted,
      orderBy: { submittedAt: "desc" },
      take: HISTORY_ATTEMPTS,
      select: { id: true, quizId: true, submittedAt: true, score: true, maxScore: true, percent: true, passed: true },
    }),
    zonedRecords(userId, quizIds, options.timeZone ?? "UTC"),
  ]);
  return {
    completedLessons: completed.map((c) => ({ lessonId: c.lessonId, completedAt: c.completedAt.toISOString() })),
    quizzes: quizzes.map((q) => ({ quizId: q.quizId, bestPercent: q._max.percent ?? 0, attempts: q._count._all })),
    recentAttempts: recent.map((a) => ({
      attemptId: a.id,
      quizId: a.quizId,
      submittedAt: a.submittedAt!.toISOString(),
      score: a.score ?? 0,
      maxScore: a.maxScore,
      percent: a.percent ?? 0,
      passed: a.passed ?? false,
    })),
    ...zoned,
  };
}

type Zoned = Pick<ProgressRecords, "activity" | "questionResults" | "timeZone">;

/** The two queries that count days in the learner's zone. */
async function zonedRecords(userId: string, quizIds: string[], timeZone: string): Promise<Zoned> {
  try {
    const [activity, questionResults] = await Promise.all([activityByDay(userId, timeZone), latestQuestionResults(userId, quizIds, timeZone)]);
    return { activity, questionResults: questionResults as QuestionResult[], timeZone };
  } catch (error) {
    // A zone Intl knows but this PostgreSQL's tz database does not (a newer name): count in UTC, and say so.
    if (timeZone !== "UTC" && isUnknownTimeZone(error)) return zonedRecords(userId, quizIds, "UTC");
    throw error;
  }
}

function isUnknownTimeZone(error: unknown): boolean {
  return /time zone .* not recognized/i.test(String((error as { message?: unknown })?.message ?? ""));
}

/** Marks a lesson read; marking it twice keeps the first date. */
export async function markLessonComplete(userId: string, lessonId: string): Promise<void> {
  await db.lessonProgress.upsert({ where: { userId_lessonId: { userId, lessonId } }, create: { userId, lessonId }, update: {} });
}
