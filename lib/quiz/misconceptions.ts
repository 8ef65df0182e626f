/** Which misconceptions catch learners most, from counted wrong answers. Pure. */
import type { Question } from "@/lib/content/schema";
import { grade } from "./grade";

/** A wrong answer as stored (any JSON), and how many times it was given. */
export type WrongAnswerCount = { quizId: string; questionId: string; answer: unknown; count: number };
export type MisconceptionReport = { tag: string; count: number; questions: { quizId: string; questionId: string; prompt: string }[] }[];

/** Tags each wrong answer through grade() itself, so the report follows the grading rules exactly. */
export function reportMisconceptions(wrong: WrongAnswerCount[], findQuestion: (quizId: string, questionId: string) => Question | undefined): MisconceptionReport {
  const byTag = new Map<string, { count: number; questions: Map<string, { quizId: string; questionId: string; prompt: string }> }>();
  for (const row of wrong) {
    const question = findQuestion(row.quizId, row.questionId);
    if (!question) continue; // removed from the content since
    const [result] = grade([question], new Map([[question.id, row.answer]]), 100).questions;
    for (const tag of result?.misconceptions ?? []) {
      const entry = byTag.get(tag) ?? { count: 0, questions: new Map() };
      entry.count += row.count;
      entry.questions.set(`${row.quizId}/${row.questionId}`, { quizId: row.quizId, questionId: row.questionId, prompt: question.prompt });
      byTag.set(tag, entry);
    }
  }
  return [...byTag]
    .map(([tag, e]) => ({ tag, count: e.count, questions: [...e.questions.values()] }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
