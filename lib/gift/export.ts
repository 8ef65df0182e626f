/**
 * Framewise quiz → GIFT. Pure. Every question keeps its full meaning for Moodle where GIFT has a
 * type for it; the rest rides in `// @framewise` comments (./meta.ts) so our importer restores
 * the quiz exactly.
 *
 * Ordering questions: GIFT has no ordering type, so they are exported as matching questions that
 * pair each item with its position ("Position 1", "Position 2", …). Moodle imports them as
 * matching; our importer turns them back into ordering questions from the metadata.
 */
import type { Question, QuizFile } from "@/lib/content/schema";
import { encodeArrows, escapeGift } from "./parse";
import { QUESTION_META, QUIZ_META, questionMeta } from "./meta";

export const positionLabel = (i: number) => `Position ${i + 1}`;

/** Escapes an answer text: GIFT's special characters and the "->" of matching pairs. */
const e = (text: string) => escapeGift(encodeArrows(text));
/** Prompts and feedback need only GIFT's own escapes. */
const t = escapeGift;

/** Moodle's grade for one of n right options, and minus it for a wrong one (our partial-credit rule). */
const weight = (n: number) => Number((100 / n).toFixed(5));

function answerLines(q: Question): string[] {
  switch (q.type) {
    case "single":
      return q.options.map((o) => `${o.id === q.answer ? "=" : "~"}${e(o.text)}`);
    case "multiple": {
      const w = weight(q.answer.length);
      return q.options.map((o) => `~%${q.answer.includes(o.id) ? w : -w}%${e(o.text)}`);
    }
    case "true_false":
      return [q.answer ? "TRUE" : "FALSE"];
    case "short_text":
      return q.accept.map((a) => `=${e(a)}`);
    case "ordering": {
      const text = new Map(q.options.map((o) => [o.id, o.text]));
      return q.answer.map((id, i) => `=${e(text.get(id) ?? id)} -> ${positionLabel(i)}`);
    }
    case "matching": {
      const text = new Map(q.right.map((o) => [o.id, o.text]));
      const used = new Set(Object.values(q.answer));
      return [
        ...q.left.map((l) => `=${e(l.text)} -> ${e(text.get(q.answer[l.id] ?? "") ?? "")}`),
        ...q.right.filter((r) => !used.has(r.id)).map((r) => `= -> ${e(r.text)}`),
      ];
    }
  }
}

export function exportQuestion(q: Question): string {
  const answers = answerLines(q);
  const body = q.type === "true_false" ? `{${answers[0]}\n####${t(q.explanation)}\n}` : `{\n${answers.map((a) => `\t${a}`).join("\n")}\n####${t(q.explanation)}\n}`;
  return `// ${QUESTION_META}${JSON.stringify(questionMeta(q))}\n::${t(q.id)}::[markdown]${t(q.prompt)}${body}`;
}

/** The quiz file's own fields of a loaded quiz (without its id, hash and path). */
export const quizFileOf = (quiz: QuizFile): QuizFile => ({
  title: quiz.title,
  passPercent: quiz.passPercent,
  ...(quiz.draw === undefined ? {} : { draw: quiz.draw }),
  questions: quiz.questions,
});

/** The whole quiz as a GIFT file under the category `category`. */
export function exportQuiz(quiz: QuizFile, category: string): string {
  const head = { title: quiz.title, passPercent: quiz.passPercent, ...(quiz.draw === undefined ? {} : { draw: quiz.draw }) };
  return [`// ${QUIZ_META}${JSON.stringify(head)}\n$CATEGORY: ${category}`, ...quiz.questions.map(exportQuestion)].join("\n\n") + "\n";
}
