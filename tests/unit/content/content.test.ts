import { describe, expect, test } from "vitest";
import path from "node:path";
import type { Catalog } from "@/lib/content/catalog";
import { checkCatalog, proseWordCount, unlabelledFences } from "@/lib/content/catalog";
import { parseQuiz } from "@/lib/content/parse";
import { readCatalog } from "@/lib/content/read";

describe("content/", () => {
  const { catalog, problems } = readCatalog(path.resolve("content"));

  test("every file loads and passes the cross-file checks", () => {
    expect(problems).toEqual([]);
    expect(catalog.tracks.find((t) => t.slug === "flask")?.lessons.length).toBeGreaterThan(0);
  });

  test("quiz ids are unique and every lesson has a quiz", () => {
    const ids = catalog.tracks.flatMap((t) => t.lessons.map((l) => l.quiz.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("content checks catch broken files", () => {
  const quizYaml = (answer: string) => `title: T\nquestions:\n  - id: q1\n    type: single\n    prompt: P\n    explanation: E\n    options:\n      - { id: a, text: A }\n      - { id: b, text: B }\n    answer: ${answer}\n`;

  test("an answer key pointing at a missing option names the file and field", () => {
    const quiz = parseQuiz("t.l", quizYaml("zzz"), "content/tracks/t/01-l.quiz.yaml");
    const catalog: Catalog = {
      concepts: [],
      compare: [],
      tracks: [{ slug: "t", title: "T", summary: "S", order: 1, language: "python", intro: "", file: "t/track.md", lessons: [] }],
    };
    catalog.tracks[0]!.lessons.push({
      id: "t.l", slug: "l", track: "t", title: "L", summary: "S", order: 1, estimatedMinutes: 5, concepts: ["nope"], sources: [], related: [],
      body: "```\ncode\n```\n", wordCount: 500, quiz, file: "content/tracks/t/01-l.md",
    });
    const problems = checkCatalog(catalog);
    expect(problems).toContain('content/tracks/t/01-l.quiz.yaml: questions[0] (q1).answer: unknown option "zzz"');
    expect(problems).toContain('content/tracks/t/01-l.md: concepts: unknown concept "nope"');
    expect(problems).toContain("content/tracks/t/01-l.md: body: line 1: code block has no language");
  });

  test("a question without an explanation is rejected with the file name", () => {
    expect(() => parseQuiz("t.l", quizYaml("a").replace("    explanation: E\n", ""), "content/x.quiz.yaml")).toThrow(/content\/x\.quiz\.yaml[\s\S]*explanation/);
  });

  test("fences and word counts", () => {
    expect(unlabelledFences("```python\nx\n```\n\n```\ny\n```")).toEqual([5]);
    expect(proseWordCount("Two words\n\n```python\nnot counted at all\n```\n")).toBe(2);
  });
});
