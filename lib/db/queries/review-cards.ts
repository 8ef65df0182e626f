import "server-only";
import { db } from "@/lib/db/client";
import type { ReviewCard } from "@/lib/generated/prisma/client";
import type { StoredSchedule } from "@/lib/review/scheduler";
import { MISSED_RATINGS } from "./review";

// Review cards: queries only. Serving, grading and rescheduling are in lib/review/service.ts.

export type CardRow = ReviewCard;

export async function getTimeZone(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return user?.timeZone ?? "UTC";
}

/** Cards a review session may choose from (see lib/review/service.ts startSession). */
export async function listSessionCandidates(
  userId: string,
  options: { mode: "due" | "ahead" | "mistakes"; cardIds?: string[]; endOfToday: Date; limit: number },
): Promise<CardRow[]> {
  const base = { userId, suspendedAt: null };
  const { endOfToday, limit } = options;
  if (options.cardIds) return db.reviewCard.findMany({ where: { ...base, id: { in: options.cardIds } }, orderBy: { due: "asc" } });
  if (options.mode === "due") return db.reviewCard.findMany({ where: { ...base, due: { lt: endOfToday } }, orderBy: { due: "asc" }, take: 200 });
  if (options.mode === "ahead") return db.reviewCard.findMany({ where: { ...base, due: { gte: endOfToday } }, orderBy: { due: "asc" }, take: limit * 2 });
  return db.reviewCard.findMany({ where: { ...base, lastRating: { in: MISSED_RATINGS } }, orderBy: { lastReview: "desc" }, take: limit * 2 });
}

/** Suspends cards whose question left the content (kept with their history, never served). */
export async function suspendCards(ids: string[], now: Date): Promise<void> {
  if (ids.length) await db.reviewCard.updateMany({ where: { id: { in: ids } }, data: { suspendedAt: now } });
}

export async function markServed(userId: string, ids: string[], now: Date): Promise<void> {
  if (ids.length) await db.reviewCard.updateMany({ where: { userId, id: { in: ids } }, data: { servedAt: now } });
}

/** The card with its owner's time zone, if it is this user's. */
export const findOwnCard = (userId: string, cardId: string) =>
  db.reviewCard.findFirst({ where: { id: cardId, userId }, include: { user: { select: { timeZone: true } } } });

/** When the learner last answered a review or practice card since `since`, if at all. */
export async function lastReviewAnswerSince(userId: string, since: Date): Promise<Date | null> {
  const row = await db.reviewLog.findFirst({
    where: { userId, kind: { in: ["REVIEW", "PRACTICE"] }, reviewedAt: { gte: since } },
    orderBy: { reviewedAt: "desc" },
    select: { reviewedAt: true },
  });
  return row?.reviewedAt ?? null;
}

/**
 * Stores one answer to a served card: the card moves on (or, for practice, only its serve is
 * consumed) on condition that it is unchanged since it was read, and the answer is logged. False
 * when another answer got there first.
 */
export async function recordCardAnswer(input: {
  card: CardRow;
  next: StoredSchedule | null;
  questionHash: string;
  rating: number;
  practice: boolean;
  correct: boolean;
  points: number;
  durationMs: number;
  now: Date;
}): Promise<boolean> {
  const { card, next, questionHash, rating, now } = input;
  return db.$transaction(async (tx) => {
    const { count } = await tx.reviewCard.updateMany({
      where: { id: card.id, userId: card.userId, reps: card.reps, servedAt: card.servedAt },
      data: next ? { ...next, questionHash, lastRating: rating, servedAt: null } : { servedAt: null },
    });
    if (count !== 1) return false;
    await tx.reviewLog.create({
      data: {
        cardId: card.id,
        userId: card.userId,
        kind: input.practice ? "PRACTICE" : "REVIEW",
        rating,
        state: card.state,
        dueBefore: card.due,
        dueAfter: next?.due ?? card.due,
        stability: next?.stability ?? card.stability,
        difficulty: next?.difficulty ?? card.difficulty,
        elapsedDays: next?.elapsedDays ?? card.elapsedDays,
        scheduledDays: next?.scheduledDays ?? card.scheduledDays,
        correct: input.correct,
        points: input.points,
        durationMs: Math.min(input.durationMs, 2 ** 31 - 1),
        questionHash,
        reviewedAt: now,
      },
    });
    return true;
  });
}
