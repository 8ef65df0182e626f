import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { queryRows, sql, utcTimestamp } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuizFile } from "@/lib/content/schema";
import type { DraftAnswer } from "@/lib/quiz/answers";
import type { StoredSchedule } from "@/lib/review/scheduler";

// Quiz attempts: queries only. Grading, the quiz-version cache and the views are in
// lib/attempts/service.ts. The hot paths (start, submit) are single statements sent straight to the
// pool (lib/db/sql.ts): each Prisma call costs query planning in WebAssembly, even a raw one.

export type AttemptRow = Prisma.QuizAttemptGetPayload<object>;

/** A new row id: 32 lowercase hex characters (route params accept `[a-z0-9]{20,40}`). */
export const newRowId = () => randomUUID().replaceAll("-", "");


/**
 * A stored quiz version's body. Sent straight to the pool like the submit's statements: the first
 * submit of each version in a process reads it, and Prisma would be loaded for that one call.
 */
export async function getQuizVersionBody(contentHash: string): Promise<unknown> {
  const rows = await queryRows<{ body: unknown }>(sql`SELECT body FROM "QuizVersion" WHERE "contentHash" = ${contentHash}`, { prepare: true });
  // The attempt's foreign key keeps its version; a missing one answers as Prisma's "not found" did.
  if (!rows[0]) throw new AppError("not_found", "Not found.");
  return rows[0].body;
}

export async function upsertQuizVersion(contentHash: string, quizId: string, body: QuizFile): Promise<void> {
  await db.quizVersion.upsert({ where: { contentHash }, create: { contentHash, quizId, body: body as Prisma.InputJsonObject }, update: {} });
}

export const findOpenAttempt = (userId: string, quizId: string) =>
  db.quizAttempt.findFirst({ where: { userId, quizId, submittedAt: null }, orderBy: { startedAt: "desc" } });

/**
 * One statement: the caller's open attempt at this quiz, or a new one with these values. Null when
 * a concurrent start created the open attempt after this statement's snapshot (the partial unique
 * index on open attempts refused ours): read it with `findOpenAttempt`.
 */
export async function openAttempt(input: { id: string; userId: string; quizId: string; contentHash: string; seed: number; maxScore: number; now: Date }): Promise<{ row: AttemptRow; created: boolean } | null> {
  const rows = await queryRows<AttemptRow & { created: boolean }>(sql`
    WITH open AS (
      SELECT * FROM "QuizAttempt" WHERE "userId" = ${input.userId} AND "quizId" = ${input.quizId} AND "submittedAt" IS NULL
      ORDER BY "startedAt" DESC LIMIT 1
    ), created AS (
      INSERT INTO "QuizAttempt" (id, "userId", "quizId", "contentHash", seed, "maxScore", "startedAt")
      SELECT ${input.id}, ${input.userId}, ${input.quizId}, ${input.contentHash}, ${input.seed}::int, ${input.maxScore}::float8, ${utcTimestamp(input.now)}
      WHERE NOT EXISTS (SELECT 1 FROM open)
      ON CONFLICT DO NOTHING
      RETURNING *
    )
    SELECT *, true AS created FROM created UNION ALL SELECT *, false AS created FROM open`, { prepare: true });
  const first = rows[0];
  if (!first) return null;
  const { created, ...row } = first;
  return { row, created };
}

/** The attempt if it is this user's; someone else's is indistinguishable from a missing one. */
export const findOwnAttempt = (userId: string, attemptId: string): Promise<AttemptRow | null> =>
  db.quizAttempt.findFirst({ where: { id: attemptId, userId } });

export async function listAttemptAnswers(attemptId: string) {
  return db.attemptAnswer.findMany({ where: { attemptId }, select: { questionId: true, answer: true } });
}

/** Replaces the draft of an open attempt; false when it was submitted meanwhile. */
export async function storeDraft(userId: string, attemptId: string, draft: DraftAnswer[], savedAt: Date): Promise<boolean> {
  const { count } = await db.quizAttempt.updateMany({ where: { id: attemptId, userId, submittedAt: null }, data: { draft: draft as Prisma.InputJsonArray, draftSavedAt: savedAt } });
  return count === 1;
}

export type StoredCard = StoredSchedule & { id: string; questionId: string };
export type SubmitContext = Pick<AttemptRow, "id" | "quizId" | "contentHash" | "seed" | "submittedAt"> & { cards: StoredCard[] };

/**
 * One statement for what a submit reads: the attempt (if it is this user's) and the learner's
 * review cards for its quiz, whose schedules the submit moves on.
 */
export async function getSubmitContext(userId: string, attemptId: string): Promise<SubmitContext | null> {
  const rows = await queryRows<Omit<SubmitContext, "cards"> & { cards: (Omit<StoredCard, "due" | "lastReview"> & { due: number; lastReview: number | null })[] }>(sql`
    SELECT a.id, a."quizId", a."contentHash", a.seed, a."submittedAt",
      COALESCE((SELECT json_agg(json_build_object(
          'id', c.id, 'questionId', c."questionId", 'due', (extract(epoch FROM c.due) * 1000)::float8,
          'stability', c.stability, 'difficulty', c.difficulty, 'elapsedDays', c."elapsedDays", 'scheduledDays', c."scheduledDays",
          'learningSteps', c."learningSteps", 'reps', c.reps, 'lapses', c.lapses, 'state', c.state,
          'lastReview', (extract(epoch FROM c."lastReview") * 1000)::float8))
        FROM "ReviewCard" c WHERE c."userId" = a."userId" AND c."quizId" = a."quizId"), '[]'::json) AS cards
    FROM "QuizAttempt" a WHERE a.id = ${attemptId} AND a."userId" = ${userId}`, { prepare: true });
  const row = rows[0];
  if (!row) return null;
  const cards = row.cards.map((c) => ({ ...c, due: new Date(c.due), lastReview: c.lastReview === null ? null : new Date(c.lastReview) }));
  return { ...row, cards };
}

export type AnswerRow = { questionId: string; answer: unknown; correct: boolean; points: number };
/** A review card after a quiz answer, and the log row of that answer (the state before it). */
export type CardUpdate = StoredSchedule & { id: string; questionId: string; hash: string; rating: number; stateBefore: string; dueBefore: Date; correct: boolean; points: number };

/**
 * Closes an attempt exactly once, in one statement: the conditional update lets one of any number
 * of concurrent submits through, and only that one stores the answers, moves the review cards
 * (upserted: another attempt at the same quiz may create a card concurrently) and logs each answer.
 * False when the attempt was already submitted.
 */
export async function closeAttempt(input: {
  userId: string;
  attemptId: string;
  quizId: string;
  now: Date;
  grade: { score: number; maxScore: number; percent: number; passed: boolean };
  answers: AnswerRow[];
  cards: CardUpdate[];
}): Promise<boolean> {
  const { userId, attemptId, quizId, now, grade } = input;
  const answers = JSON.stringify(input.answers.map((a) => ({ ...a, id: newRowId() })));
  const cards = JSON.stringify(
    input.cards.map((c) => ({ ...c, logId: newRowId(), due: c.due.toISOString(), lastReview: c.lastReview?.toISOString() ?? null, dueBefore: c.dueBefore.toISOString() })),
  );
  const rows = await queryRows<{ closed: number }>(sql`
    WITH closed AS (
      UPDATE "QuizAttempt" SET "submittedAt" = ${utcTimestamp(now)}, score = ${grade.score}::float8, "maxScore" = ${grade.maxScore}::float8,
        percent = ${grade.percent}::float8, passed = ${grade.passed}, draft = NULL
      WHERE id = ${attemptId} AND "userId" = ${userId} AND "submittedAt" IS NULL
      RETURNING id
    ), answers AS (
      INSERT INTO "AttemptAnswer" (id, "attemptId", "questionId", answer, correct, points)
      SELECT a.id, closed.id, a."questionId", COALESCE(a.answer, 'null'::jsonb), a.correct, a.points
      FROM closed, jsonb_to_recordset(${answers}::jsonb) AS a(id text, "questionId" text, answer jsonb, correct boolean, points float8)
    ), card_rows AS (
      SELECT r.* FROM closed, jsonb_to_recordset(${cards}::jsonb) AS r(id text, "logId" text, "questionId" text, hash text, rating int,
        due timestamptz, stability float8, difficulty float8, "elapsedDays" int, "scheduledDays" int, "learningSteps" int, reps int,
        lapses int, state text, "lastReview" timestamptz, "stateBefore" text, "dueBefore" timestamptz, correct boolean, points float8)
    ), cards AS (
      INSERT INTO "ReviewCard" (id, "userId", "quizId", "questionId", "questionHash", due, stability, difficulty, "elapsedDays", "scheduledDays",
        "learningSteps", reps, lapses, state, "lastReview", "lastRating", "servedAt", "suspendedAt")
      SELECT r.id, ${userId}, ${quizId}, r."questionId", r.hash, r.due AT TIME ZONE 'UTC', r.stability, r.difficulty, r."elapsedDays", r."scheduledDays",
        r."learningSteps", r.reps, r.lapses, r.state::"CardState", r."lastReview" AT TIME ZONE 'UTC', r.rating, NULL, NULL
      FROM card_rows r
      ON CONFLICT ("userId", "quizId", "questionId") DO UPDATE SET
        "questionHash" = EXCLUDED."questionHash", due = EXCLUDED.due, stability = EXCLUDED.stability, difficulty = EXCLUDED.difficulty,
        "elapsedDays" = EXCLUDED."elapsedDays", "scheduledDays" = EXCLUDED."scheduledDays", "learningSteps" = EXCLUDED."learningSteps",
        reps = EXCLUDED.reps, lapses = EXCLUDED.lapses, state = EXCLUDED.state, "lastReview" = EXCLUDED."lastReview",
        "lastRating" = EXCLUDED."lastRating", "servedAt" = NULL, "suspendedAt" = NULL
      RETURNING id, "questionId"
    ), logs AS (
      INSERT INTO "ReviewLog" (id, "cardId", "userId", kind, rating, state, "dueBefore", "dueAfter", stability, difficulty, "elapsedDays",
        "scheduledDays", correct, points, "durationMs", "questionHash", "attemptId", "reviewedAt")
      SELECT r."logId", cards.id, ${userId}, 'QUIZ'::"ReviewKind", r.rating, r."stateBefore"::"CardState", r."dueBefore" AT TIME ZONE 'UTC',
        r.due AT TIME ZONE 'UTC', r.stability, r.difficulty, r."elapsedDays", r."scheduledDays", r.correct, r.points, NULL, r.hash,
        ${attemptId}, ${utcTimestamp(now)}
      FROM cards JOIN card_rows r ON r."questionId" = cards."questionId"
    )
    SELECT count(*)::int AS closed FROM closed`, { prepare: true });
  return rows[0]?.closed === 1;
}

export type AttemptSummary = { id: string; startedAt: string; submittedAt: string | null; percent: number | null; passed: boolean | null };

/** The caller's attempts at one quiz, newest first (served by the userId, quizId, startedAt index). */
export async function listAttempts(userId: string, quizId: string, limit = 50): Promise<AttemptSummary[]> {
  const rows = await db.quizAttempt.findMany({
    where: { userId, quizId },
    orderBy: { startedAt: "desc" },
    take: limit,
    select: { id: true, startedAt: true, submittedAt: true, percent: true, passed: true },
  });
  return rows.map((r) => ({ ...r, startedAt: r.startedAt.toISOString(), submittedAt: r.submittedAt?.toISOString() ?? null }));
}
