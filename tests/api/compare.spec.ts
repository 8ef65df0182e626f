import { expect, test } from "../support/fixtures";
import type { Question } from "../../lib/content/schema";
import { catalog, signedInUser } from "../support/http";
import { expectedAnswer } from "../../lib/quiz/answer-key";

const page = catalog.compare.find((p) => p.concept === "routing")!;
const quiz = page.quiz;
const byId = new Map<string, Question>(quiz.questions.map((q) => [q.id, q]));
const right = (id: string) => {
  const q = byId.get(id)!;
  return { questionId: id, answer: expectedAnswer(q) };
};

test.describe("compare quizzes over HTTP", () => {
  test("start a compare quiz: drawn questions, options with code, no answer key; submit; mastery per named framework", async ({ request }) => {
    await signedInUser(request, "compare-api");
    const before = await request.get("/api/me/mastery/routing");
    expect(before.status()).toBe(200);
    expect((await before.json()).frameworks.map((f: { level: string }) => f.level)).toEqual(Array(5).fill("not_started"));

    const started = await request.post(`/api/quizzes/${quiz.id}/attempts`);
    expect(started.status()).toBe(201);
    const raw = await started.text();
    const { attempt } = JSON.parse(raw);
    expect(attempt.questions).toHaveLength(quiz.draw!);
    expect(raw).not.toMatch(/"(answer|accept|explanation|misconception|correct)"\s*:/);
    for (const q of quiz.questions) expect(raw).not.toContain(q.explanation);
    const codeOptions = attempt.questions.flatMap((q: { options?: { code?: { language: string; source: string } }[] }) => (q.options ?? []).filter((o) => o.code));
    for (const o of codeOptions) expect(Object.keys(o).sort()).toEqual(["code", "id", "text"]);

    const submitted = await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: attempt.questions.map((q: { id: string }) => right(q.id)) } });
    expect(submitted.status()).toBe(200);
    expect((await submitted.json()).result).toMatchObject({ percent: 100, passed: true });

    const named = new Set(attempt.questions.flatMap((q: { id: string }) => byId.get(q.id)!.frameworks ?? []));
    const after = await (await request.get("/api/me/mastery/routing")).json();
    expect(after.quiz).toEqual({ id: quiz.id, href: "/compare/routing/quiz" });
    for (const cell of after.frameworks) expect(cell.level, cell.framework).toBe(named.has(cell.framework) ? "proficient" : "not_started");
  });

  test("a wrong answer to a code option is graded like any option, and names its misconception", async ({ request }) => {
    await signedInUser(request, "compare-wrong");
    type Shown = { id: string; questions: { id: string; options?: { code?: unknown }[] }[] };
    const hasCode = (a: Shown) => a.questions.find((q) => q.options?.some((o) => o.code));
    // 3 of the 9 questions have code options and 6 are drawn: rarely, a draw has none; then draw again.
    let attempt: Shown = (await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json()).attempt;
    for (let i = 0; i < 10 && !hasCode(attempt); i++) {
      await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [] } });
      attempt = (await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json()).attempt;
    }
    const codeQuestion = hasCode(attempt)!;
    const key = byId.get(codeQuestion.id)!;
    const wrong = key.type === "single" ? key.options.find((o) => o.id !== key.answer && o.misconception)! : null;
    const { result } = await (await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [{ questionId: key.id, answer: wrong!.id }] } })).json();
    expect(result.questions.find((q: { questionId: string }) => q.questionId === key.id)).toMatchObject({ correct: false, points: 0, misconceptions: [wrong!.misconception] });
  });

  test("mastery: 401 signed out, 404 for an unknown or malformed concept", async ({ request }) => {
    const signedOut = await request.get("/api/me/mastery/routing");
    expect(signedOut.status()).toBe(401);
    expect((await signedOut.json()).error.code).toBe("unauthorized");
    await signedInUser(request, "compare-404");
    for (const concept of ["no-such-concept", "Routing", "a..b"]) {
      const response = await request.get(`/api/me/mastery/${concept}`);
      expect(response.status(), concept).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });
});
