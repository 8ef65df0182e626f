import fc from "fast-check";
import { expect, test, type APIRequestContext } from "../support/fixtures";
import { firstQuiz, randomIp, signIn, signedInUser } from "../support/http";

// Thousands of generated bodies, params and queries against every route handler:
// none may produce a 5xx, and none of the rejected ones may change what the learner has.
const quiz = firstQuiz();
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// Per-user rate limits allow 60 attempt starts or submits a minute: switch learners before that, so inputs reach the handlers.
const CALLS_PER_LEARNER = 50;

const jsonish = fc.oneof(
  fc.jsonValue(),
  fc.record({ answers: fc.array(fc.record({ questionId: fc.oneof(fc.string(), fc.constantFrom(...quiz.questions.map((q) => q.id))), answer: fc.jsonValue() }), { maxLength: 8 }) }),
  fc.record({ email: fc.oneof(fc.string(), fc.emailAddress()), password: fc.string(), name: fc.jsonValue() }, { requiredKeys: [] }),
);
const rawBody = fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom("{", "[", "{\"answers\": [", "\u0000", "null", "true", "1e999", "\"\\ud800\""));
const segment = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("flask.philosophy", "compare.routing", "routing", "a".repeat(300), "..", "%", "cmxxxxxxxxxxxxxxxxxxxxxxx")).map(encodeURIComponent);

type Send = (request: APIRequestContext, body: { json?: unknown; raw?: string }, segment: string) => Promise<{ status: () => number }>;

const endpoints: [string, Send][] = [
  ["POST /api/register", (r, b) => r.post("/api/register", { ...payload(b), headers: { "x-forwarded-for": randomIp(), ...(b.raw !== undefined ? { "content-type": "application/json" } : {}) } })],
  ["POST /api/register/verify", (r, b) => r.post("/api/register/verify", { ...payload(b), headers: { "x-forwarded-for": randomIp(), ...(b.raw !== undefined ? { "content-type": "application/json" } : {}) } })],
  ["POST /api/quizzes/{id}/attempts", (r, b, s) => r.post(`/api/quizzes/${s}/attempts`, payload(b))],
  ["POST /api/attempts/{id}/submit", (r, b, s) => r.post(`/api/attempts/${s}/submit`, payload(b))],
  ["PUT /api/attempts/{id}/answers", (r, b, s) => r.put(`/api/attempts/${s}/answers`, payload(b))],
  ["GET /api/attempts/{id}", (r, _b, s) => r.get(`/api/attempts/${s}`)],
  ["PUT /api/me/lessons/{id}/complete", (r, b, s) => r.put(`/api/me/lessons/${s}/complete`, payload(b))],
  ["GET /api/me/tracks/{track}/progress", (r, _b, s) => r.get(`/api/me/tracks/${s}/progress`)],
  ["GET /api/me/progress?…", (r, _b, s) => r.get(`/api/me/progress?tz=${s}&x=${s}`)],
  ["GET /api/me/mastery/{concept}", (r, _b, s) => r.get(`/api/me/mastery/${s}`)],
  ["GET /api/me/review?…", (r, _b, s) => r.get(`/api/me/review?tz=${s}`)],
  ["POST /api/review/session", (r, b) => r.post("/api/review/session", payload(b))],
  ["POST /api/review/cards/{id}/answer", (r, b, s) => r.post(`/api/review/cards/${s}/answer`, payload(b))],
];

function payload(body: { json?: unknown; raw?: string }) {
  return body.raw !== undefined ? { data: Buffer.from(body.raw), headers: { "content-type": "application/json" } } : { data: body.json };
}

for (const [name, send] of endpoints) {
  test(`fuzz ${name}: never a 5xx`, async ({ request }) => {
    test.setTimeout(120_000);
    const owner = await signedInUser(request, "fuzz");
    const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
    let calls = 0;
    let ownerSignedIn = true;
    // What the signed-in learner has (attempts, answers, scores, lessons), plus the first learner's open
    // attempt while they are the one calling: a rejected input must leave all of it exactly as it was.
    const snapshot = async () =>
      JSON.stringify([
        await (await request.get("/api/me/progress")).json(),
        ownerSignedIn ? await (await request.get(`/api/attempts/${attempt.id}`)).json() : null,
      ]);
    let state = await snapshot();
    const body = fc.oneof(jsonish.map((json) => ({ json })), rawBody.map((raw) => ({ raw })));
    await fc.assert(
      fc.asyncProperty(body, fc.oneof(segment, fc.constant(attempt.id as string)), async (b, s) => {
        if (++calls % CALLS_PER_LEARNER === 0) {
          await signedInUser(request, "fuzz");
          ownerSignedIn = false;
          state = await snapshot();
        }
        const status = (await send(request, b, s)).status();
        const input = `${name} with ${JSON.stringify(b).slice(0, 120)} at ${s}`;
        expect(status, input).toBeLessThan(500);
        const now = await snapshot();
        if (status >= 400) expect(now, `rejected (${status}) yet changed the learner's data: ${input}`).toBe(state);
        state = now;
      }),
      { numRuns: RUNS },
    );
    // Whatever was refused left the first learner's open attempt as it was: nothing submitted, no answers stored.
    await signIn(request, owner.email);
    const after = (await (await request.get(`/api/attempts/${attempt.id}`)).json()).attempt;
    if (!name.includes("submit") && !name.includes("answers")) expect(after.submittedAt).toBeNull();
    if (after.submittedAt) expect(after.result.attemptId).toBe(attempt.id);
  });
}
