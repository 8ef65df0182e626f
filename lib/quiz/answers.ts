/**
 * The answer value each question type accepts, and the submission body. Pure.
 */
import { z } from "zod";
import type { Question, QuestionType } from "@/lib/content/schema";
import { storableString } from "@/lib/validation/text";

const id = storableString().min(1).max(100);
const distinctIds = z
  .array(id)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, { error: "each option may appear once" });

export const answerSchemas = {
  single: id,
  multiple: distinctIds,
  true_false: z.boolean(),
  short_text: storableString().max(500),
  ordering: distinctIds,
  matching: z.record(id, id),
} satisfies Record<QuestionType, z.ZodType>;

/** The answer a question of type `T` takes, e.g. `AnswerOf<"matching">` is a left id → right id record. */
export type AnswerOf<T extends QuestionType> = z.infer<(typeof answerSchemas)[T]>;
export type AnswerValue = AnswerOf<QuestionType>;

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");
const isIdRecord = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");

/**
 * Shape checks per question type that narrow a value to `AnswerOf<T>`. They are cheap because
 * values reach them already validated by `answerSchemas` (submissions, drafts, stored attempts):
 * they tie an answer to its question's type for the compiler, without parsing again.
 */
export const isAnswerOf = {
  single: (value: unknown): value is string => typeof value === "string",
  multiple: isIdList,
  true_false: (value: unknown): value is boolean => typeof value === "boolean",
  short_text: (value: unknown): value is string => typeof value === "string",
  ordering: isIdList,
  matching: isIdRecord,
} satisfies { [T in QuestionType]: (value: unknown) => value is AnswerOf<T> };

/** The `default` of a switch over question types: a type left unhandled is a compile error here. */
export function unhandledType(value: never): never {
  throw new Error(`unhandled question type: ${JSON.stringify(value)}`);
}

export const Submission = z.strictObject({
  answers: z
    .array(z.strictObject({ questionId: id, answer: z.unknown() }))
    .max(200)
    .refine((answers) => new Set(answers.map((a) => a.questionId)).size === answers.length, {
      error: "each question may be answered once",
    }),
});
export type Submission = z.infer<typeof Submission>;

/** Any question type's answer value (a short text's string covers an option id, a list covers an ordering). */
export const anyAnswer = z.union([answerSchemas.short_text, answerSchemas.multiple, answerSchemas.true_false, answerSchemas.matching]);
/** A draft as stored with an open attempt: each answer has some question type's shape. */
export const DraftAnswers = z.array(z.object({ questionId: id, answer: anyAnswer }));
export type DraftAnswer = z.infer<typeof DraftAnswers>[number];

export type AnswerIssue = { path: string; message: string };

/**
 * Checks each answer against its question's type. Unknown questions and wrong shapes are reported
 * by question id, so a client can see which answer to fix.
 */
export function checkAnswers(questions: Question[], answers: Submission["answers"]): { answers: Map<string, AnswerValue>; issues: AnswerIssue[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const valid = new Map<string, AnswerValue>();
  const issues: AnswerIssue[] = [];
  answers.forEach(({ questionId, answer }, i) => {
    const question = byId.get(questionId);
    if (!question) {
      issues.push({ path: `answers.${i}.questionId`, message: `question "${questionId}" is not part of this attempt` });
      return;
    }
    const parsed = answerSchemas[question.type].safeParse(answer);
    if (!parsed.success) {
      issues.push({ path: `answers.${i}.answer`, message: `question "${questionId}" (${question.type}) expects ${expectedShape[question.type]}` });
      return;
    }
    valid.set(questionId, parsed.data);
  });
  return { answers: valid, issues };
}

const expectedShape: Record<QuestionType, string> = {
  single: "an option id (string)",
  multiple: "an array of distinct option ids",
  true_false: "true or false",
  short_text: "a string of at most 500 characters, without NUL characters or unpaired surrogates",
  ordering: "an array of distinct option ids in order",
  matching: "an object mapping each left id to a right id",
};
