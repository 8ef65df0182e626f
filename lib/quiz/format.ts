/** Human-readable answers for the review screens. Pure; safe in client components. */
import type { Expected } from "./grade";
import type { PublicQuestion } from "./public";

type Value = Expected | null | undefined;

const textOf = (options: { id: string; text: string }[] | undefined, id: string) => options?.find((o) => o.id === id)?.text ?? id;

export function formatAnswer(question: PublicQuestion, value: Value): string[] {
  if (value === null || value === undefined) return [];
  switch (question.type) {
    case "true_false":
      return [value ? "True" : "False"];
    case "short_text":
      return [String(value)];
    case "single":
      return [textOf(question.options, String(value))];
    case "multiple":
      return (value as string[]).map((id) => textOf(question.options, id));
    case "ordering":
      return (value as string[]).map((id, i) => `${i + 1}. ${textOf(question.options, id)}`);
    case "matching":
      return Object.entries(value as Record<string, string>).map(([l, r]) => `${textOf(question.left, l)} → ${textOf(question.right, r)}`);
  }
}

/** Quiz text without its `code` backticks, for accessible names. */
export const plainText = (text: string) => text.replace(/`([^`]+)`/g, "$1");

/** The key of an option's highlighted code in a quiz's `codeHtml` map (question code is keyed by question id). */
export const optionCodeKey = (questionId: string, optionId: string) => `${questionId}/${optionId}`;
