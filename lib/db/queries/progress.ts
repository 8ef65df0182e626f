import "server-only";
import { listTracks } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import type { ProgressRecords } from "@/lib/progress/stats";
import { getProgressRow } from "./progress-sql";

/**
 * Everything the dashboard needs for one user, aggregated in SQL in a single statement.
 * Days are counted in `timeZone` (an IANA name, already validated) when given, else in the zone
 * stored on the user, else in UTC; the records say which.
 */
export async function getProgressRecords(userId: string, options: { timeZone?: string; quizIds?: string[] } = {}): Promise<ProgressRecords> {
  const quizIds = options.quizIds ?? listTracks().flatMap((t) => t.lessons.map((l) => l.quiz.id));
  let row;
  try {
    row = await getProgressRow(userId, quizIds, options.timeZone ?? null);
  } catch (error) {
    // A zone Intl knows but this PostgreSQL's tz database does not (a newer name): count in UTC, and say so.
    if (!isUnknownTimeZone(error)) throw error;
    row = await getProgressRow(userId, quizIds, "UTC");
  }
  return {
    completedLessons: row.lessons,
    quizzes: row.quizzes,
    recentAttempts: row.recent,
    activity: row.activity,
    questionResults: row.results,
    timeZone: row.timeZone,
  };
}

/**
 * Just what one track's progress bar needs (lessons read, best score per quiz): two indexed
 * queries, rather than the dashboard's whole statement, since every lesson view asks for it.
 */
export async function getTrackRecords(userId: string, ids: { lessonIds: string[]; quizIds: string[] }): Promise<Pick<ProgressRecords, "completedLessons" | "quizzes">> {
  const [completed, quizzes] = await Promise.all([
    db.lessonProgress.findMany({ where: { userId, lessonId: { in: ids.lessonIds } }, select: { lessonId: true, completedAt: true } }),
    db.quizAttempt.groupBy({
      by: ["quizId"],
      where: { userId, quizId: { in: ids.quizIds }, submittedAt: { not: null } },
      _max: { percent: true },
      _count: { _all: true },
    }),
  ]);
  return {
    completedLessons: completed.map((c) => ({ lessonId: c.lessonId, completedAt: c.completedAt.toISOString() })),
    quizzes: quizzes.map((q) => ({ quizId: q.quizId, bestPercent: q._max.percent ?? 0, attempts: q._count._all })),
  };
}

export type LessonCompletion = { lessonId: string; completedAt: string | null };

function isUnknownTimeZone(error: unknown): boolean {
  return /time zone .* not recognized/i.test(String((error as { message?: unknown })?.message ?? ""));
}

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
