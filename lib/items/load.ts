import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getQuiz } from "@/lib/content/load";
import { getItemRows } from "@/lib/db/queries/items";
import { buildQuizReport, type QuizReport, type WhichAttempts } from "./report";

/** The item-analysis report of a quiz as its content stands now; undefined for an unknown quiz. */
export async function getItemReport(quizId: string, which: WhichAttempts): Promise<QuizReport | undefined> {
  const quiz = getQuiz(quizId);
  if (!quiz) return undefined;
  return buildQuizReport(quiz, await getItemRows(quiz.id, which), which);
}

/** The 1-based line of `id: "<questionId>"` in a quiz file (relative to the project root), for "edit here". */
export function findQuestionLine(file: string, questionId: string): number | undefined {
  const lines = readFileSync(path.join(process.cwd(), file), "utf8").split("\n");
  const at = lines.findIndex((line) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${questionId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*$`).test(line));
  return at === -1 ? undefined : at + 1;
}
