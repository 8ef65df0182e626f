import { expect, test } from "../support/fixtures";
import { catalog, firstQuiz, PASSWORD, randomIp, SIGNUP_MAIL, signedInUser, uniqueEmail } from "../support/http";
import { linkFromOutbox, tokenOf } from "../support/outbox";
import { Contract } from "../support/openapi";

const quiz = firstQuiz();
const lessonId = catalog.tracks.find((t) => t.slug === "flask")!.lessons[0]!.id;
const NO_ATTEMPT = "a".repeat(24);

type PublicQuestion = { id: string; type: string; options?: { id: string }[] };
/** A well-formed answer in the question's shape (right or wrong does not matter here). */
function answerIn(question: PublicQuestion): unknown {
  const ids = (question.options ?? []).map((o) => o.id);
  return ({ single: ids[0], multiple: ids.slice(0, 1), true_false: true, short_text: "x", ordering: ids, matching: {} } as Record<string, unknown>)[question.type];
}

test.describe("the OpenAPI contract against the real server", () => {
  test("the document is served as JSON, never cached by browsers, and lists the session cookie", async ({ request }) => {
    const response = await request.get("/api/openapi.json");
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toBe("no-store");
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie" });
  });

  test("public routes: each status and body as documented", async ({ request }) => {
    const api = await Contract.load(request);
    await api.check(await request.get("/api/ping"), "GET", "/api/ping", 200);
    await api.check(await request.get("/api/health/live"), "GET", "/api/health/live", 200);
    // 503 when the database is slow to answer (a loaded machine): both are documented, each body is checked.
    const ready = await request.get("/api/health/ready");
    await api.check(ready, "GET", "/api/health/ready", ready.status() === 503 ? 503 : 200);
    await api.check(await request.get("/api/tracks"), "GET", "/api/tracks", 200);
    await api.check(await request.get("/api/openapi.json"), "GET", "/api/openapi.json", 200);
    await api.check(await request.get("/api/recommendation?build=json-api&lang=python&lang=ruby"), "GET", "/api/recommendation", 200);
    await api.check(await request.get("/api/recommendation?build=nonsense"), "GET", "/api/recommendation", 400);

    const email = uniqueEmail("contract");
    const headers = { "x-forwarded-for": randomIp() };
    // A new address and one signed up already get the same 202; the account exists once the mailed link is followed.
    await api.check(await request.post("/api/register", { data: { email, password: PASSWORD }, headers }), "POST", "/api/register", 202);
    const token = tokenOf(await linkFromOutbox(email, "/signup/verify", { subject: SIGNUP_MAIL }));
    await api.check(await request.post("/api/register/verify", { data: { token }, headers }), "POST", "/api/register/verify", 201);
    await api.check(await request.post("/api/register/verify", { data: { token }, headers }), "POST", "/api/register/verify", 400);
    await api.check(await request.post("/api/register", { data: { email, password: PASSWORD }, headers }), "POST", "/api/register", 202);
    await api.check(await request.post("/api/register", { data: { email: "nope", password: "x" }, headers }), "POST", "/api/register", 400);
    await api.check(await request.post("/api/register", { data: "x".repeat(5000), headers: { ...headers, "content-type": "application/json" } }), "POST", "/api/register", 413);
    await api.check(await request.post("/api/register", { data: "email=a", headers: { ...headers, "content-type": "text/plain" } }), "POST", "/api/register", 415);
    await api.check(await request.post("/api/register", { data: {}, headers: { ...headers, "sec-fetch-site": "cross-site" } }), "POST", "/api/register", 403);

    await api.check(await request.post("/api/password/forgot", { data: { email } }), "POST", "/api/password/forgot", 202);
    await api.check(await request.post("/api/password/forgot", { data: {} }), "POST", "/api/password/forgot", 400);
    await api.check(await request.post("/api/password/reset", { data: { token: "x", password: PASSWORD } }), "POST", "/api/password/reset", 400);
    await api.check(await request.post("/api/me/email/confirm", { data: { token: "short" } }), "POST", "/api/me/email/confirm", 400);
  });

  test("signed out: every session route answers the documented 401", async ({ request }) => {
    const api = await Contract.load(request);
    for (const [path, ops] of Object.entries(api.doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        if (JSON.stringify(op.security) !== JSON.stringify([{ sessionCookie: [] }])) continue;
        const url = path.replace("{attemptId}", NO_ATTEMPT).replace("{quizId}", quiz.id).replace("{lessonId}", lessonId).replace("{concept}", "routing").replace("{track}", "flask").replace("{cardId}", NO_ATTEMPT);
        // Profile parses its body first (its 400 comes before the 401): send a valid one.
        const data = path === "/api/me/profile" ? { timeZone: "UTC" } : path === "/api/review/session" ? {} : undefined;
        await api.check(await request.fetch(url, { method: method.toUpperCase(), data }), method.toUpperCase(), path, 401);
      }
    expect(api.seen.size).toBeGreaterThanOrEqual(20);
  });

  test("a learner's routes: each status and body as documented", async ({ request }) => {
    const api = await Contract.load(request);
    await signedInUser(request, "contract");
    await api.check(await request.get("/api/me"), "GET", "/api/me", 200);
    await api.check(await request.put("/api/me/profile", { data: { timeZone: "Europe/Berlin", name: "Ada" } }), "PUT", "/api/me/profile", 200);
    await api.check(await request.put("/api/me/profile", { data: {} }), "PUT", "/api/me/profile", 400);

    const started = (await api.check(await request.post(`/api/quizzes/${quiz.id}/attempts`), "POST", "/api/quizzes/{quizId}/attempts", 201)) as { attempt: { id: string; questions: PublicQuestion[] } };
    await api.check(await request.post(`/api/quizzes/${quiz.id}/attempts`), "POST", "/api/quizzes/{quizId}/attempts", 200);
    await api.check(await request.post("/api/quizzes/no.such-quiz/attempts"), "POST", "/api/quizzes/{quizId}/attempts", 404);
    const id = started.attempt.id;
    await api.check(await request.put(`/api/attempts/${id}/answers`, { data: { answers: [] } }), "PUT", "/api/attempts/{attemptId}/answers", 200);
    await api.check(await request.put(`/api/attempts/${id}/answers`, { data: { answers: "all" } }), "PUT", "/api/attempts/{attemptId}/answers", 400);
    await api.check(await request.get(`/api/attempts/${id}`), "GET", "/api/attempts/{attemptId}", 200);
    await api.check(await request.get(`/api/attempts/${NO_ATTEMPT}`), "GET", "/api/attempts/{attemptId}", 404);
    const answers = started.attempt.questions.map((q) => ({ questionId: q.id, answer: answerIn(q) }));
    await api.check(await request.post(`/api/attempts/${id}/submit`, { data: { answers } }), "POST", "/api/attempts/{attemptId}/submit", 200);
    await api.check(await request.post(`/api/attempts/${id}/submit`, { data: { answers: [] } }), "POST", "/api/attempts/{attemptId}/submit", 409);
    await api.check(await request.get(`/api/attempts/${id}`), "GET", "/api/attempts/{attemptId}", 200);

    await api.check(await request.put(`/api/me/lessons/${lessonId}/complete`), "PUT", "/api/me/lessons/{lessonId}/complete", 200);
    await api.check(await request.delete(`/api/me/lessons/${lessonId}/complete`), "DELETE", "/api/me/lessons/{lessonId}/complete", 200);
    await api.check(await request.put("/api/me/lessons/no.such/complete"), "PUT", "/api/me/lessons/{lessonId}/complete", 404);
    await api.check(await request.get("/api/me/progress?tz=UTC"), "GET", "/api/me/progress", 200);
    await api.check(await request.get("/api/me/progress?tz=Mars/Olympus"), "GET", "/api/me/progress", 400);
    await api.check(await request.get("/api/me/review"), "GET", "/api/me/review", 200);
    await api.check(await request.get("/api/me/mastery/routing"), "GET", "/api/me/mastery/{concept}", 200);
    await api.check(await request.get("/api/me/mastery/no-such-concept"), "GET", "/api/me/mastery/{concept}", 404);
    await api.check(await request.get("/api/me/tracks/flask/progress"), "GET", "/api/me/tracks/{track}/progress", 200);
    await api.check(await request.get("/api/me/tracks/nope/progress"), "GET", "/api/me/tracks/{track}/progress", 404);

    type Card = { cardId: string; question: PublicQuestion };
    // Missed questions are due today, the others later ("ahead"): one of the two holds a card.
    const due = (await api.check(await request.post("/api/review/session", { data: {} }), "POST", "/api/review/session", 200)) as { cards: Card[] };
    const ahead = (await api.check(await request.post("/api/review/session", { data: { mode: "ahead" } }), "POST", "/api/review/session", 200)) as { cards: Card[] };
    const session = { cards: [...due.cards, ...ahead.cards] };
    await api.check(await request.post("/api/review/session", { data: { mode: "everything" } }), "POST", "/api/review/session", 400);
    // The submitted attempt made review cards; answer one in its question's shape.
    const card = session.cards[0]!;
    await api.check(await request.post(`/api/review/cards/${card.cardId}/answer`, { data: { answer: answerIn(card.question), practice: true } }), "POST", "/api/review/cards/{cardId}/answer", 200);
    await api.check(await request.post(`/api/review/cards/${NO_ATTEMPT}/answer`, { data: { answer: true } }), "POST", "/api/review/cards/{cardId}/answer", 404);

    await api.check(await request.put("/api/me/password", { data: { currentPassword: PASSWORD, newPassword: "short" } }), "PUT", "/api/me/password", 400);
    await api.check(await request.post("/api/me/email", { data: { email: "not an address" } }), "POST", "/api/me/email", 400);
    await api.check(await request.post("/api/me/oidc-link", { data: { token: "short" } }), "POST", "/api/me/oidc-link", 400);
    const exported = await request.get("/api/me/export");
    expect(exported.headers()["content-disposition"]).toMatch(/^attachment; filename="framewise-data-/);
    await api.check(exported, "GET", "/api/me/export", 200);
    await api.check(await request.delete("/api/me", { data: { email: "someone-else@example.test", password: PASSWORD } }), "DELETE", "/api/me", 400);
    await api.check(await request.post("/api/me/sessions/revoke-all"), "POST", "/api/me/sessions/revoke-all", 200);
    await api.check(await request.get("/api/me"), "GET", "/api/me", 401);
  });

  test("deleting the account answers as documented", async ({ request }) => {
    const api = await Contract.load(request);
    const user = await signedInUser(request, "contract-delete");
    await api.check(await request.delete("/api/me", { data: { email: user.email, password: PASSWORD } }), "DELETE", "/api/me", 200);
  });
});
