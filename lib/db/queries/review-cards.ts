import "server-only";
import { randomUUID } from "node:crypto";
import type { Question } from "@/lib/content/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionResult } from "@/lib/quiz/grade";
import { questionHash } from "@/lib/review/question-hash";
import { ratingFor } from "@/lib/review/rating";
import { nextSchedule } from "@/lib/review/scheduler";

export const newCardId = () => randomUUID().replaceAll("-", "");

/**
 * Inside the submit transaction: every answered question of the attempt becomes (or updates) this
 * learner's review card, rated from the server's grade, with a log row each. Three statements
 * whatever the number of questions: read the existing cards, upsert all, insert the logs.
 */
export async function recordQuizAnswers(
  tx: Prisma.TransactionClient,
  input: { userId: string; quizId: string; attemptId: string; questions: Question[]; results: QuestionResult[]; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  const answered = input.results.filter((r) => r.answer !== null);
  if (!answered.length) return;
  const questions = new Map(input.questions.map((q) => [q.id, q]));
  const existing = await tx.reviewCard.findMany({ where: { userId: input.userId, quizId: input.quizId, questionId: { in: answered.map((r) => r.questionId) } } });
  const cards = new Map(existing.map((c) => [c.questionId, c]));

  const rows = answered.flatMap((result) => {
    const question = questions.get(result.questionId);
    if (!question) return [];
    const previous = cards.get(result.questionId) ?? null;
    const rating = ratingFor(result, { source: "quiz", durationMs: null });
    const next = nextSchedule(previous, now, rating);
    return [{ id: previous?.id ?? newCardId(), questionId: result.questionId, hash: questionHash(question), rating, previous, next, result }];
  });
  const json = JSON.stringify(
    rows.map(({ id, questionId, hash, rating, next }) => ({ id, questionId, hash, rating, ...next, due: next.due.toISOString(), lastReview: next.lastReview?.toISOString() ?? null })),
  );
  // ON CONFLICT covers a concurrent submit of another attempt at the same quiz creating the card first.
  const saved = await tx.$queryRaw<{ id: string; questionId: string }[]>`
    INSERT INTO "ReviewCard" (id, "userId", "quizId", "questionId", "questionHash", due, stability, difficulty, "elapsedDays", "scheduledDays",
      "learningSteps", reps, lapses, state, "lastReview", "lastRating", "servedAt", "suspendedAt")
    SELECT r.id, ${input.userId}, ${input.quizId}, r."questionId", r.hash, r.due AT TIME ZONE 'UTC', r.stability, r.difficulty, r."elapsedDays", r."scheduledDays",
      r."learningSteps", r.reps, r.lapses, r.state::"CardState", r."lastReview" AT TIME ZONE 'UTC', r.rating, NULL, NULL
    FROM jsonb_to_recordset(${json}::jsonb) AS r(id text, "questionId" text, hash text, rating int, due timestamptz, stability float8, difficulty float8,
      "elapsedDays" int, "scheduledDays" int, "learningSteps" int, reps int, lapses int, state text, "lastReview" timestamptz)
    ON CONFLICT ("userId", "quizId", "questionId") DO UPDATE SET
      "questionHash" = EXCLUDED."questionHash", due = EXCLUDED.due, stability = EXCLUDED.stability, difficulty = EXCLUDED.difficulty,
      "elapsedDays" = EXCLUDED."elapsedDays", "scheduledDays" = EXCLUDED."scheduledDays", "learningSteps" = EXCLUDED."learningSteps",
      reps = EXCLUDED.reps, lapses = EXCLUDED.lapses, state = EXCLUDED.state, "lastReview" = EXCLUDED."lastReview",
      "lastRating" = EXCLUDED."lastRating", "servedAt" = NULL, "suspendedAt" = NULL
    RETURNING id, "questionId"`;
  const idOf = new Map(saved.map((s) => [s.questionId, s.id]));
  await tx.reviewLog.createMany({
    data: rows.map(({ questionId, hash, rating, previous, next, result }) => ({
      cardId: idOf.get(questionId) ?? "",
      userId: input.userId,
      kind: "QUIZ" as const,
      rating,
      state: previous?.state ?? "New",
      dueBefore: previous?.due ?? now,
      dueAfter: next.due,
      stability: next.stability,
      difficulty: next.difficulty,
      elapsedDays: next.elapsedDays,
      scheduledDays: next.scheduledDays,
      correct: result.correct,
      points: result.points,
      durationMs: null,
      questionHash: hash,
      attemptId: input.attemptId,
      reviewedAt: now,
    })),
  });
}
