import { expect, test } from "../support/fixtures";
import { firstQuiz, PASSWORD, register, signedInUser, uniqueEmail } from "../support/http";

const quiz = firstQuiz();
const shortText = quiz.questions.find((q) => q.type === "short_text");

test.describe("text PostgreSQL cannot store is a 400 naming the field", () => {
  for (const [label, name] of [["a NUL character", "Ada\u0000Lovelace"], ["an unpaired surrogate", "Ada \ud800"]]) {
    test(`${label} in the name at registration`, async ({ request }) => {
      const email = uniqueEmail("nul");
      const response = await request.post("/api/register", { data: { email, password: PASSWORD, name } });
      expect(response.status()).toBe(400);
      expect((await response.json()).error.issues).toEqual([{ path: "name", message: expect.stringContaining("NUL") }]);
      // Nothing was stored: the address is still free, and signing up with a good name creates it.
      expect(await register(request, email, "Ada")).toMatchObject({ email, name: "Ada" });
    });
  }

  test("a NUL character or an unpaired surrogate in a short_text answer, at submit and autosave", async ({ request }) => {
    test.skip(!shortText, "the first quiz has no short_text question");
    await signedInUser(request, "nulanswer");
    const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
    const question = attempt.questions.find((q: { id: string }) => q.id === shortText!.id);
    test.skip(!question, "the short_text question was not drawn");
    for (const answer of ["flask\u0000", "\udc00flask"]) {
      const body = { answers: [{ questionId: shortText!.id, answer }] };
      const autosave = await request.put(`/api/attempts/${attempt.id}/answers`, { data: body });
      expect(autosave.status()).toBe(400);
      expect(JSON.stringify((await autosave.json()).error.issues)).toContain(shortText!.id);
      const submit = await request.post(`/api/attempts/${attempt.id}/submit`, { data: body });
      expect(submit.status()).toBe(400);
      expect(JSON.stringify((await submit.json()).error.issues)).toContain(shortText!.id);
    }
    expect((await (await request.get(`/api/attempts/${attempt.id}`)).json()).attempt.submittedAt).toBeNull();
  });
});

test("per-user API responses are never cached, a submitted attempt with its key included", async ({ request }) => {
  expect((await request.get("/api/me/progress")).headers()["cache-control"]).toBe("no-store"); // 401 too
  await signedInUser(request, "nostore");
  const start = await request.post(`/api/quizzes/${quiz.id}/attempts`);
  expect(start.headers()["cache-control"]).toBe("no-store");
  const { attempt } = await start.json();
  const submit = await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [] } });
  expect(submit.headers()["cache-control"]).toBe("no-store");
  for (const path of [`/api/attempts/${attempt.id}`, "/api/me/progress", "/api/me", `/api/me/tracks/flask/progress`])
    expect((await request.get(path)).headers()["cache-control"], path).toBe("no-store");
});

test("five concurrent starts of one quiz get the same attempt: one 201, four 200", async ({ request }) => {
  await signedInUser(request, "startrace");
  const responses = await Promise.all(Array.from({ length: 5 }, () => request.post(`/api/quizzes/${quiz.id}/attempts`)));
  const statuses = responses.map((r) => r.status()).sort();
  expect(statuses).toEqual([200, 200, 200, 200, 201]);
  const ids = await Promise.all(responses.map(async (r) => (await r.json()).attempt.id));
  expect(new Set(ids).size).toBe(1);
});
