import "server-only";
import { renderCode } from "@/lib/content/render";
import type { CodeSnippet } from "@/lib/content/schema";

/** Highlighted HTML of each question's code snippet, rendered on the server (snippets hold no answers). */
export async function codeHtmlFor(quiz: { questions: { id: string; code?: CodeSnippet }[] }): Promise<Record<string, string>> {
  const entries = await Promise.all(quiz.questions.filter((q) => q.code).map(async (q) => [q.id, await renderCode(q.code!)] as const));
  return Object.fromEntries(entries);
}
