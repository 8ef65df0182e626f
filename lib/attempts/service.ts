import "server-only";
import { randomInt } from "node:crypto";
import type { Quiz } from "@/lib/content/catalog";
import { QuizFile, type Question } from "@/lib/content/schema";
import {
  closeAttempt,
  findOpenAttempt,
  findOwnAttempt,
  getQuizVersionBody,
  getSubmitContext,
  listAttemptAnswers,
  newRowId,
  openAttempt,
  storeDraft,
  upsertQuizVersion,
  type AttemptRow,
  type CardUpdate,
  type StoredCard,
} from "@/lib/db/queries/attempts";
import { AppError } from "@/lib/errors";
import { checkAnswers, DraftAnswers, type DraftAnswer, type Submission } from "@/lib/quiz/answers";
import { grade, type AttemptResult, type QuestionResult } from "@/lib/quiz/grade";
import { drawQuestions, toPublicQuiz, type AttemptView } from "@/lib/quiz/public";
import { questionHash } from "@/lib/review/question-hash";
import { ratingFor } from "@/lib/review/rating";
import { nextSchedule } from "@/lib/review/scheduler";

/**
 * The quiz-attempt service: starting, reading, autosaving and submitting attempts. It grades,
 * schedules review cards and keeps the per-process caches; lib/db/queries/attempts.ts only talks
 * to the database.
 */

// Versions are immutable and keyed by content hash, so each process reads and parses one only once,
// and stores one only once.
const versions = new Map<string, QuizFile>();

/** The quiz version an attempt started on; validated again on first read so its type is real. */
async function versionOf(contentHash: string): Promise<QuizFile> {
  let quiz = versions.get(contentHash);
  if (!quiz) {
    quiz = QuizFile.parse(await getQuizVersionBody(contentHash));
    versions.set(contentHash, quiz);
  }
  return quiz;
}

async function storeQuizVersion(quiz: Quiz): Promise<void> {
  if (versions.has(quiz.contentHash)) return;
  const body = QuizFile.parse({ title: quiz.title, passPercent: quiz.passPercent, draw: quiz.draw, questions: quiz.questions });
  await upsertQuizVersion(quiz.contentHash, quiz.id, body);
  versions.set(quiz.contentHash, body);
}

// A question's hash is a sha256 of its JSON; questions of a cached version are the same objects
// on every submit, so each is hashed once per process.
const hashes = new WeakMap<Question, string>();
function hashOf(question: Question): string {
  let hash = hashes.get(question);
  if (hash === undefined) hashes.set(question, (hash = questionHash(question)));
  return hash;
}

function toView(row: AttemptRow, quiz: QuizFile): AttemptView {
  // A draft is checked when saved; parsing it again here keeps a bad row from reaching a form.
  const stored = !row.submittedAt && row.draftSavedAt ? { answers: DraftAnswers.safeParse(row.draft), savedAt: row.draftSavedAt } : null;
  const draft = stored?.answers.success ? { answers: stored.answers.data, savedAt: stored.savedAt.toISOString() } : null;
  return {
    id: row.id,
    quizId: row.quizId,
    title: quiz.title,
    passPercent: quiz.passPercent,
    startedAt: row.startedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    questions: toPublicQuiz(quiz, row.seed),
    draft,
  };
}

/**
 * Returns the caller's open attempt at this quiz, or starts one on the current quiz version.
 * `created` tells the two apart (201 vs 200). A partial unique index allows one open attempt per
 * (user, quiz): of concurrent starts one creates it, the others get that same attempt.
 */
export async function startAttempt(userId: string, quiz: Quiz): Promise<{ attempt: AttemptView; created: boolean }> {
  await storeQuizVersion(quiz);
  const seed = randomInt(0, 2 ** 31);
  const maxScore = drawQuestions(quiz, seed).reduce((sum, q) => sum + q.points, 0);
  const opened = await openAttempt({ id: newRowId(), userId, quizId: quiz.id, contentHash: quiz.contentHash, seed, maxScore, now: new Date() });
  if (opened) return { attempt: toView(opened.row, await versionOf(opened.row.contentHash)), created: opened.created };
  // Lost a race with a concurrent start: that one's attempt is the open one.
  const winner = await findOpenAttempt(userId, quiz.id);
  if (!winner) throw new Error("no open attempt after a refused start");
  return { attempt: toView(winner, await versionOf(winner.contentHash)), created: false };
}

async function ownAttempt(userId: string, attemptId: string): Promise<AttemptRow> {
  const row = await findOwnAttempt(userId, attemptId);
  if (!row) throw new AppError("not_found", "No such attempt.");
  return row;
}

/** The caller's attempt, with its result once submitted. */
export async function getAttempt(userId: string, attemptId: string): Promise<{ attempt: AttemptView; result: AttemptResult | null }> {
  const row = await ownAttempt(userId, attemptId);
  const quiz = await versionOf(row.contentHash);
  if (!row.submittedAt) return { attempt: toView(row, quiz), result: null };
  const stored = await listAttemptAnswers(row.id);
  // grade() checks each stored answer's shape against its question's type.
  const answers = new Map(stored.filter((a) => a.answer !== null).map((a) => [a.questionId, a.answer]));
  return { attempt: toView(row, quiz), result: { attemptId: row.id, ...grade(drawQuestions(quiz, row.seed), answers, quiz.passPercent) } };
}

/** Answers checked against the attempt's questions; a wrong shape names its question. */
function validAnswers(questions: Question[], submission: Submission) {
  const { answers, issues } = checkAnswers(questions, submission.answers);
  if (issues.length) throw new AppError("validation", "Some answers do not fit their questions.", issues);
  return answers;
}

const alreadySubmitted = () => new AppError("conflict", "This attempt has already been submitted.");

/** Stores the learner's answers so far on an open attempt; replaces the previous draft. */
export async function saveDraft(userId: string, attemptId: string, submission: Submission): Promise<{ savedAt: string }> {
  const row = await ownAttempt(userId, attemptId);
  if (row.submittedAt) throw alreadySubmitted();
  const quiz = await versionOf(row.contentHash);
  const answers = validAnswers(drawQuestions(quiz, row.seed), submission);
  const draft: DraftAnswer[] = [...answers].map(([questionId, answer]) => ({ questionId, answer }));
  const savedAt = new Date();
  if (!(await storeDraft(userId, row.id, draft, savedAt))) throw alreadySubmitted();
  return { savedAt: savedAt.toISOString() };
}

/** Each answered question's review card after this quiz: rated from the grade, rescheduled by FSRS. */
function cardUpdates(questions: Question[], results: QuestionResult[], cards: StoredCard[], now: Date): CardUpdate[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const previousOf = new Map(cards.map((c) => [c.questionId, c]));
  return results.flatMap((result) => {
    const question = byId.get(result.questionId);
    if (result.answer === null || !question) return [];
    const previous = previousOf.get(result.questionId) ?? null;
    const rating = ratingFor(result, { source: "quiz", durationMs: null });
    const next = nextSchedule(previous, now, rating);
    return [{
      ...next,
      id: previous?.id ?? newRowId(),
      questionId: result.questionId,
      hash: hashOf(question),
      rating,
      stateBefore: previous?.state ?? "New",
      dueBefore: previous?.due ?? now,
      correct: result.correct,
      points: result.points,
    }];
  });
}

/**
 * Grades and stores a submission exactly once: one statement reads the attempt and its review
 * cards, one closes it conditionally (one of any number of concurrent submits gets through; the
 * others get 409) and stores answers, cards and review logs.
 */
export async function submitAttempt(userId: string, attemptId: string, submission: Submission): Promise<AttemptResult> {
  const context = await getSubmitContext(userId, attemptId);
  if (!context) throw new AppError("not_found", "No such attempt.");
  if (context.submittedAt) throw alreadySubmitted();
  const quiz = await versionOf(context.contentHash);
  const questions = drawQuestions(quiz, context.seed);
  const result = grade(questions, validAnswers(questions, submission), quiz.passPercent);
  const now = new Date();
  const closed = await closeAttempt({
    userId,
    attemptId: context.id,
    quizId: context.quizId,
    now,
    grade: result,
    answers: result.questions.map((q) => ({ questionId: q.questionId, answer: q.answer, correct: q.correct, points: q.points })),
    cards: cardUpdates(questions, result.questions, context.cards, now),
  });
  if (!closed) throw alreadySubmitted();
  return { attemptId: context.id, ...result };
}
