import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Band, ItemRows, WhichAttempts } from "@/lib/items/report";
import { answersOf, isFirst, refreshItemCells, type Tx } from "./items-cells";

/** Submitted attempts per quiz (all, and learners), for the list of quizzes. */
export async function listQuizAttemptCounts(): Promise<Map<string, { attempts: number; learners: number }>> {
  const rows = await db.$queryRaw<{ quizId: string; attempts: bigint; learners: bigint }[]>`
    SELECT "quizId", count(*) AS attempts, count(DISTINCT "userId") AS learners
    FROM "QuizAttempt" WHERE "submittedAt" IS NOT NULL GROUP BY "quizId"`;
  return new Map(rows.map((r) => [r.quizId, { attempts: Number(r.attempts), learners: Number(r.learners) }]));
}

/**
 * The counted rows item analysis needs for one quiz: attempt totals, marks per (question, mark,
 * attempt total) and responses per (question, answer, third of scorers). "first" takes each
 * learner's earliest submitted attempt (by startedAt, then id), as Moodle's default does. Thirds are
 * ntile(3) by total descending, ties split by attempt id in byte order.
 *
 * Read from counted cells (./items-cells.ts) brought up to date first, in one REPEATABLE READ
 * snapshot, plus the attempts submitted after the cells' `upTo`, counted here one by one. Totals and
 * marks are sums of those cells. A third is a range of ranks, so a total whose
 * attempts all fall in one third gives its cells to that third; only a total that straddles a
 * boundary is split attempt by attempt, and only its smaller parts are read (in id order through
 * QuizAttempt_items_idx): the largest part is the cells minus those. The rows come back ordered as
 * before, so the statistics' floating-point sums are the same on every run.
 */
export async function getItemRows(quizId: string, which: WhichAttempts): Promise<ItemRows> {
  const all = which === "all";
  // A report on a busy machine must not hit Prisma's 5 s default and turn into an error.
  const rows = await db.$transaction(
    async (tx) => {
      const { upTo } = await refreshItemCells(tx, quizId);
      return readRows(tx, quizId, all, upTo);
    },
    { timeout: 120_000, maxWait: 10_000, isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
  return toItemRows(rows);
}

function readRows(tx: Tx, quizId: string, all: boolean, upTo: string | null): Promise<Row[]> {
  const firstOnly = all ? Prisma.empty : Prisma.sql`AND ${isFirst}`;
  return tx.$queryRaw<Row[]>`
    WITH recent AS (
      -- Submitted after the counted ones: counted here, not yet in the cells.
      SELECT a.id, a.score AS total, ${isFirst} AS first FROM "QuizAttempt" a
      WHERE a."quizId" = ${quizId} AND a."submittedAt" > coalesce(${upTo}::timestamp(3), '-infinity')
    ),
    tot AS (
      SELECT total, sum(n)::bigint AS n FROM (
        SELECT total, n, first FROM "ItemTotal" WHERE "quizId" = ${quizId}
        UNION ALL SELECT total, 1, first FROM recent
      ) t WHERE first OR ${all} GROUP BY total
    ),
    ranks AS (
      SELECT total, n, (sum(n) OVER (ORDER BY total DESC))::bigint - n AS start, (sum(n) OVER ())::bigint AS size FROM tot
    ),
    -- ntile(3): the first size % 3 thirds get one attempt more; e1 and e2 are where thirds 2 and 3 start.
    ends AS (
      SELECT r.*, r.size / 3 + (r.size % 3 > 0)::int AS e1, 2 * (r.size / 3) + (r.size % 3 > 0)::int + (r.size % 3 > 1)::int AS e2 FROM ranks r
    ),
    parts AS (
      SELECT e.total, b.band, greatest(e.start, b.lo) - e.start AS lo, least(e.start + e.n, b.hi) - e.start AS hi,
             row_number() OVER (PARTITION BY e.total ORDER BY least(e.start + e.n, b.hi) - greatest(e.start, b.lo) DESC, b.band) AS k
      FROM ends e CROSS JOIN LATERAL (VALUES (1, 0::bigint, e.e1), (2, e.e1, e.e2), (3, e.e2, e.size)) b(band, lo, hi)
      WHERE least(e.start + e.n, b.hi) > greatest(e.start, b.lo)
    ),
    scanned AS (
      SELECT p.total, p.band, w."questionId" AS q, w.answer, count(*) AS n
      FROM (SELECT * FROM parts WHERE k > 1) p
      CROSS JOIN LATERAL (
        SELECT a.id FROM "QuizAttempt" a
        WHERE a."quizId" = ${quizId} AND a."submittedAt" IS NOT NULL AND a.score = p.total ${firstOnly}
        ORDER BY a.id COLLATE "C" OFFSET p.lo LIMIT p.hi - p.lo
      ) chosen
      -- OFFSET 0 keeps this a lookup per chosen attempt (its ~7 answers through the (attemptId,
      -- questionId) index): joined flat, the planner hashes them against a scan of every answer.
      CROSS JOIN LATERAL (SELECT "questionId", answer FROM "AttemptAnswer" WHERE "attemptId" = chosen.id OFFSET 0) w
      GROUP BY 1, 2, 3, 4
    ),
    cells AS (
      SELECT q, x, total, answer, sum(n) AS n FROM (
        SELECT "questionId" AS q, x, total, answer, n, first FROM "ItemCell" WHERE "quizId" = ${quizId}
        UNION ALL
        SELECT w."questionId", w.points, s.total, w.answer, 1, s.first FROM recent s ${answersOf}
      ) c WHERE first OR ${all} GROUP BY 1, 2, 3, 4
    ),
    responses AS (
      SELECT q, answer, band, n FROM scanned
      UNION ALL
      SELECT c.q, c.answer, p.band, c.n - coalesce(s.n, 0)
      FROM (SELECT q, answer, total, sum(n) AS n FROM cells GROUP BY 1, 2, 3) c
      JOIN parts p ON p.total = c.total AND p.k = 1
      LEFT JOIN (SELECT q, answer, total, sum(n) AS n FROM scanned GROUP BY 1, 2, 3) s ON s.q = c.q AND s.answer = c.answer AND s.total = c.total
    )
    SELECT 't' AS kind, NULL AS "questionId", NULL::float8 AS x, total, NULL::jsonb AS answer, NULL::int AS band, n::int FROM tot
    UNION ALL
    SELECT 'm', q, x, total, NULL, NULL, sum(n)::int FROM cells GROUP BY q, x, total
    UNION ALL
    SELECT 'r', q, NULL, NULL, answer, band, sum(n)::int FROM responses GROUP BY q, answer, band HAVING sum(n) > 0
    ORDER BY 1, 2, 3, 4, 6, 5`;
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
