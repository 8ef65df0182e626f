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

type AttemptRow = Prisma.QuizAttemptGetPayload<object>;

// Versions are immutable and keyed by content hash, so each process reads and parses one only once,
// and stores one only once.
const versions = new Map<string, QuizFile>();

/** The quiz version an attempt started on; validated again on first read so its type is real. */
async function versionOf(row: Pick<AttemptRow, "contentHash">): Promise<QuizFile> {
  let quiz = versions.get(row.contentHash);
  if (!quiz) {
    const stored = await db.quizVersion.findUniqueOrThrow({ where: { contentHash: row.contentHash }, select: { body: true } });
    quiz = QuizFile.parse(stored.body);
    versions.set(row.contentHash, quiz);
  }
  return quiz;
}

function toView(row: AttemptRow, quiz: QuizFile): AttemptView {
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

async function storeQuizVersion(quiz: Quiz): Promise<void> {
  if (versions.has(quiz.contentHash)) return;
  const body = QuizFile.parse({ title: quiz.title, passPercent: quiz.passPercent, draw: quiz.draw, questions: quiz.questions });
  await db.quizVersion.upsert({
    where: { contentHash: quiz.contentHash },
    create: { contentHash: quiz.contentHash, quizId: quiz.id, body: body as Prisma.InputJsonObject },
    update: {},
  });
  versions.set(quiz.contentHash, body);
}

const findOpenAttempt = (userId: string, quizId: string) =>
  db.quizAttempt.findFirst({ where: { userId, quizId, submittedAt: null }, orderBy: { startedAt: "desc" } });

/**
 * Returns the caller's open attempt at this quiz, or starts one on the current quiz version.
 * `created` tells the two apart (201 vs 200). A partial unique index allows one open attempt per
 * (user, quiz): of concurrent starts one creates it, the others get that same attempt.
 */
export async function startAttempt(userId: string, quiz: Quiz): Promise<{ attempt: AttemptView; created: boolean }> {
  const open = await findOpenAttempt(userId, quiz.id);
  if (open) return { attempt: toView(open, await versionOf(open)), created: false };

  await storeQuizVersion(quiz);
  const seed = randomInt(0, 2 ** 31);
  const maxScore = drawQuestions(quiz, seed).reduce((sum, q) => sum + q.points, 0);
  try {
    const row = await db.quizAttempt.create({
      data: { userId, quizId: quiz.id, contentHash: quiz.contentHash, seed, maxScore },
    });
    return { attempt: toView(row, await versionOf(row)), created: true };
  } catch (error) {
    const winner = isUniqueViolation(error) ? await findOpenAttempt(userId, quiz.id) : null;
    if (!winner) throw error;
    return { attempt: toView(winner, await versionOf(winner)), created: false };
  }
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

async function getOwnAttempt(userId: string, attemptId: string): Promise<AttemptRow> {
  const row = await db.quizAttempt.findFirst({ where: { id: attemptId, userId } });
  // Someone else's attempt is indistinguishable from a missing one.
  if (!row) throw new AppError("not_found", "No such attempt.");
  return row;
}

async function resultOf(row: AttemptRow, quiz: QuizFile): Promise<AttemptResult> {
  const stored = await db.attemptAnswer.findMany({ where: { attemptId: row.id }, select: { questionId: true, answer: true } });
  const answers = new Map(stored.filter((a) => a.answer !== null).map((a) => [a.questionId, a.answer as AnswerValue]));
  return { attemptId: row.id, ...grade(drawQuestions(quiz, row.seed), answers, quiz.passPercent) };
}

/** The caller's attempt, with its result once submitted. */
export async function getAttempt(userId: string, attemptId: string): Promise<{ attempt: AttemptView; result: AttemptResult | null }> {
  const row = await getOwnAttempt(userId, attemptId);
  const quiz = await versionOf(row);
  return { attempt: toView(row, quiz), result: row.submittedAt ? await resultOf(row, quiz) : null };
}

/** Answers checked against the attempt's questions; a wrong shape names its question. */
async function validAnswers(row: AttemptRow, submission: Submission) {
  const quiz = await versionOf(row);
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
  const { answers } = await validAnswers(row, submission);
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
  const { quiz, questions, answers } = await validAnswers(row, submission);
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
