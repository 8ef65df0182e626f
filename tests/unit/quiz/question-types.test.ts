// Type-level tests: `npm run typecheck` (tsc) checks the expectTypeOf and @ts-expect-error lines, so a
// change that unties answers from question types fails CI; the runtime asserts below run in Vitest.
import { describe, expect, expectTypeOf, test } from "vitest";
import { Question, type QuestionOf, type QuestionType } from "@/lib/content/schema";
import { expectedAnswer, wrongAnswer } from "@/lib/quiz/answer-key";
import { answerSchemas, DraftAnswers, isAnswerOf, unhandledType, type AnswerOf } from "@/lib/quiz/answers";
import { PublicQuestion, type PublicQuestionOf } from "@/lib/quiz/public";

const matching: QuestionOf<"matching"> = {
  id: "m",
  type: "matching",
  prompt: "Match",
  concepts: [],
  explanation: "Because.",
  points: 1,
  left: [
    { id: "a", text: "A" },
    { id: "b", text: "B" },
  ],
  right: [
    { id: "x", text: "X" },
    { id: "y", text: "Y" },
  ],
  answer: { a: "x", b: "y" },
};

describe("answer types follow question types", () => {
  test("each question type has its own answer type", () => {
    expectTypeOf<AnswerOf<"single">>().toEqualTypeOf<string>();
    expectTypeOf<AnswerOf<"multiple">>().toEqualTypeOf<string[]>();
    expectTypeOf<AnswerOf<"true_false">>().toEqualTypeOf<boolean>();
    expectTypeOf<AnswerOf<"short_text">>().toEqualTypeOf<string>();
    expectTypeOf<AnswerOf<"ordering">>().toEqualTypeOf<string[]>();
    expectTypeOf<AnswerOf<"matching">>().toEqualTypeOf<Record<string, string>>();
  });

  test("the answer key of a question has that question's answer type", () => {
    expectTypeOf(expectedAnswer(matching)).toEqualTypeOf<Record<string, string>>();
    expectTypeOf(wrongAnswer(matching)).toEqualTypeOf<Record<string, string>>();
    expect(expectedAnswer(matching)).toEqual({ a: "x", b: "y" });
    expect(wrongAnswer(matching)).toEqual({ a: "y", b: "x" });
  });

  test("public questions keep the types and per-type fields, never the key", () => {
    expectTypeOf<PublicQuestion["type"]>().toEqualTypeOf<QuestionType>();
    expectTypeOf<PublicQuestionOf<"matching">>().toHaveProperty("left");
    expectTypeOf<PublicQuestionOf<"true_false">>().not.toHaveProperty("options");
    expectTypeOf<PublicQuestionOf<"single">>().not.toHaveProperty("answer");
    expectTypeOf<PublicQuestionOf<"short_text">>().not.toHaveProperty("accept");
    expectTypeOf<PublicQuestion>().not.toHaveProperty("explanation");
    // The zod unions list the same types at runtime too.
    expect(PublicQuestion.options.map((o) => o.shape.type.value).sort()).toEqual(Question.options.map((o) => o.shape.type.value).sort());
  });

  test("a switch over question types that misses one does not compile", () => {
    const label = (q: Question): string => {
      switch (q.type) {
        case "single":
        case "multiple":
        case "true_false":
        case "short_text":
        case "ordering":
          return q.type;
        default:
          // @ts-expect-error "matching" is unhandled, so `q` is not `never` here.
          return unhandledType(q);
      }
    };
    expect(() => label(matching)).toThrow(/unhandled question type/);
  });

  test("a new question type is a compile error until each per-type table has it", () => {
    type WithEssay = QuestionType | "essay";
    // @ts-expect-error answerSchemas has no "essay" entry.
    const schemas: Record<WithEssay, unknown> = answerSchemas;
    // @ts-expect-error isAnswerOf has no "essay" entry.
    const guards: Record<WithEssay, unknown> = isAnswerOf;
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(guards).sort());
  });

  test("isAnswerOf narrows values of the right shape only", () => {
    const value: unknown = { a: "x" };
    if (isAnswerOf.matching(value)) expectTypeOf(value).toEqualTypeOf<Record<string, string>>();
    expect(isAnswerOf.matching(value)).toBe(true);
    expect(isAnswerOf.matching(["x"])).toBe(false);
    expect(isAnswerOf.multiple(["a", 1])).toBe(false);
    expect(isAnswerOf.true_false("true")).toBe(false);
  });
});

describe("stored drafts are parsed, not trusted", () => {
  test("every answer type's shape is a draft answer; other shapes are not", () => {
    const shapes = { single: "a", multiple: ["a", "b"], true_false: false, short_text: "render_template", ordering: ["b", "a"], matching: { a: "x" } };
    for (const [type, answer] of Object.entries(shapes)) expect(DraftAnswers.safeParse([{ questionId: "q", answer }]).success, type).toBe(true);
    for (const answer of [3, null, { a: 1 }, ["a", "a"], [1], "x".repeat(501)]) expect(DraftAnswers.safeParse([{ questionId: "q", answer }]).success, JSON.stringify(answer)).toBe(false);
    expect(DraftAnswers.safeParse({ questionId: "q", answer: "a" }).success).toBe(false);
  });
});
