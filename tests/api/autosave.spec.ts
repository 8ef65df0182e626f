import { expect, request as playwrightRequest, test } from "../support/fixtures";
import { firstQuiz, signedInUser } from "../support/http";

const quiz = firstQuiz();

test.describe("PUT /api/attempts/{id}/answers (autosave)", () => {
  test("drafts round-trip through a resume, and are replaced by each save", async ({ request }) => {
    await signedInUser(request, "draft");
    const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
    expect(attempt.draft).toBeNull();
    const [first, second] = attempt.questions;
    const valueFor = (q: { type: string; options?: { id: string }[] }) => (q.type === "true_false" ? true : q.type === "short_text" ? "flask run" : q.type === "multiple" || q.type === "ordering" ? [q.options![0]!.id] : q.options?.[0]?.id);

    const saved = await request.put(`/api/attempts/${attempt.id}/answers`, { data: { answers: [{ questionId: first.id, answer: valueFor(first) }] } });
    expect(saved.status()).toBe(200);
    expect((await saved.json()).savedAt).toEqual(expect.any(String));

    const resumed = (await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json()).attempt;
    expect(resumed.id).toBe(attempt.id);
    expect(resumed.questions).toEqual(attempt.questions);
    expect(resumed.draft.answers).toEqual([{ questionId: first.id, answer: valueFor(first) }]);

    await request.put(`/api/attempts/${attempt.id}/answers`, { data: { answers: [{ questionId: second.id, answer: valueFor(second) }] } });
    const again = (await (await request.get(`/api/attempts/${attempt.id}`)).json()).attempt;
    expect(again.draft.answers).toEqual([{ questionId: second.id, answer: valueFor(second) }]);
  });

  test("a wrongly shaped draft is a 400 naming the question, and keeps the previous draft", async ({ request }) => {
    await signedInUser(request, "draftbad");
    const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
    const q = attempt.questions.find((x: { type: string }) => x.type !== "true_false") ?? attempt.questions[0];
    const bad = await request.put(`/api/attempts/${attempt.id}/answers`, { data: { answers: [{ questionId: q.id, answer: q.type === "true_false" ? "maybe" : true }] } });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe("validation");
    expect(JSON.stringify(body.error.issues)).toContain(q.id);
    expect((await (await request.get(`/api/attempts/${attempt.id}`)).json()).attempt.draft).toBeNull();
  });

  test("only the owner can autosave; a submitted attempt refuses drafts with 409", async ({ request, baseURL }) => {
    await signedInUser(request, "draftowner");
    const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
    const other = await playwrightRequest.newContext({ baseURL });
    await signedInUser(other, "draftthief");
    const stolen = await other.put(`/api/attempts/${attempt.id}/answers`, { data: { answers: [] } });
    expect(stolen.status()).toBe(404);
    await other.dispose();

    await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [] } });
    const late = await request.put(`/api/attempts/${attempt.id}/answers`, { data: { answers: [] } });
    expect(late.status()).toBe(409);
    expect((await (await request.get(`/api/attempts/${attempt.id}`)).json()).attempt.draft).toBeNull();
  });

  test("signed out: 401", async ({ request }) => {
    expect((await request.put("/api/attempts/abcdefghijklmnopqrstuvwx/answers", { data: { answers: [] } })).status()).toBe(401);
  });
});
