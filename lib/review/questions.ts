import "server-only";
import type { Lesson } from "@/lib/content/catalog";
import type { Question } from "@/lib/content/schema";
import { getCatalog } from "@/lib/content/load";
import { questionHash } from "./question-hash";

/** A question of the current content, with its lesson: what a card shows, whatever version it was answered in. */
export type LiveQuestion = { quizId: string; question: Question; lesson: Lesson; hash: string };

let index: Map<string, LiveQuestion> | undefined;
let keys: string[] | undefined;

export const questionKey = (quizId: string, questionId: string) => `${quizId}/${questionId}`;

function build(): Map<string, LiveQuestion> {
  const map = new Map<string, LiveQuestion>();
  for (const track of getCatalog().tracks)
    for (const lesson of track.lessons)
      for (const question of lesson.quiz.questions)
        map.set(questionKey(lesson.quiz.id, question.id), { quizId: lesson.quiz.id, question, lesson, hash: questionHash(question) });
  return map;
}

/** The current version of a card's question, or undefined when it left the content (its card is suspended). */
export function findQuestion(quizId: string, questionId: string): LiveQuestion | undefined {
  index ??= build();
  return index.get(questionKey(quizId, questionId));
}

/** Every question that can be reviewed now, as "quizId/questionId" (SQL filters cards by it). */
export function liveQuestionKeys(): string[] {
  index ??= build();
  keys ??= [...index.keys()];
  return keys;
}
