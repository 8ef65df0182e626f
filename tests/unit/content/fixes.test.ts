/**
 * Issue #11, "fix first": each defect the review found, checked on the real content so it cannot
 * come back. Answers are graded through the real grade(), as a learner's would be.
 */
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readCatalog } from "@/lib/content/read";
import { findNearDuplicates } from "@/lib/content/rules";
import type { Question } from "@/lib/content/schema";
import { grade } from "@/lib/quiz/grade";

const { catalog } = readCatalog(path.resolve("content"));
const lesson = (ref: string) => {
  const [track, slug] = ref.split("/");
  const found = catalog.tracks.find((t) => t.slug === track)?.lessons.find((l) => l.slug === slug);
  if (!found) throw new Error(`no lesson ${ref}`);
  return found;
};
const question = (ref: string, id: string): Question => {
  const found = lesson(ref).quiz.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${ref} ${id}`);
  return found;
};
const points = (q: Question, answer: string | string[] | Record<string, string>) => grade([q], new Map([[q.id, answer]]), 70).questions[0]!.points;

describe("answers a knowledgeable developer gives get full marks", () => {
  test.each([
    ["rails/active-record", "n-plus-one-method", ["includes(:comments)", "preload(:comments)", "eager_load(:comments)", "preload", "eager_load"]],
    ["fastapi/philosophy", "dev-server", ["fastapi dev main.py", "uvicorn main:app --reload", "uvicorn --reload main:app", "python -m uvicorn main:app --reload"]],
    ["express/philosophy", "install-command", ["npm i express", "npm install express", "npm i -S express", "npm install express --save", "npm i express@5", "npm add express"]],
    ["express/data-layer", "prisma-dev-command", ["npx prisma migrate dev", "prisma migrate dev --name init", "npx prisma migrate dev -n init"]],
  ])("%s %s", (ref, id, answers) => {
    const q = question(ref, id);
    for (const answer of answers) expect(points(q, answer), answer).toBe(q.points);
  });
});

describe("ordering and matching keys have one defensible answer", () => {
  test("django/02 add-field-order: every step depends on the one before (no free-floating commit step)", () => {
    const q = question("django/orm-and-migrations", "add-field-order");
    expect(q.type === "ordering" && q.answer).toEqual(["edit-model", "run-makemigrations", "run-migrate", "shell-query"]);
  });
  test("rails/03 add-column-steps: schema.rb is rewritten by db:migrate, not a step of its own", () => {
    const q = question("rails/active-record", "add-column-steps");
    expect(q.type === "ordering" && q.answer).toEqual(["generate-migration", "review-file", "run-migrate", "console-check"]);
  });
  test("flask/01 django-to-flask: a reusable Django app is paired with an extension, a project's own app with a blueprint", () => {
    const q = question("flask/philosophy", "django-to-flask");
    expect(q.type === "matching" && q.answer).toMatchObject({ "dj-reusable-app": "extension", "dj-project-app": "blueprint" });
  });
});

describe("corrected facts stay corrected", () => {
  test("express/03 states how migrate dev works and that Prisma 7 stopped running generate", () => {
    const { body } = lesson("express/data-layer");
    expect(body).toMatch(/shadow database/);
    expect(body).toMatch(/Since Prisma 7, `migrate dev` no longer runs `prisma generate`/);
  });
  test("flask/03 names the Flask-SQLAlchemy version that accepts a DeclarativeBase model_class", () => {
    expect(lesson("flask/data-with-sqlalchemy").body).toMatch(/Flask-SQLAlchemy 3\.1/);
  });
  test("rails/04 names Django's own generators", () => {
    expect(lesson("rails/generators-and-gems").body).toMatch(/makemigrations[\s\S]*inspectdb/);
  });
  test("the near-duplicate pairs of the review are gone and none are left", () => {
    const ids = catalog.tracks.find((t) => t.slug === "choosing")!.lessons.flatMap((l) => l.quiz.questions.map((q) => q.id));
    for (const old of ["rails-implicit-render", "bad-path-param", "async-cpu", "cpu-heavy-node"]) expect(ids).not.toContain(old);
    expect(findNearDuplicates(catalog)).toEqual([]);
  });
});
