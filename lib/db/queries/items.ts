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
 * The counted rows item analysis needs for one quiz, in one statement: marks per (question, mark,
 * attempt total), attempt totals, and responses per (question, answer, third of scorers).
 * "first" takes each learner's earliest submitted attempt, as Moodle's default does.
 */
export async function getItemRows(quizId: string, which: WhichAttempts): Promise<ItemRows> {
  // One attempt per learner (the earliest) or every attempt: DISTINCT ON the learner or the attempt.
  const key = which === "all" ? Prisma.sql`a.id` : Prisma.sql`a."userId"`;
  const [row] = await db.$queryRaw<{ marks: unknown; totals: unknown; responses: unknown }[]>`
    WITH chosen AS MATERIALIZED (
      SELECT DISTINCT ON (${key}) a.id, a.score
      FROM "QuizAttempt" a
      WHERE a."quizId" = ${quizId} AND a."submittedAt" IS NOT NULL
      ORDER BY ${key}, a."startedAt", a.id
    ),
    banded AS MATERIALIZED (
      SELECT id, score, ntile(3) OVER (ORDER BY score DESC, id) AS band FROM chosen
    ),
    answers AS MATERIALIZED (
      SELECT w."questionId", w.points, w.answer, b.score, b.band
      FROM banded b JOIN "AttemptAnswer" w ON w."attemptId" = b.id
    )
    SELECT
      (SELECT coalesce(json_agg(m), '[]') FROM (
        SELECT "questionId", points AS x, score AS total, count(*)::int AS n FROM answers GROUP BY 1, 2, 3) m) AS marks,
      (SELECT coalesce(json_agg(t), '[]') FROM (
        SELECT score AS total, count(*)::int AS n FROM banded GROUP BY 1) t) AS totals,
      (SELECT coalesce(json_agg(r), '[]') FROM (
        SELECT "questionId", answer, band, count(*)::int AS n FROM answers GROUP BY 1, 2, 3) r) AS responses`;
  return parseRows(row);
}

function parseRows(row: { marks: unknown; totals: unknown; responses: unknown } | undefined): ItemRows {
  const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === "object" && x !== null) : []);
  const num = (v: unknown) => Number(v ?? 0);
  const band = (v: unknown): Band => (v === 1 ? 1 : v === 3 ? 3 : 2);
  return {
    marks: list(row?.marks).map((m) => ({ questionId: String(m.questionId), x: num(m.x), total: num(m.total), n: num(m.n) })),
    totals: list(row?.totals).map((t) => ({ total: num(t.total), n: num(t.n) })),
    responses: list(row?.responses).map((r) => ({ questionId: String(r.questionId), answer: r.answer, band: band(r.band), n: num(r.n) })),
  };
}
