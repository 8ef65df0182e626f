/**
 * What a learner may see of a quiz before submitting: no answers, accepted texts, explanations
 * or misconception tags. Pure.
 */
import { z } from "zod";
import {
  MatchingQuestion,
  MultipleQuestion,
  Option,
  OrderingQuestion,
  ShortTextQuestion,
  SingleQuestion,
  TrueFalseQuestion,
  type CodeSnippet,
  type Question,
  type QuestionType,
  type QuizFile,
} from "@/lib/content/schema";
import { unhandledType, type DraftAnswer } from "./answers";
import { seededRandom, shuffle, subSeed } from "./random";

/** An option as learners see it: its text, and code to read when the option is a snippet. */
export const PublicOption = Option.pick({ id: true, text: true, code: true });
export type PublicOption = z.infer<typeof PublicOption>;

// The public form of each question type: picked from its content schema, so a field added there
// stays private until it is added here.
const shown = { id: true, type: true, prompt: true, points: true, code: true } as const;
const options = { options: z.array(PublicOption) };
export const PublicQuestion = z.discriminatedUnion("type", [
  SingleQuestion.pick(shown).extend(options),
  MultipleQuestion.pick(shown).extend(options),
  TrueFalseQuestion.pick(shown),
  ShortTextQuestion.pick(shown),
  OrderingQuestion.pick(shown).extend(options),
  MatchingQuestion.pick(shown).extend({ left: z.array(PublicOption), right: z.array(PublicOption) }),
]);
/** A question as a learner sees it before submitting: no answer key, explanation or misconception tags. */
export type PublicQuestion = z.infer<typeof PublicQuestion>;
export type PublicQuestionOf<T extends QuestionType> = Extract<PublicQuestion, { type: T }>;

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
  const base = { id: question.id, prompt: question.prompt, points: question.points, ...(question.code ? { code: question.code } : {}) };
  switch (question.type) {
    case "single":
    case "multiple":
      return { ...base, type: question.type, options: publicOptions(shuffle(question.options, random)) };
    case "ordering": {
      const order = shuffle(question.options, random);
      // A shuffle that happens to equal the answer would give the answer away: rotate it.
      const givesAway = order.every((o, i) => o.id === question.answer[i]);
      return { ...base, type: question.type, options: publicOptions(givesAway ? [...order.slice(1), ...order.slice(0, 1)] : order) };
    }
    case "matching":
      return { ...base, type: question.type, left: publicOptions(question.left), right: publicOptions(shuffle(question.right, random)) };
    case "true_false":
    case "short_text":
      return { ...base, type: question.type };
    default:
      return unhandledType(question);
  }
}

export function toPublicQuiz(quiz: Pick<QuizFile, "questions" | "draw">, seed: number): PublicQuestion[] {
  return drawQuestions(quiz, seed).map((q) => toPublicQuestion(q, seed));
}
