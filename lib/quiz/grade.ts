/**
 * Grading. Pure and deterministic: the same questions and answers always give the same result.
 *
 * Partial credit (fractions of the question's points):
 * - multiple: (correct picks − wrong picks) / number of correct options, never below 0;
 *   picking every option scores 0.
 * - ordering: the share of adjacent pairs placed in the right sequence (n items have n − 1 pairs).
 * - matching: the share of left items matched to the right item.
 * Other types are all or nothing. `correct` means full points.
 */
import type { Question } from "@/lib/content/schema";
import { isAnswerOf, unhandledType, type AnswerValue } from "./answers";
import { expectedAnswer } from "./answer-key";

export type QuestionResult = {
  questionId: string;
  correct: boolean;
  points: number;
  maxPoints: number;
  answer: AnswerValue | null;
  expected: AnswerValue;
  explanation: string;
  /** Misconception tags of the wrong choices made, for authors. */
  misconceptions: string[];
};

export type GradeResult = { score: number; maxScore: number; percent: number; passed: boolean; questions: QuestionResult[] };

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** Case, surrounding and repeated whitespace and punctuation do not matter in short answers. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

type Share = { share: number; misconceptions: string[]; given: AnswerValue | null };
const none: Share = { share: 0, misconceptions: [], given: null };

/** An answer of another shape than its question's type (never after validation) counts as no answer. */
function fraction(question: Question, answer: unknown): Share {
  switch (question.type) {
    case "single": {
      if (!isAnswerOf.single(answer)) return none;
      const picked = question.options.find((o) => o.id === answer);
      const right = answer === question.answer;
      return { share: right ? 1 : 0, misconceptions: picked?.misconception && !right ? [picked.misconception] : [], given: answer };
    }
    case "true_false":
      if (!isAnswerOf.true_false(answer)) return none;
      return answer === question.answer
        ? { share: 1, misconceptions: [], given: answer }
        : { share: 0, misconceptions: question.misconception ? [question.misconception] : [], given: answer };
    case "short_text": {
      if (!isAnswerOf.short_text(answer)) return none;
      const given = normaliseText(answer);
      return { share: given !== "" && question.accept.some((a) => normaliseText(a) === given) ? 1 : 0, misconceptions: [], given: answer };
    }
    case "multiple": {
      if (!isAnswerOf.multiple(answer)) return none;
      const picks = new Set(answer);
      const right = new Set(question.answer);
      const known = question.options.filter((o) => picks.has(o.id));
      if (known.length === question.options.length) return { share: 0, misconceptions: [], given: answer };
      const hits = known.filter((o) => right.has(o.id)).length;
      const wrong = known.filter((o) => !right.has(o.id));
      return { share: Math.max(0, (hits - wrong.length) / right.size), misconceptions: tags(wrong), given: answer };
    }
    case "ordering": {
      if (!isAnswerOf.ordering(answer)) return none;
      const position = new Map(question.answer.map((id, i) => [id, i]));
      let pairs = 0;
      let previous: number | undefined;
      for (const id of answer) {
        const at = position.get(id);
        if (previous !== undefined && at === previous + 1) pairs++;
        previous = at;
      }
      // Validation already refuses repeated ids; the cap keeps the rule sound on its own.
      return { share: Math.min(1, pairs / (question.answer.length - 1)), misconceptions: [], given: answer };
    }
    case "matching": {
      if (!isAnswerOf.matching(answer)) return none;
      const lefts = Object.keys(question.answer);
      const wrong = lefts.filter((l) => Object.hasOwn(answer, l) && answer[l] !== question.answer[l]).map((l) => question.right.find((r) => r.id === answer[l]));
      const hits = lefts.filter((l) => Object.hasOwn(answer, l) && answer[l] === question.answer[l]).length;
      return { share: hits / lefts.length, misconceptions: tags(wrong), given: answer };
    }
    default:
      return unhandledType(question);
  }
}

function tags(options: ({ misconception?: string } | undefined)[]): string[] {
  return [...new Set(options.map((o) => o?.misconception).filter((t): t is string => Boolean(t)))];
}

/** `answers` by question id; values of another shape than their question's type count as unanswered. */
export function grade(questions: Question[], answers: ReadonlyMap<string, unknown>, passPercent: number): GradeResult {
  const results = questions.map((question): QuestionResult => {
    const { share, misconceptions, given } = fraction(question, answers.get(question.id));
    const points = round(share * question.points);
    return {
      questionId: question.id,
      correct: share === 1,
      points,
      maxPoints: question.points,
      answer: given,
      expected: expectedAnswer(question),
      explanation: question.explanation,
      misconceptions,
    };
  });
  const score = round(results.reduce((sum, r) => sum + r.points, 0));
  const maxScore = round(questions.reduce((sum, q) => sum + q.points, 0));
  const percent = maxScore === 0 ? 0 : round((score / maxScore) * 100, 1);
  return { score, maxScore, percent, passed: percent >= passPercent, questions: results };
}

export type AttemptResult = GradeResult & { attemptId: string };
