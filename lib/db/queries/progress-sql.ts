import "server-only";
import { db } from "@/lib/db/client";

// Timestamps are stored as UTC `timestamp(3)`: `ts AT TIME ZONE 'UTC'` makes them instants, and
// `AT TIME ZONE $zone` turns an instant into the learner's wall-clock time (DST included).

/** Activities (submitted attempts and completed lessons) per local day: index-only on (userId, submittedAt). */
export function activityByDay(userId: string, timeZone: string) {
  return db.$queryRaw<{ day: string; count: number }[]>`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day, count(*)::int AS count
    FROM (
      SELECT (("submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date AS day
      FROM "QuizAttempt" WHERE "userId" = ${userId} AND "submittedAt" IS NOT NULL
      UNION ALL
      SELECT (("completedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date
      FROM "LessonProgress" WHERE "userId" = ${userId}
    ) d
    GROUP BY d.day
    ORDER BY d.day`;
}

/**
 * Per quiz in `quizIds`: the answers of its latest submitted attempt, and of its last attempt
 * submitted before the local day of that one. Two LIMIT 1 probes of (userId, quizId, submittedAt)
 * per quiz, then the answers of at most two attempts per quiz; never the whole history.
 */
export function latestQuestionResults(userId: string, quizIds: string[], timeZone: string) {
  return db.$queryRaw<{ quizId: string; questionId: string; correct: boolean; points: number; attempt: "latest" | "previous" }[]>`
    WITH latest AS (
      SELECT l.id, l."quizId", l."submittedAt"
      FROM unnest(${quizIds}::text[]) AS q(id)
      CROSS JOIN LATERAL (
        SELECT a.id, a."quizId", a."submittedAt" FROM "QuizAttempt" a
        WHERE a."userId" = ${userId} AND a."quizId" = q.id AND a."submittedAt" IS NOT NULL
        ORDER BY a."submittedAt" DESC LIMIT 1
      ) l
    ), previous AS (
      SELECT p.id, p."quizId"
      FROM latest l
      CROSS JOIN LATERAL (
        SELECT a.id, a."quizId" FROM "QuizAttempt" a
        WHERE a."userId" = ${userId} AND a."quizId" = l."quizId"
          AND a."submittedAt" < (date_trunc('day', (l."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}) AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'
        ORDER BY a."submittedAt" DESC LIMIT 1
      ) p
    ), chosen AS (
      SELECT id, "quizId", 'latest' AS attempt FROM latest
      UNION ALL
      SELECT id, "quizId", 'previous' FROM previous
    )
    SELECT c."quizId", ans."questionId", ans.correct, ans.points, c.attempt
    FROM chosen c JOIN "AttemptAnswer" ans ON ans."attemptId" = c.id`;
}
