/**
 * Content rules that keep known answer-key and wording defects from coming back (issue #11). Pure.
 *
 * - Command questions: a `short_text` question whose answer is typed at a shell must list the
 *   equivalent spellings a knowledgeable learner would type, at least two, and the short alias of
 *   every long form it lists (`npm i` next to `npm install`, `rails` next to `bin/rails`).
 *   A question is a command question when it says `kind: "command"`, or when its first accepted
 *   answer starts with a known command-line program (`COMMAND_PROGRAMS`).
 * - Errata: claims a review found false or unattributed may not reappear anywhere a learner reads.
 * - Superlatives about size, speed or popularity need an attribution in the same sentence.
 * - Near-duplicates: two questions in different quizzes may not ask the same thing in nearly the
 *   same words.
 */
import type { Catalog, Lesson } from "./catalog";
import type { Question } from "./schema";

/** Programs whose invocation marks an accepted answer as a shell command. */
export const COMMAND_PROGRAMS = [
  "npm", "npx", "pnpm", "yarn", "bunx", "node", "pip", "pip3", "python", "python3", "flask", "fastapi", "uvicorn",
  "gunicorn", "django-admin", "rails", "bin/rails", "bundle", "gem", "rake", "prisma", "knex", "alembic", "celery",
] as const;

/** Long form → short alias; an accepted answer using the long form needs its aliased twin too. */
export const COMMAND_ALIASES: readonly (readonly [RegExp, string])[] = [
  [/^npm install\b/, "npm i"],
  [/^bin\/rails\b/, "rails"],
  [/^npx prisma\b/, "prisma"],
];

/** Same folding as grading (lib/quiz/grade.ts `normaliseText`), kept here so lib/content stays free of lib/quiz. */
const fold = (text: string) =>
  text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();

type ShortText = Extract<Question, { type: "short_text" }>;

export function isCommandQuestion(q: ShortText): boolean {
  if (q.kind === "command") return true;
  const first = q.accept[0]?.trim().split(/\s+/)[0] ?? "";
  return (COMMAND_PROGRAMS as readonly string[]).includes(first);
}

/** Problems with one short_text question's accepted answers, as "field: message". */
export function checkShortText(q: ShortText): string[] {
  if (!isCommandQuestion(q)) return [];
  const problems: string[] = [];
  const folded = new Set(q.accept.map(fold));
  if (folded.size < 2)
    problems.push(
      "accept: a command question lists a single accepted answer; add the spellings a knowledgeable learner would type (aliases such as `npm i`, flags in either order, with or without `npx`/`python -m`)",
    );
  for (const answer of q.accept) {
    for (const [long, short] of COMMAND_ALIASES) {
      const trimmed = answer.trim();
      if (!long.test(trimmed)) continue;
      const twin = trimmed.replace(long, short);
      if (!folded.has(fold(twin))) problems.push(`accept: lists "${trimmed}" but not its alias "${twin}"`);
    }
  }
  return problems;
}

/** Claims found false or unattributed by the review of issue #11, with what is true instead. */
export const ERRATA: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bthe Django shape\b/i, why: "Django declares each field once; `makemigrations` writes the migration (docs.djangoproject.com/en/5.2/topics/migrations/)" },
  { pattern: /no (?:code )?generators beyond `?startproject/i, why: "Django also generates migrations (`makemigrations`) and models (`inspectdb`)" },
  { pattern: /Prisma is the (?:only )?one that generates/i, why: "drizzle-kit generate and TypeORM migration:generate also write migrations from schema changes" },
  { pattern: /declares every route in a single file/i, why: "one routes file is the Rails convention; `draw` can split it (guides.rubyonrails.org/routing.html)" },
  { pattern: /Flask-SQLAlchemy 3 works with SQLAlchemy 2/i, why: "a DeclarativeBase as model_class needs Flask-SQLAlchemy 3.1 or later" },
  { pattern: /migrate dev`? (?:also )?(?:runs|triggers) `?(?:prisma )?generate/i, why: "since Prisma 7, migrate dev no longer runs prisma generate" },
];

const SUPERLATIVE = /\b(largest|biggest|fastest|most popular|most widely used)\b/i;
const ATTRIBUTION = /\b(according to|calls?|called|describes?|described|claims?|says|reports?|survey|benchmarks?|measured)\b/i;

const sentences = (text: string) => text.split(/(?<=[.!?])\s+|\n{2,}/);
const prose = (markdown: string) => markdown.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1\s*$/gm, " ");

/** Every text of a lesson and its quiz a learner reads, with where it lives. */
function readableTexts(lesson: Lesson): { at: string; text: string }[] {
  const texts = [{ at: `${lesson.file}: body`, text: prose(lesson.body) }];
  lesson.sources.forEach((s, i) => s.claim && texts.push({ at: `${lesson.file}: sources[${i}].claim`, text: s.claim }));
  lesson.quiz.questions.forEach((q, i) => {
    const at = `${lesson.quiz.file}: questions[${i}] (${q.id})`;
    texts.push({ at: `${at}.prompt`, text: q.prompt }, { at: `${at}.explanation`, text: q.explanation });
    const options = q.type === "matching" ? [...q.left, ...q.right] : "options" in q ? q.options : [];
    // Wrong options state misconceptions on purpose; only right ones must be true.
    const right = new Set(
      q.type === "single" ? [q.answer] : q.type === "multiple" ? q.answer : q.type === "matching" ? [...Object.keys(q.answer), ...Object.values(q.answer)] : options.map((o) => o.id),
    );
    options.filter((o) => right.has(o.id)).forEach((o) => texts.push({ at: `${at}.options.${o.id}`, text: o.text }));
  });
  return texts;
}

export function checkWording(lesson: Lesson): string[] {
  const problems: string[] = [];
  for (const { at, text } of readableTexts(lesson)) {
    for (const { pattern, why } of ERRATA) if (pattern.test(text)) problems.push(`${at}: known error "${pattern.source}": ${why}`);
    for (const sentence of sentences(text))
      if (SUPERLATIVE.test(sentence) && !ATTRIBUTION.test(sentence))
        problems.push(`${at}: unattributed superlative "${sentence.trim().slice(0, 80)}": say who claims it, or state it as a convention`);
  }
  return problems;
}

const STOP = new Set("the a an of to in is and or it its for on with by as be that this which what from at are your you does do not".split(" "));
const tokens = (text: string) => new Set((text.toLowerCase().match(/[a-z0-9_]+/g) ?? []).filter((t) => t.length > 2 && !STOP.has(t)));

function questionText(q: Question): string {
  const options = q.type === "matching" ? [...q.left, ...q.right] : "options" in q ? q.options : [];
  return [q.prompt, q.code?.source ?? "", ...options.map((o) => o.text), ...(q.type === "short_text" ? q.accept : [])].join(" ");
}

export const NEAR_DUPLICATE = 0.5;

/** Pairs of questions in different quizzes that share most of their words (Jaccard ≥ NEAR_DUPLICATE). */
export function findNearDuplicates(catalog: Catalog): string[] {
  const all = catalog.tracks.flatMap((t) => t.lessons.flatMap((l) => l.quiz.questions.map((q) => ({ file: l.quiz.file, q, words: tokens(questionText(q)) }))));
  const problems: string[] = [];
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) {
      if (a.file === b.file) continue;
      const shared = [...a.words].filter((w) => b.words.has(w)).length;
      const similarity = shared / (a.words.size + b.words.size - shared || 1);
      if (similarity >= NEAR_DUPLICATE)
        problems.push(`${a.file}: questions (${a.q.id}): nearly the same question as ${b.file} (${b.q.id}); make each ask something different`);
    }
  });
  return problems;
}

/** All of the above over a catalog. */
export function checkContentRules(catalog: Catalog): string[] {
  const problems: string[] = [];
  for (const lesson of catalog.tracks.flatMap((t) => t.lessons)) {
    lesson.quiz.questions.forEach((q, i) => {
      if (q.type === "short_text") for (const p of checkShortText(q)) problems.push(`${lesson.quiz.file}: questions[${i}] (${q.id}).${p}`);
    });
    problems.push(...checkWording(lesson));
  }
  return [...problems, ...findNearDuplicates(catalog)];
}
