/**
 * What a learner may see of a quiz before submitting: no answers, accepted texts, explanations
 * or misconception tags. Pure.
 */
import type { CodeSnippet, Question, QuizFile } from "@/lib/content/schema";
import type { DraftAnswer } from "./answers";
import { seededRandom, shuffle, subSeed } from "./random";

/** An option as learners see it: its text, and code to read when the option is a snippet. */
export type PublicOption = { id: string; text: string; code?: CodeSnippet };
export type PublicQuestion = {
  id: string;
  type: Question["type"];
  prompt: string;
  points: number;
  code?: CodeSnippet;
  options?: PublicOption[];
  left?: PublicOption[];
  right?: PublicOption[];
};

/** An attempt as the learner sees it before submitting. */
export type AttemptView = {
  id: string;
  quizId: string;
  title: string;
  passPercent: number;
  startedAt: string;
  submittedAt: string | null;
  questions: PublicQuestion[];
  /** Autosaved answers of an open attempt, restored when the learner comes back. */
  draft: { answers: DraftAnswer[]; savedAt: string } | null;
};

// Picks fields one by one, so a new secret field on options can never slip through.
const publicOptions = (options: { id: string; text: string; code?: CodeSnippet }[]): PublicOption[] =>
  options.map(({ id, text, code }) => (code ? { id, text, code: { language: code.language, source: code.source } } : { id, text }));

/** The questions an attempt uses: all of them, or `draw` of them chosen by the seed, in bank order. */
export function drawQuestions(quiz: Pick<QuizFile, "questions" | "draw">, seed: number): Question[] {
  if (!quiz.draw || quiz.draw >= quiz.questions.length) return quiz.questions;
  const chosen = new Set(shuffle(quiz.questions, seededRandom(subSeed(seed, "draw"))).slice(0, quiz.draw).map((q) => q.id));
  return quiz.questions.filter((q) => chosen.has(q.id));
}

export function toPublicQuestion(question: Question, seed: number): PublicQuestion {
  const random = seededRandom(subSeed(seed, question.id));
  const base: PublicQuestion = { id: question.id, type: question.type, prompt: question.prompt, points: question.points };
  if (question.code) base.code = question.code;
  switch (question.type) {
    case "single":
    case "multiple":
      return { ...base, options: publicOptions(shuffle(question.options, random)) };
    case "ordering": {
      let order = shuffle(question.options, random);
      // A shuffle that happens to equal the answer would give the answer away: rotate it.
      if (order.every((o, i) => o.id === question.answer[i])) order = [...order.slice(1), order[0]!];
      return { ...base, options: publicOptions(order) };
    }
    case "matching":
      return { ...base, left: publicOptions(question.left), right: publicOptions(shuffle(question.right, random)) };
    case "true_false":
    case "short_text":
      return base;
  }
}

export function toPublicQuiz(quiz: Pick<QuizFile, "questions" | "draw">, seed: number): PublicQuestion[] {
  return drawQuestions(quiz, seed).map((q) => toPublicQuestion(q, seed));
}
