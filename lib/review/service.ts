import "server-only";
import { renderCode } from "@/lib/content/render";
import {
  findOwnCard,
  getTimeZone,
  lastReviewAnswerSince,
  listSessionCandidates,
  markServed,
  recordCardAnswer,
  suspendCards,
  type CardRow,
} from "@/lib/db/queries/review-cards";
import { AppError } from "@/lib/errors";
import { answerSchemas, type AnswerValue } from "@/lib/quiz/answers";
import { grade } from "@/lib/quiz/grade";
import { toPublicQuestion, type PublicQuestion } from "@/lib/quiz/public";
import { subSeed } from "@/lib/quiz/random";
import { isDueToday, isOverdue, startOfNextLocalDay } from "@/lib/review/days";
import { findQuestion, type LiveQuestion } from "@/lib/review/questions";
import { ratingFor, ratingName, type RatingName } from "@/lib/review/rating";
import { nextSchedule } from "@/lib/review/scheduler";
import { pickSession, SESSION_SIZE } from "@/lib/review/session";
import { routes } from "@/lib/routes";

/**
 * The review service: serves cards as sessions, grades answers and reschedules cards with FSRS.
 * lib/db/queries/review-cards.ts only talks to the database.
 */

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

/** Cards of questions that left the content are suspended (kept with their history, never served). */
async function suspendRemoved(cards: CardRow[], now: Date): Promise<{ card: CardRow; live: LiveQuestion }[]> {
  const live = cards.map((card) => ({ card, live: findQuestion(card.quizId, card.questionId) }));
  await suspendCards(live.filter((c) => !c.live).map((c) => c.card.id), now);
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
  const timeZone = await getTimeZone(userId);
  const endOfToday = startOfNextLocalDay(now, timeZone);
  const rows = await listSessionCandidates(userId, { mode: options.mode, cardIds: options.cardIds, endOfToday, limit });
  const live = await suspendRemoved(rows, now);
  const chosen =
    options.mode === "due" && !options.cardIds
      ? pickSession(live.map((c) => ({ ...c, id: c.card.id, due: c.card.due, state: c.card.state, lapses: c.card.lapses, reps: c.card.reps, overdue: isOverdue(c.card.due, now, timeZone) })), limit)
      : live.slice(0, limit);
  await markServed(userId, chosen.map((c) => c.card.id), now);
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
  const card = await findOwnCard(userId, cardId);
  if (!card) throw new AppError("not_found", "No such card.");
  if (card.suspendedAt) throw conflict("This card is suspended: its question is no longer part of the course.");
  const live = findQuestion(card.quizId, card.questionId);
  if (!live) {
    await suspendCards([card.id], now);
    throw conflict("This card is suspended: its question is no longer part of the course.");
  }
  const parsed = answerSchemas[live.question.type].safeParse(body.answer);
  if (!parsed.success) throw new AppError("validation", `This ${live.question.type} question expects another kind of answer.`, [{ path: "answer", message: parsed.error.issues[0]?.message ?? "invalid" }]);
  if (!card.servedAt) throw conflict("This card was not served, or was already answered: start a review session to get it again.");
  const practice = body.practice === true;
  if (!practice && !isDueToday(card.due, now, card.user.timeZone ?? "UTC")) throw conflict("This card is not due yet; practise it instead.");

  const graded = grade([live.question], new Map([[live.question.id, parsed.data]]), 0).questions[0]!;
  const shownAt = (await lastReviewAnswerSince(userId, card.servedAt)) ?? card.servedAt;
  const durationMs = Math.max(0, now.getTime() - shownAt.getTime());
  const rating = ratingFor(graded, { source: "review", durationMs });
  const next = practice ? null : nextSchedule(card, now, rating);

  const recorded = await recordCardAnswer({ card, next, questionHash: live.hash, rating, practice, correct: graded.correct, points: graded.points, durationMs, now });
  if (!recorded) throw conflict("This card was already answered.");
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
