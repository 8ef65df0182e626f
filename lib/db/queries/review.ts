import "server-only";
import { db } from "@/lib/db/client";
import { queryRows, sql, textArray } from "@/lib/db/sql";
import type { AnswerValue } from "@/lib/quiz/answers";
import { expectedAnswer } from "@/lib/quiz/answer-key";
import { toPublicQuestion, type PublicQuestion } from "@/lib/quiz/public";
import { formatDueIn } from "@/lib/datetime";
import { findQuestion, liveQuestionKeys } from "@/lib/review/questions";
import { routes } from "@/lib/routes";

/** Days in the forecast, today first. */
export const FORECAST_DAYS = 14;
/** Cards listed as "next up" in the overview. */
export const NEXT_CARDS = 5;

export type ReviewOverview = {
  /** Cards due today: before the start of the learner's next local day. */
  due: number;
  /** The queue's first cards, soonest due first (no answers). */
  next: { cardId: string; quizId: string; questionId: string; due: string; prompt: string; lesson: { title: string; href: string } }[];
  /** Cards due per local day, today (including overdue) first. */
  forecast: { day: string; count: number }[];
  /** When the queue is empty: the next card to come back, "in 3 hours" as of the call. */
  nextDue: { due: string; in: string; lesson: string } | null;
  timeZone: string;
  today: string;
};

export type ReviewRow = { timeZone: string; today: string; due: number; forecast: ReviewOverview["forecast"]; next: { cardId: string; quizId: string; questionId: string; due: string }[] };

/**
 * The review queue's CTEs, after a `zone` CTE (the learner's zone: `tz`), each part an index range
 * of ReviewCard (userId, due): the due count, the 14-day forecast and the first cards of the queue.
 * Cards whose question left the content are skipped (as suspended) by the live keys' filter; the
 * keys (406, ~19 KB) are one parameter, read by both card scans and spelled once per process.
 */
export const reviewCtes = (userId: string, at: Date) => sql`live AS MATERIALIZED (
      SELECT ${textArray(liveQuestionKeys())}::text[] AS keys
    ), today AS (
      SELECT tz, (${at.toISOString()}::timestamptz AT TIME ZONE tz)::date AS day FROM zone
    ), horizon AS MATERIALIZED (
      SELECT tz, day, ((day + 1)::timestamp AT TIME ZONE tz) AT TIME ZONE 'UTC' AS tomorrow,
             ((day + ${FORECAST_DAYS}::int)::timestamp AT TIME ZONE tz) AT TIME ZONE 'UTC' AS horizon_end FROM today
    ), soon AS (
      SELECT c.due FROM "ReviewCard" c, horizon h
      WHERE c."userId" = ${userId} AND c.due < h.horizon_end AND c."suspendedAt" IS NULL
        AND (c."quizId" || '/' || c."questionId") = ANY((SELECT keys FROM live)::text[])
    ), per_day AS (
      SELECT greatest(((s.due AT TIME ZONE 'UTC') AT TIME ZONE h.tz)::date, h.day) AS day, count(*)::int AS n FROM soon s, horizon h GROUP BY 1
    ), upcoming AS (
      SELECT c.id, c."quizId", c."questionId", c.due FROM "ReviewCard" c
      WHERE c."userId" = ${userId} AND c."suspendedAt" IS NULL AND (c."quizId" || '/' || c."questionId") = ANY((SELECT keys FROM live)::text[])
      ORDER BY c.due LIMIT ${NEXT_CARDS}
    )`;

/** The review queue's columns (ReviewRow but `timeZone`), selected `FROM horizon h` after reviewCtes. */
export const reviewColumns = sql`to_char(h.day, 'YYYY-MM-DD') AS today,
      (SELECT count(*)::int FROM soon WHERE due < h.tomorrow) AS due,
      (SELECT json_agg(json_build_object('day', to_char(h.day + i, 'YYYY-MM-DD'), 'count', coalesce(p.n, 0)) ORDER BY i)
        FROM generate_series(0, ${FORECAST_DAYS - 1}::int) i LEFT JOIN per_day p ON p.day = h.day + i) AS forecast,
      (SELECT coalesce(json_agg(json_build_object('cardId', id, 'quizId', "quizId", 'questionId', "questionId",
          'due', to_char(due, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY due), '[]') FROM upcoming) AS next`;

/**
 * The review queue for one learner in one statement (reviewCtes). Days are counted in `timeZone`
 * when given, else the learner's stored zone, else UTC. The dashboard reads the same columns in its
 * own statement (getDashboardPage).
 */
export async function getReviewOverview(userId: string, options: { timeZone?: string; now?: Date } = {}): Promise<ReviewOverview> {
  const at = options.now ?? new Date();
  // Every review view runs it: sent straight to the pool (lib/db/sql.ts), not through Prisma.
  const [row] = await queryRows<ReviewRow>(sql`
    WITH zone AS MATERIALIZED (
      SELECT coalesce(${options.timeZone ?? null}::text, (SELECT "timeZone" FROM "User" WHERE id = ${userId}), 'UTC') AS tz
    ), ${reviewCtes(userId, at)}
    SELECT h.tz AS "timeZone", ${reviewColumns} FROM horizon h`, { prepare: true });
  return reviewOverviewOf(row!, at);
}

/** A review row as the overview: the queue's cards with their prompt and lesson, and when the next one is due. */
export function reviewOverviewOf(row: ReviewRow, at: Date): ReviewOverview {
  const { next: rows, ...rest } = row;
  const next = rows.flatMap((card) => {
    const live = findQuestion(card.quizId, card.questionId);
    if (!live) return [];
    return [{ ...card, prompt: live.question.prompt, lesson: { title: live.lesson.title, href: routes.lesson(live.lesson.track, live.lesson.slug) } }];
  });
  const upcoming = rest.due === 0 ? next.find((card) => Date.parse(card.due) > at.getTime()) : undefined;
  return { ...rest, next, nextDue: upcoming ? { due: upcoming.due, in: formatDueIn(new Date(upcoming.due), at), lesson: upcoming.lesson.title } : null };
}

/** Ratings that mean the latest answer was missed: Again (wrong) and Hard (partly right). */
export const MISSED_RATINGS = [1, 2];

export type MissedQuestion = {
  cardId: string;
  question: PublicQuestion;
  expected: AnswerValue;
  explanation: string;
  lastReview: string | null;
  lesson: { title: string; href: string };
};

/**
 * Questions whose latest graded answer (quiz or review) was wrong or partly right, with their
 * answers: they were answered already, so the key may be shown, passed quiz or not.
 */
export async function listMissed(userId: string, limit = 50): Promise<MissedQuestion[]> {
  const cards = await db.reviewCard.findMany({
    where: { userId, suspendedAt: null, lastRating: { in: MISSED_RATINGS } },
    orderBy: { lastReview: "desc" },
    take: limit,
    select: { id: true, quizId: true, questionId: true, lastReview: true },
  });
  return cards.flatMap((card) => {
    const live = findQuestion(card.quizId, card.questionId);
    if (!live) return [];
    return [
      {
        cardId: card.id,
        question: toPublicQuestion(live.question, 0),
        expected: expectedAnswer(live.question),
        explanation: live.question.explanation,
        lastReview: card.lastReview?.toISOString() ?? null,
        lesson: { title: live.lesson.title, href: routes.lesson(live.lesson.track, live.lesson.slug) },
      },
    ];
  });
}
