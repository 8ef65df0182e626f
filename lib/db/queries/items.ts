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
 * (question, mark, attempt total) and responses per (question, answer, third of scorers). "first"
 * takes each learner's earliest submitted attempt, as Moodle's default does. Thirds are ntile(3) by
 * total, ties split by attempt id.
 *
 * Shaped for 100k attempts × 7 answers (`npm run bench:items`, docs/performance.md): the chosen
 * attempts stay an inlined subquery, so the join hashes those 100k narrow rows rather than the 700k
 * answers; the answers are counted once into fine cells (question, mark, total, answer, third), and
 * only those few hundred cells are grouped into marks and responses, so each answer's jsonb is
 * hashed once. "all" needs no DISTINCT ON (a sort of every attempt id for nothing). The rows come
 * back ordered, so the statistics' floating-point sums are the same on every run.
 */
export async function getItemRows(quizId: string, which: WhichAttempts): Promise<ItemRows> {
  const attempts =
    which === "all"
      ? Prisma.sql`SELECT a.id, a.score FROM "QuizAttempt" a WHERE a."quizId" = ${quizId} AND a."submittedAt" IS NOT NULL`
      : Prisma.sql`SELECT DISTINCT ON (a."userId" COLLATE "C") a.id, a.score
          FROM "QuizAttempt" a
          WHERE a."quizId" = ${quizId} AND a."submittedAt" IS NOT NULL
          ORDER BY a."userId" COLLATE "C", a."startedAt", a.id`;
  // An interactive transaction: SET LOCAL needs one, and its timeout (Prisma's default is 5 s, which a
  // report on a busy machine exceeded) must not turn a slow report into an error.
  const rows = await db.$transaction(
    async (tx) => {
      // The join's hash and the cells fit in memory at 100k attempts instead of spilling to disk.
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      return tx.$queryRaw<Row[]>`
        WITH chosen AS NOT MATERIALIZED (
          SELECT f.id, f.score, ntile(3) OVER (ORDER BY f.score DESC, f.id COLLATE "C") AS band FROM (${attempts}) f
        ),
        cells AS (
          SELECT w."questionId" AS q, w.points AS x, c.score AS total, w.answer, c.band, count(*) AS n
          FROM "AttemptAnswer" w JOIN chosen c ON w."attemptId" = c.id
          GROUP BY 1, 2, 3, 4, 5
        )
        SELECT 't' AS kind, NULL AS "questionId", NULL::float8 AS x, score AS total, NULL::jsonb AS answer, NULL::int AS band, count(*)::int AS n
        FROM chosen GROUP BY score
        UNION ALL
        SELECT CASE WHEN GROUPING(x) = 0 THEN 'm' ELSE 'r' END, q, x, total, answer, band, sum(n)::int
        FROM cells
        GROUP BY GROUPING SETS ((q, x, total), (q, answer, band))
        ORDER BY 1, 2, 3, 4, 6, 5`;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
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
