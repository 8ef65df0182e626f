import "server-only";
import { renderCode } from "@/lib/content/render";
import type { CodeSnippet } from "@/lib/content/schema";
import { optionCodeKey } from "@/lib/quiz/format";

type QuestionLike = { id: string; code?: CodeSnippet; options?: { id: string; code?: CodeSnippet }[] };

/**
 * Highlighted HTML of each question's code snippet (keyed by question id) and of each option's
 * (keyed by `optionCodeKey`), rendered on the server. Snippets hold no answers; the keys are sorted,
 * so the map's order says nothing about which option is right.
 */
export async function codeHtmlFor(quiz: { questions: QuestionLike[] }): Promise<Record<string, string>> {
  const snippets = quiz.questions.flatMap((q) => [
    ...(q.code ? [[q.id, q.code] as const] : []),
    ...(q.options ?? []).flatMap((o) => (o.code ? [[optionCodeKey(q.id, o.id), o.code] as const] : [])),
  ]);
  const entries = await Promise.all(snippets.map(async ([key, code]) => [key, await renderCode(code)] as const));
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
