import "server-only";
import { queryRows, sql, textArray } from "@/lib/db/sql";
import { reviewColumns, reviewCtes, type ReviewRow } from "./review";
import type { QuestionOutcome } from "@/lib/progress/mastery";
import type { ProgressRecords } from "@/lib/progress/stats";

/** Attempts in the score history; the newest of them are also the "recent attempts". */
export const HISTORY_ATTEMPTS = 30;

/** The learner's zone for counting days: `timeZone` when given, else the one stored on the user, else UTC. */
const zoneCte = (userId: string, timeZone: string | null) => sql`zone AS (
      SELECT coalesce(${timeZone}::text, (SELECT "timeZone" FROM "User" WHERE id = ${userId}), 'UTC') AS tz
    )`;

/**
 * `latest`, `previous` and `chosen`: per quiz in `quizIds`, its latest submitted attempt and its last
 * attempt from an earlier local day (two LIMIT 1 probes on (userId, quizId, submittedAt)). Needs `zone`.
 */
const questionResultCtes = (userId: string, quizIds: readonly string[]) => sql`latest AS (
      SELECT l.id, l."quizId", l."submittedAt" FROM unnest(${textArray(quizIds)}::text[]) AS q(id)
      CROSS JOIN LATERAL (
        SELECT a.id, a."quizId", a."submittedAt" FROM "QuizAttempt" a
        WHERE a."userId" = ${userId} AND a."quizId" = q.id AND a."submittedAt" IS NOT NULL
        ORDER BY a."submittedAt" DESC LIMIT 1
      ) l
    ), previous AS (
      SELECT p.id, p."quizId" FROM latest l, zone z
      CROSS JOIN LATERAL (
        SELECT a.id, a."quizId" FROM "QuizAttempt" a
        WHERE a."userId" = ${userId} AND a."quizId" = l."quizId"
          AND a."submittedAt" < (date_trunc('day', (l."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE z.tz) AT TIME ZONE z.tz) AT TIME ZONE 'UTC'
        ORDER BY a."submittedAt" DESC LIMIT 1
      ) p
    ), chosen AS (
      SELECT id, "quizId", 'latest' AS attempt FROM latest UNION ALL SELECT id, "quizId", 'previous' FROM previous
    )`;

/**
 * The answers of the chosen attempts, as ProgressRecords["questionResults"]. OFFSET 0 keeps this a
 * lookup per chosen attempt through the (attemptId, questionId) index: joined flat, a table whose
 * statistics lag behind (no autovacuum yet, or PGlite, which has none) is hashed from a scan of every
 * answer — 65 ms of PostgreSQL CPU per dashboard at 227k answers instead of a few lookups.
 */
// One array per answer, not an object: a few hundred rows per view, and json_build_array takes about
// half of json_build_object's time for them (1.4-1.7 against 2.4-2.9 ms for a user with 180 attempts)
// and sends no key names for the app to parse.
const questionResultsJson = sql`(SELECT coalesce(json_agg(json_build_array(c."quizId", ans."questionId", ans.correct, ans.points, c.attempt)), '[]')
        FROM chosen c CROSS JOIN LATERAL (SELECT "questionId", correct, points FROM "AttemptAnswer" WHERE "attemptId" = c.id OFFSET 0) ans)`;

type ResultTuple = [quizId: string, questionId: string, correct: boolean, points: number, attempt: QuestionOutcome["attempt"]];
const outcomesOf = (tuples: ResultTuple[]): QuestionOutcome[] =>
  tuples.map(([quizId, questionId, correct, points, attempt]) => ({ quizId, questionId, correct, points, attempt }));

type SqlRow = {
  timeZone: string;
  lessons: ProgressRecords["completedLessons"];
  quizzes: ProgressRecords["quizzes"];
  recent: ProgressRecords["recentAttempts"];
  activity: ProgressRecords["activity"];
  results: ResultTuple[];
};
type Row = Omit<SqlRow, "results"> & { results: QuestionOutcome[] };

/**
 * Everything the dashboard reads for one user, in one statement (one round trip), each part an
 * index-range read of this user's rows:
 * - zone: `timeZone` when given, else the one stored on the user, else UTC;
 * - best score and count per quiz: index-only on (userId, quizId, submittedAt, percent);
 * - the latest attempts: the first rows of (userId, submittedAt DESC);
 * - activities per local day: submitted attempts, read lessons and reviews (quiz answers are already
 *   counted by their attempt), grouped in SQL;
 * - per quiz in `quizIds`: the answers of its latest attempt and of its last attempt from an earlier
 *   local day, found by two LIMIT 1 probes per quiz, never the whole history.
 * Timestamps are stored as UTC `timestamp(3)`: `ts AT TIME ZONE 'UTC'` makes them instants, and
 * `AT TIME ZONE zone` turns an instant into the learner's wall-clock time, DST included.
 */
export async function getProgressRow(userId: string, quizIds: readonly string[], timeZone: string | null): Promise<Row> {
  // Every /api/me/progress call runs it: sent straight to the pool (lib/db/sql.ts), not through Prisma.
  const [row] = await queryRows<SqlRow>(sql`
    WITH ${zoneCte(userId, timeZone)}, ${progressCtes(userId, quizIds)}
    SELECT (SELECT tz FROM zone) AS "timeZone", ${progressColumns(userId)}`, { prepare: true });
  return { ...row!, results: outcomesOf(row!.results) };
}

/**
 * The dashboard page's one statement: getProgressRow's columns and the review queue's
 * (reviewCtes/reviewColumns in review.ts), on one zone, in one round trip.
 */
export async function getDashboardRow(userId: string, quizIds: readonly string[], timeZone: string | null, at: Date): Promise<Row & Omit<ReviewRow, "timeZone">> {
  const [row] = await queryRows<SqlRow & Omit<ReviewRow, "timeZone">>(dashboardStatement(userId, quizIds, timeZone, at), { prepare: true });
  return { ...row!, results: outcomesOf(row!.results) };
}

/** getDashboardRow's statement, for tests that read its plan. */
export const dashboardStatement = (userId: string, quizIds: readonly string[], timeZone: string | null, at: Date) => sql`
    WITH ${zoneCte(userId, timeZone)}, ${progressCtes(userId, quizIds)}, ${reviewCtes(userId, at)}
    SELECT h.tz AS "timeZone", ${progressColumns(userId)}, ${reviewColumns} FROM horizon h`;

const progressCtes = (userId: string, quizIds: readonly string[]) => sql`best AS (
      SELECT "quizId", max(percent) AS best, count(*)::int AS attempts FROM "QuizAttempt"
      WHERE "userId" = ${userId} AND "submittedAt" IS NOT NULL GROUP BY "quizId"
    ), recent AS (
      SELECT id, "quizId", "submittedAt", score, "maxScore", percent, passed FROM "QuizAttempt"
      WHERE "userId" = ${userId} AND "submittedAt" IS NOT NULL ORDER BY "submittedAt" DESC LIMIT ${HISTORY_ATTEMPTS}
    ), activity AS (
      SELECT d.day, count(*)::int AS count FROM (
        SELECT (("submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE z.tz)::date AS day
        FROM "QuizAttempt", zone z WHERE "userId" = ${userId} AND "submittedAt" IS NOT NULL
        UNION ALL
        SELECT (("completedAt" AT TIME ZONE 'UTC') AT TIME ZONE z.tz)::date FROM "LessonProgress", zone z WHERE "userId" = ${userId}
        UNION ALL
        SELECT (("reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE z.tz)::date FROM "ReviewLog", zone z
        WHERE "userId" = ${userId} AND kind IN ('REVIEW', 'PRACTICE')
      ) d GROUP BY d.day
    ), ${questionResultCtes(userId, quizIds)}`;

const progressColumns = (userId: string) => sql`(SELECT coalesce(json_agg(json_build_object('lessonId', "lessonId", 'completedAt', to_char("completedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))), '[]')
        FROM "LessonProgress" WHERE "userId" = ${userId}) AS lessons,
      (SELECT coalesce(json_agg(json_build_object('quizId', "quizId", 'bestPercent', coalesce(best, 0), 'attempts', attempts)), '[]') FROM best) AS quizzes,
      (SELECT coalesce(json_agg(json_build_object('attemptId', id, 'quizId', "quizId", 'submittedAt', to_char("submittedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'score', coalesce(score, 0), 'maxScore', "maxScore", 'percent', coalesce(percent, 0), 'passed', coalesce(passed, false)) ORDER BY "submittedAt" DESC), '[]')
        FROM recent) AS recent,
      (SELECT coalesce(json_agg(json_build_object('day', to_char(day, 'YYYY-MM-DD'), 'count', count) ORDER BY day), '[]') FROM activity) AS activity,
      ${questionResultsJson} AS results`;

/**
 * Only the mastery inputs, for the quizzes in `quizIds` (a compare page asks for the quizzes that
 * touch its concept): the answers of each one's latest attempt and of its last earlier-day attempt.
 */
export async function getQuestionResultRows(userId: string, quizIds: readonly string[], timeZone: string | null): Promise<Row["results"]> {
  const [row] = await queryRows<Pick<SqlRow, "results">>(sql`
    WITH ${zoneCte(userId, timeZone)}, ${questionResultCtes(userId, quizIds)}
    SELECT ${questionResultsJson} AS results`, { prepare: true });
  return outcomesOf(row!.results);
}
