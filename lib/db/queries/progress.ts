import "server-only";
import { db } from "@/lib/db/client";
import type { ProgressRecords } from "@/lib/progress/stats";

const RECENT_ATTEMPTS = 10;

/** Everything the dashboard needs for one user, aggregated in SQL: three indexed queries. */
export async function getProgressRecords(userId: string): Promise<ProgressRecords> {
  const submitted = { userId, submittedAt: { not: null } } as const;
  const [completed, quizzes, recent] = await Promise.all([
    db.lessonProgress.findMany({ where: { userId }, select: { lessonId: true, completedAt: true } }),
    db.quizAttempt.groupBy({ by: ["quizId"], where: submitted, _max: { percent: true }, _count: { _all: true } }),
    db.quizAttempt.findMany({
      where: submitted,
      orderBy: { submittedAt: "desc" },
      take: RECENT_ATTEMPTS,
      select: { id: true, quizId: true, submittedAt: true, score: true, maxScore: true, percent: true, passed: true },
    }),
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
  };
}

export type LessonCompletion = { lessonId: string; completedAt: string | null };

/** Marks a lesson read; marking it twice keeps the first date. */
export async function markLessonComplete(userId: string, lessonId: string): Promise<LessonCompletion> {
  // INSERT … ON CONFLICT DO NOTHING: concurrent first marks (a double click) cannot collide the
  // way upsert's select-then-insert does.
  await db.lessonProgress.createMany({ data: [{ userId, lessonId }], skipDuplicates: true });
  const row = await db.lessonProgress.findUniqueOrThrow({ where: { userId_lessonId: { userId, lessonId } }, select: { completedAt: true } });
  return { lessonId, completedAt: row.completedAt.toISOString() };
}

/** Un-marks a lesson; un-marking one that is not marked is not an error. */
export async function unmarkLessonComplete(userId: string, lessonId: string): Promise<LessonCompletion> {
  await db.lessonProgress.deleteMany({ where: { userId, lessonId } });
  return { lessonId, completedAt: null };
}
