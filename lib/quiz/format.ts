/** Human-readable answers for the review screens. Pure; safe in client components. */
import { isAnswerOf, unhandledType, type AnswerValue } from "./answers";
import type { PublicQuestion } from "./public";

const textOf = (options: { id: string; text: string }[], id: string) => options.find((o) => o.id === id)?.text ?? id;

/** One line per part of an answer; none when the value is missing or of another shape than the question's type. */
export function formatAnswer(question: PublicQuestion, value: AnswerValue | null | undefined): string[] {
  switch (question.type) {
    case "true_false":
      return isAnswerOf.true_false(value) ? [value ? "True" : "False"] : [];
    case "short_text":
      return isAnswerOf.short_text(value) ? [value] : [];
    case "single":
      return isAnswerOf.single(value) ? [textOf(question.options, value)] : [];
    case "multiple":
      return isAnswerOf.multiple(value) ? value.map((id) => textOf(question.options, id)) : [];
    case "ordering":
      return isAnswerOf.ordering(value) ? value.map((id, i) => `${i + 1}. ${textOf(question.options, id)}`) : [];
    case "matching":
      return isAnswerOf.matching(value) ? Object.entries(value).map(([l, r]) => `${textOf(question.left, l)} → ${textOf(question.right, r)}`) : [];
    default:
      return unhandledType(question);
  }
}

/** Quiz text without its `code` backticks, for accessible names. */
export const plainText = (text: string) => text.replace(/`([^`]+)`/g, "$1");

/** The key of an option's highlighted code in a quiz's `codeHtml` map (question code is keyed by question id). */
export const optionCodeKey = (questionId: string, optionId: string) => `${questionId}/${optionId}`;
