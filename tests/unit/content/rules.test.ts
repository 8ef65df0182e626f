import { describe, expect, test } from "vitest";
import type { Catalog, Lesson } from "@/lib/content/catalog";
import { checkShortText, checkWording, ERRATA, findNearDuplicates, isCommandQuestion } from "@/lib/content/rules";
import type { Question } from "@/lib/content/schema";

const base = { concepts: [], explanation: "Because.", points: 1 };
const shortText = (accept: string[], kind?: "command") => ({ ...base, id: "q", type: "short_text" as const, prompt: "Which command?", accept, ...(kind ? { kind } : {}) });

describe("command questions", () => {
  test("recognised by kind or by a known program in the first accepted answer", () => {
    expect(isCommandQuestion(shortText(["npm install express"]))).toBe(true);
    expect(isCommandQuestion(shortText(["bin/rails routes"]))).toBe(true);
    expect(isCommandQuestion(shortText(["dev"], "command"))).toBe(true);
    expect(isCommandQuestion(shortText(["INSTALLED_APPS"]))).toBe(false);
  });

  test("a single accepted answer is flagged; spellings that fold to the same text count once", () => {
    expect(checkShortText(shortText(["flask run"]))).toHaveLength(1);
    expect(checkShortText(shortText(["flask run", "Flask  run."]))).toHaveLength(1);
    expect(checkShortText(shortText(["migrate"], "command"))).toHaveLength(1);
    expect(checkShortText(shortText(["flask run", "flask --app app run"]))).toEqual([]);
    expect(checkShortText(shortText(["Werkzeug"]))).toEqual([]);
  });

  test("a long form without its alias is flagged", () => {
    expect(checkShortText(shortText(["npm install express", "npm add express"]))).toEqual(['accept: lists "npm install express" but not its alias "npm i express"']);
    expect(checkShortText(shortText(["bin/rails routes", "bin/rails routes -g article"]))).toHaveLength(2);
    expect(checkShortText(shortText(["npx prisma migrate dev", "prisma migrate dev"]))).toEqual([]);
  });
});

const lesson = (body: string, questions: Question[] = []): Lesson => ({
  id: "t.l", slug: "l", track: "t", title: "L", summary: "S", order: 1, estimatedMinutes: 5, concepts: ["orm"], sources: [], related: [],
  body, wordCount: 500, file: "content/tracks/t/01-l.md",
  quiz: { id: "t.l", title: "Q", passPercent: 70, questions, contentHash: "x", file: "content/tracks/t/01-l.quiz.yaml" },
});

describe("wording", () => {
  test.each([
    "Declaring fields both in the model and in a migration is the Django shape, not the Rails one.",
    "It has no code generators beyond `startproject` and `startapp`.",
    "Among the tools in this lesson, Prisma is the one that generates SQL migrations from schema changes.",
    "A Rails application declares every route in a single file, `config/routes.rb`.",
    "Flask-SQLAlchemy 3 works with SQLAlchemy 2's typed, declarative style:",
  ])("the erratum %s is caught", (text) => {
    expect(checkWording(lesson(text)).some((p) => p.includes("known error"))).toBe(true);
  });

  test("every erratum has a test sentence above, so none is dead", () => {
    expect(ERRATA.length).toBe(6);
    expect(checkWording(lesson("Since then, `prisma migrate dev` runs `prisma generate` for you."))).toHaveLength(1);
  });

  test("unattributed superlatives are flagged; attributed ones and code blocks are not", () => {
    expect(checkWording(lesson("Express leans on npm, the largest software registry there is."))).toHaveLength(1);
    expect(checkWording(lesson("npm's documentation calls it the world's largest software registry."))).toEqual([]);
    expect(checkWording(lesson("Some prose.\n\n```bash\n# the fastest way\n```\n"))).toEqual([]);
  });

  test("wrong options may state a misconception; right options and explanations may not", () => {
    const q: Question = {
      ...base, id: "s", type: "single", prompt: "Why Flask?", answer: "a",
      options: [{ id: "a", text: "It is small" }, { id: "b", text: "It is the fastest Python framework", misconception: "micro-means-fast" }],
    };
    expect(checkWording(lesson("Prose.", [q]))).toEqual([]);
    expect(checkWording(lesson("Prose.", [{ ...q, answer: "b" }]))).toHaveLength(1);
  });
});

describe("near-duplicate questions", () => {
  const tf = (id: string, prompt: string): Question => ({ ...base, id, type: "true_false", prompt, answer: false });
  const catalogOf = (a: Question, b: Question): Catalog => ({
    concepts: [],
    compare: [],
    tracks: [{ slug: "t", title: "T", summary: "S", order: 1, language: "python", intro: "", file: "t/track.md", lessons: [
      lesson("x", [a]),
      { ...lesson("x", [b]), slug: "m", quiz: { ...lesson("x", [b]).quiz, file: "content/tracks/t/02-m.quiz.yaml" } },
    ] }],
  });

  test("the pair the review found (async-not-parallel / async-cpu) is flagged", () => {
    const a = tf("async-not-parallel", "Declaring a CPU-heavy endpoint with async def makes its computation run in parallel across multiple CPU cores.");
    const b = tf("async-cpu", "Declaring a FastAPI endpoint with async def makes the CPU-heavy code inside it run in parallel across several cores.");
    expect(findNearDuplicates(catalogOf(a, b))).toHaveLength(1);
  });

  test("questions on the same topic that ask different things pass", () => {
    const a = tf("a", "Declaring a CPU-heavy endpoint with async def makes its computation run in parallel across multiple CPU cores.");
    const b = tf("b", "One Node.js process can keep thousands of idle WebSocket connections open without a thread per connection.");
    expect(findNearDuplicates(catalogOf(a, b))).toEqual([]);
  });
});
