/**
 * Mastery per concept × track, in the spirit of Khan Academy. Pure.
 *
 * A cell covers the questions of one track's quizzes tagged with one concept, scored on each quiz's
 * latest submitted attempt (earned points / the question's points):
 * - not started: none of those questions answered yet;
 * - attempted: below 70%;  familiar: 70% or more;  proficient: all of them right;
 * - mastered: proficient, and also all right on each of those quizzes' last attempt from an earlier
 *   day (so proficient on two attempts on different days, with no slip in between).
 *
 * A question counts toward each framework it names in `frameworks`, or its own track when it names
 * none. Compare quizzes ("compare.<concept>") belong to no track: each of their questions names the
 * frameworks it tests, so a Flask → Rails translation counts for both Flask and Rails.
 */
import type { TrackLike } from "@/lib/content/catalog";

export type MasteryLevel = "not_started" | "attempted" | "familiar" | "proficient" | "mastered";

export const MASTERY_LEVELS: { level: MasteryLevel; label: string }[] = [
  { level: "not_started", label: "Not started" },
  { level: "attempted", label: "Attempted" },
  { level: "familiar", label: "Familiar" },
  { level: "proficient", label: "Proficient" },
  { level: "mastered", label: "Mastered" },
];

export const FAMILIAR_PERCENT = 70;

/** One stored answer from a quiz's latest attempt, or from its last attempt on an earlier day. */
export type QuestionOutcome = { quizId: string; questionId: string; correct: boolean; points: number; attempt: "latest" | "previous" };

export type MasteryCell = {
  track: string;
  /** null: this track has no question on this concept. */
  level: MasteryLevel | null;
  percent: number | null;
  questions: number;
  answered: number;
};
export type MasteryGrid = { tracks: { slug: string; title: string }[]; rows: { concept: { id: string; title: string }; cells: MasteryCell[] }[] };

type QuestionLike = { id: string; concepts: string[]; points: number; frameworks?: readonly string[] };
type QuizLike = { id: string; questions: QuestionLike[] };
type MasteryTrack = TrackLike<{ quiz: QuizLike }>;

export function masteryLevel(input: { earned: number; possible: number; answered: number; allCorrect: boolean; previousAllCorrect: boolean }): MasteryLevel {
  if (input.answered === 0) return "not_started";
  if (input.allCorrect) return input.previousAllCorrect ? "mastered" : "proficient";
  return input.possible > 0 && (input.earned / input.possible) * 100 >= FAMILIAR_PERCENT ? "familiar" : "attempted";
}

const key = (quizId: string, questionId: string) => `${quizId}\u0000${questionId}`;

/** Per framework × concept, the questions counting toward it, each with its results key spelled once per catalog. */
type QuestionIndex = Map<string, { quizId: string; question: QuestionLike; key: string }[]>;
const NO_COMPARE_QUIZZES: QuizLike[] = [];
const indexes = new WeakMap<readonly MasteryTrack[], WeakMap<readonly QuizLike[], QuestionIndex>>();

/**
 * The questions counting toward each framework × concept. It depends on the catalog only, so it is
 * built once per (tracks, compare quizzes) pair of arrays (the content loader keeps them) rather than
 * on every dashboard view: walking every question of every quiz was the data function's largest cost.
 */
function questionIndex(tracks: readonly MasteryTrack[], compareQuizzes: readonly QuizLike[]): QuestionIndex {
  let byCompare = indexes.get(tracks);
  if (!byCompare) indexes.set(tracks, (byCompare = new WeakMap()));
  let index = byCompare.get(compareQuizzes);
  if (!index) byCompare.set(compareQuizzes, (index = buildQuestionIndex(tracks, compareQuizzes)));
  return index;
}

function buildQuestionIndex(tracks: readonly MasteryTrack[], compareQuizzes: readonly QuizLike[]): QuestionIndex {
  const taggedBy: QuestionIndex = new Map();
  const tag = (quiz: QuizLike, frameworks: (q: QuestionLike) => readonly string[]) => {
    for (const question of quiz.questions)
      for (const framework of new Set(frameworks(question)))
        for (const concept of new Set(question.concepts)) {
          const k = key(framework, concept);
          const list = taggedBy.get(k) ?? [];
          list.push({ quizId: quiz.id, question, key: key(quiz.id, question.id) });
          taggedBy.set(k, list);
        }
  };
  for (const track of tracks) for (const { quiz } of track.lessons) tag(quiz, (q) => q.frameworks ?? [track.slug]);
  for (const quiz of compareQuizzes) tag(quiz, (q) => q.frameworks ?? []);
  return taggedBy;
}

export function buildMastery(tracks: MasteryTrack[], concepts: { id: string; title: string }[], results: QuestionOutcome[], compareQuizzes: QuizLike[] = NO_COMPARE_QUIZZES): MasteryGrid {
  const latest = new Map<string, QuestionOutcome>();
  const previous = new Map<string, QuestionOutcome>();
  for (const r of results) (r.attempt === "latest" ? latest : previous).set(key(r.quizId, r.questionId), r);
  const taggedBy = questionIndex(tracks, compareQuizzes);

  const cell = (track: MasteryTrack, concept: string): MasteryCell => {
    const tagged = taggedBy.get(key(track.slug, concept)) ?? [];
    if (tagged.length === 0) return { track: track.slug, level: null, percent: null, questions: 0, answered: 0 };
    let earned = 0;
    let possible = 0;
    let answered = 0;
    let allCorrect = true;
    const quizzes = new Set<string>();
    for (const { quizId, question, key: resultKey } of tagged) {
      const result = latest.get(resultKey);
      if (!result) continue;
      answered++;
      earned += Math.min(result.points, question.points);
      possible += question.points;
      allCorrect &&= result.correct;
      quizzes.add(quizId);
    }
    // Every quiz that counts now must have been all right on this concept on an earlier day too.
    const previousAllCorrect = [...quizzes].every((quizId) => {
      const earlier = tagged.filter((t) => t.quizId === quizId).map((t) => previous.get(t.key));
      return earlier.some(Boolean) && earlier.every((r) => r === undefined || r.correct);
    });
    const level = masteryLevel({ earned, possible, answered, allCorrect, previousAllCorrect });
    return { track: track.slug, level, percent: answered ? Math.round((earned / possible) * 100) : null, questions: tagged.length, answered };
  };

  const rows = concepts
    .map((concept) => ({ concept: { id: concept.id, title: concept.title }, cells: tracks.map((t) => cell(t, concept.id)) }))
    .filter((row) => row.cells.some((c) => c.level !== null));
  return { tracks: tracks.map((t) => ({ slug: t.slug, title: t.title })), rows };
}

/** One concept's row of the grid, one cell per compared framework: what a compare page shows. */
export type ConceptMastery = {
  concept: { id: string; title: string };
  /** In FRAMEWORKS order; `level` null: no question on this concept there yet. */
  frameworks: (Omit<MasteryCell, "track"> & { framework: string })[];
  /** The compare quiz that raises these cells, when the concept has a compare page. */
  quiz: { id: string; href: string } | null;
};
