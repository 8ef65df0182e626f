import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Band, ItemRows, WhichAttempts } from "@/lib/items/report";

/** Submitted attempts per quiz (all, and learners), for the list of quizzes. */
export async function listQuizAttemptCounts(): Promise<Map<string, { attempts: number; learners: number }>> {
  const rows = await db.$queryRaw<{ quizId: string; attempts: bigint; learners: bigint }[]>`
    SELECT "quizId", count(*) AS attempts, count(DISTINCT "userId") AS learners
    FROM "QuizAttempt" WHERE "submittedAt" IS NOT NULL GROUP BY "quizId"`;
  return new Map(rows.map((r) => [r.quizId, { attempts: Number(r.attempts), learners: Number(r.learners) }]));
}

/**
 * The counted rows item analysis needs for one quiz, in one statement: attempt totals, marks per
 * (question, mark, attempt total) and responses per (question, answer, third of scorers); the last
 * two as grouping sets of a single pass over the answers. "first" takes each learner's earliest
 * submitted attempt, as Moodle's default does. Thirds are ntile(3) by total, ties split by attempt id.
 */
export async function getItemRows(quizId: string, which: WhichAttempts): Promise<ItemRows> {
  // One attempt per learner (the earliest) or every attempt: DISTINCT ON the learner or the attempt.
  const key = which === "all" ? Prisma.sql`a.id COLLATE "C"` : Prisma.sql`a."userId" COLLATE "C"`;
  const [, rows] = await db.$transaction([
    // The join and the grouping sets fit in memory at 100k attempts instead of spilling to disk.
    db.$executeRaw`SET LOCAL work_mem = '64MB'`,
    db.$queryRaw<Row[]>`
      WITH chosen AS MATERIALIZED (
        SELECT f.id, f.score, ntile(3) OVER (ORDER BY f.score DESC, f.id COLLATE "C") AS band
        FROM (
          SELECT DISTINCT ON (${key}) a.id, a.score
          FROM "QuizAttempt" a
          WHERE a."quizId" = ${quizId} AND a."submittedAt" IS NOT NULL
          ORDER BY ${key}, a."startedAt", a.id
        ) f
      )
      SELECT 't' AS kind, NULL AS "questionId", NULL::float8 AS x, score AS total, NULL::jsonb AS answer, NULL::int AS band, count(*)::int AS n
      FROM chosen GROUP BY score
      UNION ALL
      SELECT CASE WHEN GROUPING(w.points) = 0 THEN 'm' ELSE 'r' END, w."questionId", w.points, c.score, w.answer, c.band, count(*)::int
      FROM chosen c JOIN "AttemptAnswer" w ON w."attemptId" = c.id
      GROUP BY GROUPING SETS ((w."questionId", w.points, c.score), (w."questionId", w.answer, c.band))`,
  ]);
  return toItemRows(rows);
}

type Row = { kind: string; questionId: string | null; x: number | null; total: number | null; answer: unknown; band: number | null; n: number };

function toItemRows(rows: Row[]): ItemRows {
  const band = (v: number | null): Band => (v === 1 ? 1 : v === 3 ? 3 : 2);
  return {
    totals: rows.filter((r) => r.kind === "t").map((r) => ({ total: r.total ?? 0, n: r.n })),
    marks: rows.filter((r) => r.kind === "m").map((r) => ({ questionId: r.questionId ?? "", x: r.x ?? 0, total: r.total ?? 0, n: r.n })),
    responses: rows.filter((r) => r.kind === "r").map((r) => ({ questionId: r.questionId ?? "", answer: r.answer, band: band(r.band), n: r.n })),
  };
}
