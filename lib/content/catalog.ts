/**
 * The parsed curriculum and the rules that span files. Pure: callers read the files.
 */
import { checkComparePages } from "./compare-check";
import type { ComparePage } from "./compare";
import { checkPolicy } from "./policy";
import { checkContentRules } from "./rules";
import { checkDepth } from "./depth";
import type { Concept, LessonMeta, QuizFile, TrackMeta } from "./schema";

export type Quiz = QuizFile & {
  /** "<track>.<lesson>" (or "compare.<concept>"): used in URLs and stored on attempts. */
  id: string;
  /** sha256 of the parsed quiz; attempts keep the version they started with. */
  contentHash: string;
  file: string;
};

export type Lesson = LessonMeta & {
  /** "<track>.<lesson>": stored in LessonProgress. */
  id: string;
  slug: string;
  track: string;
  body: string;
  wordCount: number;
  quiz: Quiz;
  file: string;
};

export type Track = TrackMeta & { slug: string; intro: string; lessons: Lesson[]; file: string };

/**
 * A track as pure code (progress, choice) reads it: its slug and title, and lessons as narrow as
 * the reader needs (`TrackLike<{ quiz: Pick<Quiz, "id" | "title"> }>`), so unit tests can build one by hand.
 */
export type TrackLike<L = Pick<Lesson, "slug">> = Pick<Track, "slug" | "title"> & { lessons: L[] };

/** `compare`: one page per concept, the same task in all five frameworks (content/compare/). */
export type Catalog = { tracks: Track[]; concepts: Concept[]; compare: ComparePage[] };

export const LESSON_WORDS = { min: 400, max: 1000 } as const;

export const contentId = (track: string, lesson: string) => `${track}.${lesson}`;

/** Cross-file rules; returns problems as "file: field: message". */
export function checkCatalog(catalog: Catalog): string[] {
  const problems: string[] = [];
  const conceptIds = new Set(catalog.concepts.map((c) => c.id));
  const lessonRefs = new Set(catalog.tracks.flatMap((t) => t.lessons.map((l) => `${t.slug}/${l.slug}`)));

  duplicates(catalog.concepts.map((c) => c.id)).forEach((id) => problems.push(`content/concepts.yaml: concepts: duplicate id "${id}"`));
  checkOrder(catalog.tracks.map((t) => ({ order: t.order, file: t.file })), problems);

  for (const track of catalog.tracks) {
    checkOrder(track.lessons, problems);
    duplicates(track.lessons.map((l) => l.slug)).forEach((s) => problems.push(`${track.file}: lessons: duplicate slug "${s}"`));
    for (const lesson of track.lessons) {
      for (const id of lesson.concepts) if (!conceptIds.has(id)) problems.push(`${lesson.file}: concepts: unknown concept "${id}"`);
      for (const ref of lesson.related) if (!lessonRefs.has(ref)) problems.push(`${lesson.file}: related: unknown lesson "${ref}"`);
      for (const line of unlabelledFences(lesson.body)) problems.push(`${lesson.file}: body: line ${line}: code block has no language`);
      if (lesson.wordCount < LESSON_WORDS.min || lesson.wordCount > LESSON_WORDS.max)
        problems.push(`${lesson.file}: body: ${lesson.wordCount} words of prose; lessons need ${LESSON_WORDS.min}–${LESSON_WORDS.max}`);
      problems.push(...checkQuiz(lesson.quiz, conceptIds));
    }
    problems.push(...checkPolicy(track));
  }
  const starts = catalog.tracks.filter((t) => t.start);
  if (starts.length > 1) problems.push(`${starts.map((t) => t.file).join(", ")}: start: only one track may be where newcomers start`);
  if (catalog.tracks.some((t) => t.slug === "compare")) problems.push('content/tracks/compare: the track slug "compare" is taken by compare quizzes ("compare.<concept>")');
  for (const page of catalog.compare) problems.push(...checkQuiz(page.quiz, conceptIds));
  problems.push(...checkComparePages(catalog));
  problems.push(...checkContentRules(catalog));
  problems.push(...checkDepth(catalog));
  return problems;
}

export function checkQuiz(quiz: Quiz, conceptIds: Set<string>): string[] {
  const problems: string[] = [];
  const at = (path: string, message: string) => problems.push(`${quiz.file}: ${path}: ${message}`);
  duplicates(quiz.questions.map((q) => q.id)).forEach((id) => at("questions", `duplicate question id "${id}"`));
  if (quiz.draw !== undefined && quiz.draw > quiz.questions.length) at("draw", `draws ${quiz.draw} from only ${quiz.questions.length} questions`);

  quiz.questions.forEach((q, i) => {
    const path = `questions[${i}] (${q.id})`;
    for (const id of q.concepts) if (!conceptIds.has(id)) at(`${path}.concepts`, `unknown concept "${id}"`);
    if (q.type === "true_false" || q.type === "short_text") return;
    if (q.type === "matching") {
      const left = q.left.map((o) => o.id);
      const right = new Set(q.right.map((o) => o.id));
      duplicates([...left, ...right]).forEach((id) => at(`${path}`, `duplicate option id "${id}"`));
      for (const id of left) if (!(id in q.answer)) at(`${path}.answer`, `no match given for "${id}"`);
      for (const [l, r] of Object.entries(q.answer)) {
        if (!left.includes(l)) at(`${path}.answer`, `unknown left item "${l}"`);
        if (!right.has(r)) at(`${path}.answer.${l}`, `unknown right item "${r}"`);
      }
      return;
    }
    const options = q.options.map((o) => o.id);
    duplicates(options).forEach((id) => at(`${path}.options`, `duplicate option id "${id}"`));
    const answer = Array.isArray(q.answer) ? q.answer : [q.answer];
    for (const id of answer) if (!options.includes(id)) at(`${path}.answer`, `unknown option "${id}"`);
    duplicates(answer).forEach((id) => at(`${path}.answer`, `option "${id}" listed twice`));
    if (q.type === "ordering" && answer.length !== options.length) at(`${path}.answer`, "must list every option exactly once");
    if (q.type === "multiple" && answer.length === options.length) at(`${path}.answer`, "cannot mark every option correct");
  });
  return problems;
}

function checkOrder(items: { order: number; file: string }[], problems: string[]) {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  sorted.forEach((item, i) => {
    if (item.order !== i + 1) problems.push(`${item.file}: order: expected ${i + 1}, found ${item.order} (orders must run 1, 2, 3 … without gaps)`);
  });
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => seen.has(v) || !seen.add(v)))];
}

/** Line numbers of opening ``` fences without an info string. */
export function unlabelledFences(markdown: string): number[] {
  const lines = markdown.split("\n");
  const found: number[] = [];
  let open = false;
  lines.forEach((line, i) => {
    const fence = /^\s*(```+|~~~+)\s*(\S*)/.exec(line);
    if (!fence) return;
    if (!open && !fence[2]) found.push(i + 1);
    open = !open;
  });
  return found;
}

/** Words outside fenced code blocks: what a reader reads as prose. */
export function proseWordCount(markdown: string): number {
  const prose = markdown.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1\s*$/gm, " ");
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
