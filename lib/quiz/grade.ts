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
import type { AnswerValue } from "./answers";

export type Expected = string | string[] | boolean | Record<string, string>;

export type QuestionResult = {
  questionId: string;
  correct: boolean;
  points: number;
  maxPoints: number;
  answer: AnswerValue | null;
  expected: Expected;
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

function fraction(question: Question, answer: AnswerValue | undefined): { share: number; misconceptions: string[] } {
  const none = { share: 0, misconceptions: [] };
  if (answer === undefined) return none;
  switch (question.type) {
    case "single": {
      const picked = question.options.find((o) => o.id === answer);
      return { share: answer === question.answer ? 1 : 0, misconceptions: picked?.misconception && answer !== question.answer ? [picked.misconception] : [] };
    }
    case "true_false":
      return answer === question.answer ? { share: 1, misconceptions: [] } : { share: 0, misconceptions: question.misconception ? [question.misconception] : [] };
    case "short_text": {
      const given = normaliseText(String(answer));
      return { share: given !== "" && question.accept.some((a) => normaliseText(a) === given) ? 1 : 0, misconceptions: [] };
    }
    case "multiple": {
      const picks = new Set(answer as string[]);
      const right = new Set(question.answer);
      const known = question.options.filter((o) => picks.has(o.id));
      if (known.length === question.options.length) return { share: 0, misconceptions: [] };
      const hits = known.filter((o) => right.has(o.id)).length;
      const wrong = known.filter((o) => !right.has(o.id));
      return { share: Math.max(0, (hits - wrong.length) / right.size), misconceptions: tags(wrong) };
    }
    case "ordering": {
      const order = answer as string[];
      const position = new Map(question.answer.map((id, i) => [id, i]));
      let pairs = 0;
      for (let i = 0; i + 1 < order.length; i++) {
        const a = position.get(order[i]!);
        const b = position.get(order[i + 1]!);
        if (a !== undefined && b === a + 1) pairs++;
      }
      // Validation already refuses repeated ids; the cap keeps the rule sound on its own.
      return { share: Math.min(1, pairs / (question.answer.length - 1)), misconceptions: [] };
    }
    case "matching": {
      const given = answer as Record<string, string>;
      const lefts = Object.keys(question.answer);
      const wrong = lefts.filter((l) => Object.hasOwn(given, l) && given[l] !== question.answer[l]).map((l) => question.right.find((r) => r.id === given[l]));
      const hits = lefts.filter((l) => Object.hasOwn(given, l) && given[l] === question.answer[l]).length;
      return { share: hits / lefts.length, misconceptions: tags(wrong) };
    }
  }
}

function tags(options: ({ misconception?: string } | undefined)[]): string[] {
  return [...new Set(options.map((o) => o?.misconception).filter((t): t is string => Boolean(t)))];
}

export function expectedAnswer(question: Question): Expected {
  return question.type === "short_text" ? question.accept[0]! : question.answer;
}

export function grade(questions: Question[], answers: ReadonlyMap<string, AnswerValue>, passPercent: number): GradeResult {
  const results = questions.map((question): QuestionResult => {
    const answer = answers.get(question.id);
    const { share, misconceptions } = fraction(question, answer);
    const points = round(share * question.points);
    return {
      questionId: question.id,
      correct: share === 1,
      points,
      maxPoints: question.points,
      answer: answer ?? null,
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
