/**
 * The item-analysis report of one quiz: Moodle's statistics per question (./stats.ts), an option
 * table split by top and bottom third of scorers, and the flags an author should look at. Pure.
 */
import type { Question } from "@/lib/content/schema";
import { answerSchemas } from "@/lib/quiz/answers";
import { grade, normaliseText } from "@/lib/quiz/grade";
import { questionStats, quizStats, type MarkCell, type QuestionStats, type QuizStats, type TotalCell } from "./stats";

/** Which attempts count: each learner's first submitted attempt (Moodle's default), or all. */
export type WhichAttempts = "first" | "all";
/** Flags wait for this many attempts of a question; below it the numbers are shown unflagged. */
export const FLAG_MIN_ATTEMPTS = 30;
/** Moodle: discrimination index below 30 "likely needs checking", efficiency below 15% is dubious. */
export const THRESHOLDS = { facilityLow: 0.05, facilityHigh: 0.95, discrimination: 30, efficiency: 15 } as const;

/** 1 = top third of the attempts by total score, 2 = middle, 3 = bottom. */
export type Band = 1 | 2 | 3;
export type ResponseCell = { questionId: string; answer: unknown; band: Band; n: number };
export type ItemRows = { marks: (MarkCell & { questionId: string })[]; totals: TotalCell[]; responses: ResponseCell[] };

export type OptionRow = { key: string; label: string; correct: boolean; misconception?: string; count: number; top: number; bottom: number };
export type FlagCode = "too-hard" | "too-easy" | "negative-discrimination" | "low-discrimination" | "low-efficiency" | "unused-distractor" | "likely-wrong-key";
export type Flag = { code: FlagCode; message: string };
export type QuestionReport = {
  question: Question;
  stats: QuestionStats;
  options: OptionRow[];
  /** Attempts in the top and bottom third that saw this question. */
  bandSizes: { top: number; bottom: number };
  flags: Flag[];
};
export type QuizReport = { which: WhichAttempts; drawn: boolean; quiz: QuizStats; questions: QuestionReport[] };

type Quizlike = { questions: Question[]; draw?: number };

export function buildQuizReport(quiz: Quizlike, rows: ItemRows, which: WhichAttempts): QuizReport {
  const questions = quiz.questions.map((question) => {
    const cells = rows.marks.filter((m) => m.questionId === question.id);
    const stats = questionStats(cells, question.points);
    const responses = rows.responses.filter((r) => r.questionId === question.id);
    const options = optionTable(question, responses);
    const bandSizes = { top: sumBand(responses, 1), bottom: sumBand(responses, 3) };
    return { question, stats, options, bandSizes, flags: flagsFor(question, stats, options) };
  });
  const drawn = quiz.draw !== undefined && quiz.draw < quiz.questions.length;
  // With a draw, attempts answer different questions, so there is no fixed set to take the CIC over.
  const sumOfMarkVariance = drawn ? null : questions.reduce((sum, q) => sum + (q.stats.markVariance ?? 0), 0);
  return { which, drawn, quiz: quizStats(rows.totals, quiz.draw ?? quiz.questions.length, sumOfMarkVariance), questions };
}

const sumBand = (cells: ResponseCell[], band: Band) => cells.filter((c) => c.band === band).reduce((sum, c) => sum + c.n, 0);

/** Every option (or pair, or distinct response) with how often it was chosen, overall and by third. */
export function optionTable(question: Question, responses: ResponseCell[]): OptionRow[] {
  const rows = new Map<string, OptionRow>();
  const add = (row: Omit<OptionRow, "count" | "top" | "bottom">) => rows.set(row.key, rows.get(row.key) ?? { ...row, count: 0, top: 0, bottom: 0 });
  const count = (key: string, cell: ResponseCell) => {
    const row = rows.get(key);
    if (!row) return;
    row.count += cell.n;
    if (cell.band === 1) row.top += cell.n;
    if (cell.band === 3) row.bottom += cell.n;
  };
  const blank = { key: "(none)", label: "No answer", correct: false };

  switch (question.type) {
    case "single":
    case "multiple": {
      const right = new Set(Array.isArray(question.answer) ? question.answer : [question.answer]);
      question.options.forEach((o) => add({ key: o.id, label: o.text, correct: right.has(o.id), misconception: o.misconception }));
      for (const cell of responses) {
        const picks = question.type === "single" ? answerSchemas.single.safeParse(cell.answer).data : answerSchemas.multiple.safeParse(cell.answer).data;
        const ids = picks === undefined ? [] : Array.isArray(picks) ? picks : [picks];
        if (ids.length === 0) add(blank);
        (ids.length ? ids : [blank.key]).forEach((id) => count(id, cell));
      }
      break;
    }
    case "true_false":
      for (const value of [true, false]) add({ key: String(value), label: value ? "True" : "False", correct: value === question.answer, misconception: value === question.answer ? undefined : question.misconception });
      for (const cell of responses) {
        const value = answerSchemas.true_false.safeParse(cell.answer).data;
        if (value === undefined) add(blank);
        count(value === undefined ? blank.key : String(value), cell);
      }
      break;
    case "matching":
      for (const left of question.left)
        for (const right of question.right)
          add({ key: `${left.id}>${right.id}`, label: `${left.text} → ${right.text}`, correct: question.answer[left.id] === right.id, misconception: question.answer[left.id] === right.id ? undefined : right.misconception });
      for (const cell of responses) {
        const pairs = Object.entries(answerSchemas.matching.safeParse(cell.answer).data ?? {});
        if (pairs.length === 0) add(blank);
        (pairs.length ? pairs.map(([l, r]) => `${l}>${r}`) : [blank.key]).forEach((key) => count(key, cell));
      }
      break;
    case "short_text":
    case "ordering":
      // Free responses: one row per distinct response (short text folded as grading folds it).
      for (const cell of responses) {
        const key = responseKey(question, cell.answer);
        if (key === null) add(blank);
        else add({ key, label: responseLabel(question, cell.answer), correct: isCorrect(question, cell.answer) });
        count(key ?? blank.key, cell);
      }
      break;
    default: {
      const unhandled: never = question;
      throw new Error(`unknown question type in ${JSON.stringify(unhandled)}`);
    }
  }
  return [...rows.values()];
}

function responseKey(question: Question, answer: unknown): string | null {
  if (question.type === "short_text") {
    const text = answerSchemas.short_text.safeParse(answer).data;
    return text === undefined || normaliseText(text) === "" ? null : normaliseText(text);
  }
  const order = answerSchemas.ordering.safeParse(answer).data;
  return order && order.length ? order.join(" > ") : null;
}

function responseLabel(question: Question, answer: unknown): string {
  if (question.type === "ordering") {
    const text = new Map(question.options.map((o) => [o.id, o.text]));
    return (answerSchemas.ordering.safeParse(answer).data ?? []).map((id) => text.get(id) ?? id).join(" → ");
  }
  return answerSchemas.short_text.safeParse(answer).data ?? "";
}

const isCorrect = (question: Question, answer: unknown): boolean => {
  const parsed = answerSchemas[question.type].safeParse(answer);
  return parsed.success && grade([question], new Map([[question.id, parsed.data]]), 100).questions[0]?.correct === true;
};

function flagsFor(question: Question, stats: QuestionStats, options: OptionRow[]): Flag[] {
  if (stats.s < FLAG_MIN_ATTEMPTS) return [];
  const flags: Flag[] = [];
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  if (stats.facility !== null && stats.facility < THRESHOLDS.facilityLow) flags.push({ code: "too-hard", message: `Facility ${pct(stats.facility)}: almost nobody gets it right.` });
  if (stats.facility !== null && stats.facility > THRESHOLDS.facilityHigh) flags.push({ code: "too-easy", message: `Facility ${pct(stats.facility)}: almost everybody gets it right.` });
  const di = stats.discriminationIndex;
  if (di !== null && di < 0) flags.push({ code: "negative-discrimination", message: `Discrimination index ${di.toFixed(1)}: weaker learners do better on it than stronger ones.` });
  else if (di !== null && di < THRESHOLDS.discrimination) flags.push({ code: "low-discrimination", message: `Discrimination index ${di.toFixed(1)} (< ${THRESHOLDS.discrimination}): likely needs checking.` });
  const de = stats.discriminativeEfficiency;
  if (de !== null && de < THRESHOLDS.efficiency) flags.push({ code: "low-efficiency", message: `Discriminative efficiency ${de.toFixed(1)}% (< ${THRESHOLDS.efficiency}%): dubious.` });

  if (question.type === "single" || question.type === "multiple" || question.type === "true_false") {
    const choices = options.filter((o) => o.key !== "(none)");
    for (const o of choices.filter((o) => !o.correct && o.count === 0)) flags.push({ code: "unused-distractor", message: `Nobody picked the distractor “${o.label}”.` });
    const right = choices.filter((o) => o.correct);
    const weakestRight = Math.min(...right.map((o) => o.top));
    for (const o of choices.filter((o) => !o.correct && o.top > weakestRight))
      flags.push({ code: "likely-wrong-key", message: `The top third picked the “wrong” option “${o.label}” (${o.top}) more than the keyed answer (${weakestRight}): check the key.` });
  }
  return flags;
}
