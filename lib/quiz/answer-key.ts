/**
 * The answer key read as answers: what a correct answer to a question is, and answers that are
 * wrong. Pure. Grading, the review screens, tests and benchmarks all take them from here, so a
 * new question type or a change to the key is made once.
 */
import type { Question } from "@/lib/content/schema";
import { unhandledType, type AnswerOf, type AnswerValue } from "./answers";

/** The correct answer to a question, in the shape a learner submits it (short text: the first accepted answer). */
export function expectedAnswer<Q extends Question>(question: Q): AnswerOf<Q["type"]>;
export function expectedAnswer(question: Question): AnswerValue {
  switch (question.type) {
    case "single":
    case "multiple":
    case "true_false":
    case "ordering":
    case "matching":
      return question.answer;
    case "short_text":
      // The schema requires at least one accepted answer; the fallback only satisfies the index type.
      return question.accept[0] ?? "";
    default:
      return unhandledType(question);
  }
}

/**
 * Wrong answers of the right shape. The first scores no points at all; later ones are plausible
 * near misses that may earn partial credit (benchmarks use them to spread scores).
 */
export function wrongAnswers<Q extends Question>(question: Q): [AnswerOf<Q["type"]>, ...AnswerOf<Q["type"]>[]];
export function wrongAnswers(question: Question): [AnswerValue, ...AnswerValue[]] {
  switch (question.type) {
    case "single": {
      const others = question.options.filter((o) => o.id !== question.answer).map((o) => o.id);
      // An id that is no option scores nothing too; it only stands in when the options are malformed.
      return [others[0] ?? `not-${question.answer}`, ...others.slice(1)];
    }
    case "multiple": {
      const wrong = question.options.filter((o) => !question.answer.includes(o.id)).map((o) => o.id);
      return [wrong, ...wrong.map((id) => [...question.answer.slice(1), id])];
    }
    case "true_false":
      return [!question.answer];
    case "short_text":
      return ["certainly not this", "no idea"];
    case "ordering":
      // Reversed, no adjacent pair is in sequence.
      return [[...question.answer].reverse()];
    case "matching": {
      const none = Object.fromEntries(question.left.map((l) => [l.id, question.right.find((r) => r.id !== question.answer[l.id])?.id ?? ""]));
      const rights = question.left.map((l) => question.answer[l.id] ?? "");
      const rotated = Object.fromEntries(question.left.map((l, i) => [l.id, rights[(i + 1) % rights.length] ?? ""]));
      return [none, rotated];
    }
    default:
      return unhandledType(question);
  }
}

/** A wrong answer that scores no points. */
export const wrongAnswer = <Q extends Question>(question: Q): AnswerOf<Q["type"]> => wrongAnswers(question)[0];
