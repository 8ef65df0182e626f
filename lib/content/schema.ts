/**
 * The shape of everything under content/. Pure: no fs, no Next, no Prisma.
 * Loaders parse files into these schemas; `checkCatalog` adds the cross-file rules.
 */
import { z } from "zod";
import { FRAMEWORKS } from "./frameworks";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be kebab-case (a-z, 0-9, -)" });
const nonEmpty = z.string().trim().min(1);

export const Concept = z.strictObject({
  id: slug,
  title: nonEmpty,
  definition: nonEmpty,
});
export const ConceptList = z.strictObject({ concepts: z.array(Concept).min(1) });

export const TrackMeta = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  order: z.number().int().min(1),
  /** The language the track's code examples are written in. */
  language: z.enum(["python", "ruby", "javascript", "mixed"]),
  /** Newcomers start here (the landing page's and an empty dashboard's first lesson); at most one track. */
  start: z.literal(true).optional(),
});

export const SourceRef = z.strictObject({
  /** Which seed description the claim comes from. */
  framework: z.enum(["flask", "fastapi", "rails", "express", "django"]),
  /** The claim, paraphrased in our own words. */
  claim: nonEmpty,
  /** The lesson section (heading) that builds on it. */
  section: nonEmpty,
});

/** A page of a framework's official documentation that backs a lesson's claims. */
export const DocSource = z.strictObject({
  title: nonEmpty,
  url: z.url({ protocol: /^https$/ }),
  /** Optional: the claim this page backs, in our own words. */
  claim: nonEmpty.optional(),
});

export const LessonMeta = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  order: z.number().int().min(1),
  estimatedMinutes: z.number().int().min(1).max(120),
  concepts: z.array(slug).min(1),
  sources: z.array(z.union([SourceRef, DocSource])).default([]),
  /** The framework version the lesson targets, e.g. "Flask 3.1" (new lessons state it). */
  targets: nonEmpty.optional(),
  /** Lessons in other tracks this one compares against, as "track/lesson". */
  related: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)).default([]),
});

/** The five frameworks Framewise compares; each is also a track slug. Django is the baseline. */
export const Framework = z.enum(FRAMEWORKS);
export type Framework = z.infer<typeof Framework>;
export { FRAMEWORKS };

const CodeSnippet = z.strictObject({
  language: z.enum(["python", "ruby", "javascript", "typescript", "erb", "html", "bash", "json", "yaml", "sql"]),
  source: nonEmpty,
});

export const Option = z.strictObject({
  id: slug,
  text: nonEmpty,
  /** Code shown (highlighted) under the option's text, e.g. a snippet in another framework. */
  code: CodeSnippet.optional(),
  /** Tag for the wrong idea this option represents; shown to authors in results, never to learners before submit. */
  misconception: slug.optional(),
});

const questionBase = {
  id: slug,
  prompt: nonEmpty,
  code: CodeSnippet.optional(),
  concepts: z.array(slug).default([]),
  /** The frameworks the question tests; its result counts toward mastery of (concept × each of them). */
  frameworks: z.array(Framework).min(1).optional(),
  explanation: nonEmpty,
  points: z.number().positive().default(1),
};

export const SingleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("single"),
  options: z.array(Option).min(2),
  answer: slug,
});
export const MultipleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("multiple"),
  options: z.array(Option).min(3),
  answer: z.array(slug).min(1),
});
export const TrueFalseQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("true_false"),
  answer: z.boolean(),
  /** Optional misconception tag for choosing the wrong value. */
  misconception: slug.optional(),
});
export const ShortTextQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("short_text"),
  /**
   * "command": the answer is something typed at a shell (`npm i express`, `flask run`). Such
   * questions must list the equivalent spellings a knowledgeable learner would type
   * (see `checkShortText` in lib/content/rules.ts). Questions whose first accepted answer starts
   * with a known CLI program are treated as command questions even without this field.
   */
  kind: z.literal("command").optional(),
  /** Accepted answers; compared after normalising case, whitespace and punctuation. */
  accept: z.array(nonEmpty).min(1),
});
export const OrderingQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("ordering"),
  options: z.array(Option).min(3),
  /** Option ids in the correct order. */
  answer: z.array(slug).min(3),
});
export const MatchingQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("matching"),
  left: z.array(Option).min(2),
  right: z.array(Option).min(2),
  /** left id -> right id */
  answer: z.record(slug, slug),
});

export const Question = z.discriminatedUnion("type", [
  SingleQuestion,
  MultipleQuestion,
  TrueFalseQuestion,
  ShortTextQuestion,
  OrderingQuestion,
  MatchingQuestion,
]);

export const QuizFile = z.strictObject({
  title: nonEmpty,
  /** Percentage needed to pass. */
  passPercent: z.number().min(0).max(100).default(70),
  /** Draw this many questions from the bank per attempt; all when absent. */
  draw: z.number().int().min(1).optional(),
  questions: z.array(Question).min(1),
});

export type Concept = z.infer<typeof Concept>;
export type TrackMeta = z.infer<typeof TrackMeta>;
export type LessonMeta = z.infer<typeof LessonMeta>;
export type DocSource = z.infer<typeof DocSource>;
export type LessonSource = LessonMeta["sources"][number];
/** Documentation pages (with a URL), as opposed to paraphrased seed claims. */
export const isDocSource = (source: LessonSource): source is DocSource => "url" in source;
export type Question = z.infer<typeof Question>;
export type QuestionType = Question["type"];
/** The question of one type, with its answer key (as authored; never sent before submit). */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type Option = z.infer<typeof Option>;
export type QuizFile = z.infer<typeof QuizFile>;
export type CodeSnippet = z.infer<typeof CodeSnippet>;
