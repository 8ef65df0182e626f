import "server-only";
import { randomInt } from "node:crypto";
import type { Quiz } from "@/lib/content/catalog";
import { QuizFile } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkAnswers, type AnswerValue, type DraftAnswer, type Submission } from "@/lib/quiz/answers";
import { grade, type AttemptResult } from "@/lib/quiz/grade";
import { drawQuestions, toPublicQuiz, type AttemptView } from "@/lib/quiz/public";


const withVersion = { version: { select: { body: true } } } as const;
type AttemptRow = Prisma.QuizAttemptGetPayload<{ include: typeof withVersion }>;

/** The stored quiz version; it was validated when stored, and is parsed again so its type is real. */
const versionOf = (row: AttemptRow) => QuizFile.parse(row.version.body);

function toView(row: AttemptRow): AttemptView {
  const quiz = versionOf(row);
  const draft = !row.submittedAt && row.draftSavedAt ? { answers: row.draft as DraftAnswer[], savedAt: row.draftSavedAt.toISOString() } : null;
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

// Versions are immutable and keyed by content hash: once stored, this process need not send the quiz again.
const storedVersions = new Set<string>();

async function storeQuizVersion(quiz: Quiz): Promise<void> {
  if (storedVersions.has(quiz.contentHash)) return;
  const body = { title: quiz.title, passPercent: quiz.passPercent, draw: quiz.draw, questions: quiz.questions };
  await db.quizVersion.upsert({
    where: { contentHash: quiz.contentHash },
    create: { contentHash: quiz.contentHash, quizId: quiz.id, body: body as Prisma.InputJsonObject },
    update: {},
  });
  storedVersions.add(quiz.contentHash);
}

/**
 * Returns the caller's open attempt at this quiz, or starts one on the current quiz version.
 * `created` tells the two apart (201 vs 200).
 */
export async function startAttempt(userId: string, quiz: Quiz): Promise<{ attempt: AttemptView; created: boolean }> {
  const open = await db.quizAttempt.findFirst({
    where: { userId, quizId: quiz.id, submittedAt: null },
    orderBy: { startedAt: "desc" },
    include: withVersion,
  });
  if (open) return { attempt: toView(open), created: false };

  await storeQuizVersion(quiz);
  const seed = randomInt(0, 2 ** 31);
  const maxScore = drawQuestions(quiz, seed).reduce((sum, q) => sum + q.points, 0);
  const row = await db.quizAttempt.create({
    data: { userId, quizId: quiz.id, contentHash: quiz.contentHash, seed, maxScore },
    include: withVersion,
  });
  return { attempt: toView(row), created: true };
}

async function getOwnAttempt(userId: string, attemptId: string): Promise<AttemptRow> {
  const row = await db.quizAttempt.findFirst({ where: { id: attemptId, userId }, include: withVersion });
  // Someone else's attempt is indistinguishable from a missing one.
  if (!row) throw new AppError("not_found", "No such attempt.");
  return row;
}

async function resultOf(row: AttemptRow): Promise<AttemptResult> {
  const quiz = versionOf(row);
  const stored = await db.attemptAnswer.findMany({ where: { attemptId: row.id }, select: { questionId: true, answer: true } });
  const answers = new Map(stored.filter((a) => a.answer !== null).map((a) => [a.questionId, a.answer as AnswerValue]));
  return { attemptId: row.id, ...grade(drawQuestions(quiz, row.seed), answers, quiz.passPercent) };
}

/** The caller's attempt, with its result once submitted. */
export async function getAttempt(userId: string, attemptId: string): Promise<{ attempt: AttemptView; result: AttemptResult | null }> {
  const row = await getOwnAttempt(userId, attemptId);
  return { attempt: toView(row), result: row.submittedAt ? await resultOf(row) : null };
}

/** Answers checked against the attempt's questions; a wrong shape names its question. */
function validAnswers(row: AttemptRow, submission: Submission) {
  const quiz = versionOf(row);
  const questions = drawQuestions(quiz, row.seed);
  const { answers, issues } = checkAnswers(questions, submission.answers);
  if (issues.length) throw new AppError("validation", "Some answers do not fit their questions.", issues);
  return { quiz, questions, answers };
}

const alreadySubmitted = () => new AppError("conflict", "This attempt has already been submitted.");

/** Stores the learner's answers so far on an open attempt; replaces the previous draft. */
export async function saveDraft(userId: string, attemptId: string, submission: Submission): Promise<{ savedAt: string }> {
  const row = await getOwnAttempt(userId, attemptId);
  if (row.submittedAt) throw alreadySubmitted();
  const { answers } = validAnswers(row, submission);
  const draft: DraftAnswer[] = [...answers].map(([questionId, answer]) => ({ questionId, answer }));
  const savedAt = new Date();
  const { count } = await db.quizAttempt.updateMany({
    where: { id: row.id, userId, submittedAt: null },
    data: { draft: draft as Prisma.InputJsonArray, draftSavedAt: savedAt },
  });
  if (count !== 1) throw alreadySubmitted();
  return { savedAt: savedAt.toISOString() };
}

/**
 * Grades and stores a submission exactly once: the conditional update lets one of any number of
 * concurrent submits through; the others get 409.
 */
export async function submitAttempt(userId: string, attemptId: string, submission: Submission): Promise<AttemptResult> {
  const row = await getOwnAttempt(userId, attemptId);
  if (row.submittedAt) throw alreadySubmitted();
  const { quiz, questions, answers } = validAnswers(row, submission);
  const result = grade(questions, answers, quiz.passPercent);
  await db.$transaction(async (tx) => {
    const { count } = await tx.quizAttempt.updateMany({
      where: { id: row.id, userId, submittedAt: null },
      data: { submittedAt: new Date(), score: result.score, maxScore: result.maxScore, percent: result.percent, passed: result.passed, draft: Prisma.DbNull },
    });
    if (count !== 1) throw alreadySubmitted();
    await tx.attemptAnswer.createMany({
      data: result.questions.map((q) => ({
        attemptId: row.id,
        questionId: q.questionId,
        answer: q.answer === null ? Prisma.JsonNull : (q.answer as Prisma.InputJsonValue),
        correct: q.correct,
        points: q.points,
      })),
    });
  });
  return { attemptId: row.id, ...result };
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
