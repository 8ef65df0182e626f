import path from "node:path";
import { expect, test } from "vitest";
import { readCatalog } from "@/lib/content/read";
import { checkPolicy } from "@/lib/content/policy";

const flask = readCatalog(path.resolve("content")).catalog.tracks.find((t) => t.slug === "flask")!;

test("the real Flask track meets the curriculum policy", () => {
  expect(checkPolicy(flask)).toEqual([]);
});

test("thin quizzes, missing sources, missing code and no code-reading question are named by file", () => {
  const lesson = flask.lessons[0]!;
  const thin = {
    ...flask,
    lessons: [
      {
        ...lesson,
        sources: [],
        body: "No code here.",
        quiz: { ...lesson.quiz, questions: lesson.quiz.questions.slice(0, 2).map((q) => ({ ...q, type: "true_false" as const, answer: true, code: undefined })) },
      },
    ],
  };
  const problems = checkPolicy(thin as typeof flask);
  expect(problems).toEqual([
    `${lesson.file}: sources: cite at least one seed claim or documentation page`,
    `${lesson.file}: body: needs at least one python code example`,
    `${lesson.quiz.file}: questions: 2 questions; quizzes need at least 6`,
    `${lesson.quiz.file}: questions: 1 question types; quizzes need at least 3`,
    `${flask.file}: quizzes: the track needs at least one code-reading question (a question with \`code\`)`,
  ]);
});

test("an Express lesson's code example may be JavaScript or TypeScript, but must be one of them", () => {
  const express = readCatalog(path.resolve("content")).catalog.tracks.find((t) => t.slug === "express")!;
  const lesson = express.lessons[0]!;
  const withBody = (body: string) => ({ ...express, lessons: [{ ...lesson, body }] }) as typeof express;
  const missing = `${lesson.file}: body: needs at least one javascript or typescript code example`;
  expect(checkPolicy(withBody("```typescript\nconst port: number = 3000;\n```"))).not.toContain(missing);
  expect(checkPolicy(withBody("```javascript\nconst port = 3000;\n```"))).not.toContain(missing);
  expect(checkPolicy(withBody("```bash\nnpm start\n```"))).toContain(missing);
});
