import { request as httpRequest } from "node:http";
import { expect, request as playwrightRequest, test } from "../support/fixtures";
import type { Question } from "../../lib/content/schema";
import { firstQuiz, signedInUser } from "../support/http";
import { expectedAnswer } from "../../lib/quiz/answer-key";

const quiz = firstQuiz();

/** Answers every question correctly, from the key the server keeps. */
function correctAnswers(questions: { id: string }[]) {
  const byId = new Map<string, Question>(quiz.questions.map((q) => [q.id, q]));
  return questions.map(({ id }) => {
    const q = byId.get(id)!;
    return { questionId: id, answer: expectedAnswer(q) };
  });
}

test.describe("quiz attempts over HTTP", () => {
  test("signed out: private endpoints answer 401 with the error shape", async ({ request }) => {
    for (const response of [
      await request.post(`/api/quizzes/${quiz.id}/attempts`),
      await request.post("/api/attempts/abcdefghijklmnopqrstuvwx/submit", { data: { answers: [] } }),
      await request.get("/api/attempts/abcdefghijklmnopqrstuvwx"),
      await request.get("/api/me/progress"),
    ]) {
      expect(response.status()).toBe(401);
      expect((await response.json()).error).toMatchObject({ code: "unauthorized", message: expect.any(String) });
    }
  });

  test("start, resume, submit once, read back; no answer key before submitting", async ({ request }) => {
    await signedInUser(request, "attempt");
    const started = await request.post(`/api/quizzes/${quiz.id}/attempts`);
    expect(started.status()).toBe(201);
    const raw = await started.text();
    const { attempt } = JSON.parse(raw);
    expect(attempt).toMatchObject({ id: expect.any(String), quizId: quiz.id, startedAt: expect.any(String) });
    expect(attempt.questions.length).toBe(quiz.draw ?? quiz.questions.length);
    for (const q of attempt.questions) expect(Object.keys(q).sort()).toEqual(expect.arrayContaining(["id", "prompt", "type"]));
    expect(raw).not.toMatch(/"(answer|accept|explanation|misconception|correct)"/);
    for (const q of quiz.questions) expect(raw).not.toContain(q.explanation);

    const resumed = await request.post(`/api/quizzes/${quiz.id}/attempts`);
    expect(resumed.status()).toBe(200);
    expect((await resumed.json()).attempt).toEqual(attempt);

    const before = await (await request.get(`/api/attempts/${attempt.id}`)).json();
    expect(before.attempt.result).toBeUndefined();

    const submitted = await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: correctAnswers(attempt.questions) } });
    expect(submitted.status()).toBe(200);
    const { result } = await submitted.json();
    expect(result).toMatchObject({ attemptId: attempt.id, percent: 100, passed: true });
    expect(result.score).toBe(result.maxScore);
    for (const q of result.questions) expect(q).toMatchObject({ correct: true, explanation: expect.any(String), expected: expect.anything() });

    const twice = await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [] } });
    expect(twice.status()).toBe(409);
    expect((await twice.json()).error.code).toBe("conflict");

    const after = await (await request.get(`/api/attempts/${attempt.id}`)).json();
    expect(after.attempt.result).toEqual(result);

    const progress = await (await request.get("/api/me/progress")).json();
    const flask = progress.tracks.find((t: { slug: string }) => t.slug === "flask");
    expect(flask.quizzes.find((q: { quizId: string }) => q.quizId === quiz.id)).toMatchObject({ bestPercent: 100, attempts: 1, passed: true });
    expect(progress.recentAttempts[0]).toMatchObject({ attemptId: attempt.id, percent: 100 });

    const fresh = await request.post(`/api/quizzes/${quiz.id}/attempts`);
    expect(fresh.status()).toBe(201);
  });

  test("another user's attempt is a 404 to read and to submit, and stays unsubmitted", async ({ request, baseURL }) => {
    await signedInUser(request, "owner");
    const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();

    const intruder = await playwrightRequest.newContext({ baseURL });
    await signedInUser(intruder, "intruder");
    expect((await intruder.get(`/api/attempts/${attempt.id}`)).status()).toBe(404);
    const stolen = await intruder.post(`/api/attempts/${attempt.id}/submit`, { data: { answers: [] } });
    expect(stolen.status()).toBe(404);
    expect((await stolen.json()).error.code).toBe("not_found");
    await intruder.dispose();

    const mine = await (await request.get(`/api/attempts/${attempt.id}`)).json();
    expect(mine.attempt.submittedAt).toBeNull();
  });

  test("bad submissions get 4xx, name the question, and change nothing", async ({ request }) => {
    await signedInUser(request, "badinput");
    const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
    const q = attempt.questions[0];
    const wrongShape = q.type === "true_false" ? "yes" : 12345;
    const cases = [
      { data: { answers: [{ questionId: q.id, answer: wrongShape }] }, status: 400, mentions: q.id },
      { data: { answers: [{ questionId: "no-such-question", answer: "a" }] }, status: 400, mentions: "no-such-question" },
      { data: { answers: "all of them" }, status: 400 },
      { data: { answers: [{ questionId: q.id, answer: "a" }, { questionId: q.id, answer: "b" }] }, status: 400 },
      { data: {}, status: 400 },
      { data: { answers: [], extra: true }, status: 400 },
      { data: { answers: [{ questionId: q.id, answer: "x".repeat(70_000) }] }, status: 413 },
    ];
    for (const c of cases) {
      const response = await request.post(`/api/attempts/${attempt.id}/submit`, { data: c.data });
      expect(response.status(), JSON.stringify(c.data).slice(0, 80)).toBe(c.status);
      const body = await response.json();
      expect(body.error.code).toEqual(expect.any(String));
      if (c.mentions) expect(JSON.stringify(body.error.issues)).toContain(c.mentions);
    }
    const malformed = await request.post(`/api/attempts/${attempt.id}/submit`, { headers: { "content-type": "application/json" }, data: Buffer.from("{\"answers\": [") });
    expect(malformed.status()).toBe(400);

    for (const url of ["/api/quizzes/no.such-quiz/attempts", "/api/attempts/not-an-id/submit", "/api/attempts/zzzzzzzzzzzzzzzzzzzzzzzzz/submit"]) {
      const response = await request.post(url, { data: { answers: [] } });
      expect(response.status(), url).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }

    const garbled = await request.post("/api/quizzes/%00%ff/attempts");
    expect(garbled.status()).toBe(400);
    expect((await garbled.json()).error.code).toBe("bad_request");

    const still = await (await request.get(`/api/attempts/${attempt.id}`)).json();
    expect(still.attempt.submittedAt).toBeNull();
  });
});

/** A POST whose body is sent in chunks without a Content-Length (Transfer-Encoding: chunked). */
function postChunked(url: string, cookie: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", cookie } }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

test("a body without a declared length is capped as it streams, and read whole when it fits", async ({ request, baseURL }) => {
  await signedInUser(request, "chunked");
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
  const url = `${baseURL}/api/attempts/${attempt.id}/submit`;

  const answer = JSON.stringify({ answers: [{ questionId: attempt.questions[0].id, answer: "x".repeat(70_000) }] });
  const tooBig = await postChunked(url, cookie, [answer.slice(0, 30_000), answer.slice(30_000)]);
  expect(tooBig.status).toBe(413);
  expect(JSON.parse(tooBig.body).error.code).toBe("payload_too_large");

  const body = JSON.stringify({ answers: correctAnswers(attempt.questions) });
  const graded = await postChunked(url, cookie, [body.slice(0, 10), body.slice(10)]);
  expect(graded.status, graded.body.slice(0, 200)).toBe(200);
  expect(JSON.parse(graded.body).result.passed).toBe(true);
});

test("GET /api/tracks lists the catalog publicly", async ({ request }) => {
  const response = await request.get("/api/tracks");
  expect(response.status()).toBe(200);
  const { tracks } = await response.json();
  const flask = tracks.find((t: { slug: string }) => t.slug === "flask");
  expect(flask).toMatchObject({ title: expect.any(String), summary: expect.any(String) });
  expect(flask.lessons[0]).toEqual({ slug: expect.any(String), title: expect.any(String), quizId: quiz.id });
});
