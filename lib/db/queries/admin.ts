import "server-only";
import { db } from "@/lib/db/client";
import type { WrongAnswerCount } from "@/lib/quiz/misconceptions";

/** The most frequent wrong answers across all submitted attempts, aggregated in SQL. */
export async function listFrequentWrongAnswers(limit = 500): Promise<WrongAnswerCount[]> {
  const rows = await db.$queryRaw<{ quizId: string; questionId: string; answer: unknown; count: bigint }[]>`
    SELECT a."quizId", w."questionId", w.answer, count(*) AS count
    FROM "AttemptAnswer" w JOIN "QuizAttempt" a ON a.id = w."attemptId"
    WHERE w.correct = false AND w.answer IS NOT NULL AND w.answer <> 'null'::jsonb
    GROUP BY a."quizId", w."questionId", w.answer
    ORDER BY count DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}
