import "server-only";
import { renderCode } from "@/lib/content/render";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { answerSchemas, type AnswerValue } from "@/lib/quiz/answers";
import { grade } from "@/lib/quiz/grade";
import { toPublicQuestion, type PublicQuestion } from "@/lib/quiz/public";
import { subSeed } from "@/lib/quiz/random";
import { isDueToday, isOverdue, startOfNextLocalDay } from "@/lib/review/days";
import { findQuestion, type LiveQuestion } from "@/lib/review/questions";
import { MISSED_RATINGS } from "./review";
import { ratingFor, ratingName, type RatingName } from "@/lib/review/rating";
import { nextSchedule } from "@/lib/review/scheduler";
import { pickSession, SESSION_SIZE } from "@/lib/review/session";
import type { ReviewCard } from "@/lib/generated/prisma/client";
import { routes } from "@/lib/routes";

export type SessionMode = "due" | "ahead" | "mistakes";

export type SessionCard = {
  cardId: string;
  /** Practice answers are graded and logged but never move the card's schedule. */
  practice: boolean;
  due: string;
  question: PublicQuestion;
  codeHtml: string | null;
  lesson: { title: string; href: string };
  concepts: string[];
};

const lessonLink = (live: LiveQuestion) => ({ title: live.lesson.title, href: routes.lesson(live.lesson.track, live.lesson.slug) });

async function zoneOf(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return user?.timeZone ?? "UTC";
}

/** Cards of questions that left the content are suspended (kept with their history, never served). */
async function suspendRemoved(cards: ReviewCard[], now: Date): Promise<{ card: ReviewCard; live: LiveQuestion }[]> {
  const live = cards.map((card) => ({ card, live: findQuestion(card.quizId, card.questionId) }));
  const removed = live.filter((c) => !c.live).map((c) => c.card.id);
  if (removed.length) await db.reviewCard.updateMany({ where: { id: { in: removed } }, data: { suspendedAt: now } });
  return live.flatMap((c) => (c.live ? [{ card: c.card, live: c.live }] : []));
}

/**
 * Hands out up to `limit` cards as public questions and marks them served (an answer consumes the
 * serve). `due`: today's queue with the backlog caps of lib/review/session.ts; `ahead`: cards not
 * yet due, soonest first, as practice; `mistakes`: cards last answered wrong or partly right; `cardIds`: those cards
 * again (a same-session re-ask). Practice unless the card is due today.
 */
export async function startSession(
  userId: string,
  options: { mode: SessionMode; limit?: number; cardIds?: string[] },
  now = new Date(),
): Promise<{ cards: SessionCard[] }> {
  const limit = Math.min(options.limit ?? SESSION_SIZE, SESSION_SIZE);
  const timeZone = await zoneOf(userId);
  const endOfToday = startOfNextLocalDay(now, timeZone);
  const base = { userId, suspendedAt: null };
  const rows = options.cardIds
    ? await db.reviewCard.findMany({ where: { ...base, id: { in: options.cardIds } }, orderBy: { due: "asc" } })
    : options.mode === "due"
      ? await db.reviewCard.findMany({ where: { ...base, due: { lt: endOfToday } }, orderBy: { due: "asc" }, take: 200 })
      : options.mode === "ahead"
        ? await db.reviewCard.findMany({ where: { ...base, due: { gte: endOfToday } }, orderBy: { due: "asc" }, take: limit * 2 })
        : await db.reviewCard.findMany({ where: { ...base, lastRating: { in: MISSED_RATINGS } }, orderBy: { lastReview: "desc" }, take: limit * 2 });
  const live = await suspendRemoved(rows, now);
  const chosen =
    options.mode === "due" && !options.cardIds
      ? pickSession(live.map((c) => ({ ...c, id: c.card.id, due: c.card.due, state: c.card.state, lapses: c.card.lapses, reps: c.card.reps, overdue: isOverdue(c.card.due, now, timeZone) })), limit)
      : live.slice(0, limit);
  if (chosen.length) await db.reviewCard.updateMany({ where: { userId, id: { in: chosen.map((c) => c.card.id) } }, data: { servedAt: now } });
  const cards = await Promise.all(
    chosen.map(async ({ card, live: q }) => ({
      cardId: card.id,
      practice: options.mode === "ahead" || !isDueToday(card.due, now, timeZone),
      due: card.due.toISOString(),
      // A new option order on every review, stable within one serve.
      question: toPublicQuestion(q.question, subSeed(card.reps, card.id)),
      codeHtml: q.question.code ? await renderCode(q.question.code) : null,
      lesson: lessonLink(q),
      concepts: q.question.concepts.length ? q.question.concepts : q.lesson.concepts,
    })),
  );
  return { cards };
}

export type CardAnswerResult = {
  cardId: string;
  practice: boolean;
  correct: boolean;
  points: number;
  maxPoints: number;
  rating: RatingName;
  expected: AnswerValue;
  explanation: string;
  /** When the card comes back (unchanged by practice). */
  due: string;
  /** The question was edited since the learner last answered it. */
  questionChanged: boolean;
  lesson: { title: string; href: string };
  concepts: string[];
};

const conflict = (message: string) => new AppError("conflict", message);

/**
 * Grades one answer to a served card and, unless it is practice, reschedules the card with FSRS.
 * 404: not the caller's card. 409: suspended, not served (or the serve was already answered), or
 * not due today. The update is conditional on the card being unchanged since it was read, so of
 * any number of concurrent answers exactly one counts.
 */
export async function answerCard(userId: string, cardId: string, body: { answer: unknown; practice?: boolean }, now = new Date()): Promise<CardAnswerResult> {
  const card = await db.reviewCard.findFirst({ where: { id: cardId, userId }, include: { user: { select: { timeZone: true } } } });
  if (!card) throw new AppError("not_found", "No such card.");
  if (card.suspendedAt) throw conflict("This card is suspended: its question is no longer part of the course.");
  const live = findQuestion(card.quizId, card.questionId);
  if (!live) {
    await db.reviewCard.updateMany({ where: { id: card.id }, data: { suspendedAt: now } });
    throw conflict("This card is suspended: its question is no longer part of the course.");
  }
  const parsed = answerSchemas[live.question.type].safeParse(body.answer);
  if (!parsed.success) throw new AppError("validation", `This ${live.question.type} question expects another kind of answer.`, [{ path: "answer", message: parsed.error.issues[0]?.message ?? "invalid" }]);
  if (!card.servedAt) throw conflict("This card was not served, or was already answered: start a review session to get it again.");
  const practice = body.practice === true;
  if (!practice && !isDueToday(card.due, now, card.user.timeZone ?? "UTC")) throw conflict("This card is not due yet; practise it instead.");

  const graded = grade([live.question], new Map([[live.question.id, parsed.data]]), 0).questions[0]!;
  const previousAnswer = await db.reviewLog.findFirst({
    where: { userId, kind: { in: ["REVIEW", "PRACTICE"] }, reviewedAt: { gte: card.servedAt } },
    orderBy: { reviewedAt: "desc" },
    select: { reviewedAt: true },
  });
  const shownAt = previousAnswer ? previousAnswer.reviewedAt : card.servedAt;
  const durationMs = Math.max(0, now.getTime() - shownAt.getTime());
  const rating = ratingFor(graded, { source: "review", durationMs });
  const next = practice ? null : nextSchedule(card, now, rating);

  await db.$transaction(async (tx) => {
    const { count } = await tx.reviewCard.updateMany({
      where: { id: card.id, userId, reps: card.reps, servedAt: card.servedAt },
      data: next ? { ...next, questionHash: live.hash, lastRating: rating, servedAt: null } : { servedAt: null },
    });
    if (count !== 1) throw conflict("This card was already answered.");
    await tx.reviewLog.create({
      data: {
        cardId: card.id,
        userId,
        kind: practice ? "PRACTICE" : "REVIEW",
        rating,
        state: card.state,
        dueBefore: card.due,
        dueAfter: next?.due ?? card.due,
        stability: next?.stability ?? card.stability,
        difficulty: next?.difficulty ?? card.difficulty,
        elapsedDays: next?.elapsedDays ?? card.elapsedDays,
        scheduledDays: next?.scheduledDays ?? card.scheduledDays,
        correct: graded.correct,
        points: graded.points,
        durationMs: Math.min(durationMs, 2 ** 31 - 1),
        questionHash: live.hash,
        reviewedAt: now,
      },
    });
  });
  return {
    cardId: card.id,
    practice,
    correct: graded.correct,
    points: graded.points,
    maxPoints: graded.maxPoints,
    rating: ratingName(rating),
    expected: graded.expected,
    explanation: graded.explanation,
    due: (next?.due ?? card.due).toISOString(),
    questionChanged: card.questionHash !== live.hash,
    lesson: lessonLink(live),
    concepts: live.question.concepts.length ? live.question.concepts : live.lesson.concepts,
  };
}
