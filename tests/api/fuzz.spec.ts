import fc from "fast-check";
import pg from "pg";
import { expect, test, type APIRequestContext } from "../support/fixtures";
import { firstQuiz, randomIp, signIn, signedInUser } from "../support/http";
import { serverDatabaseUrl } from "../support/server-database";

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

// Every row that belongs to these learners, in every table that holds learner data, as one digest
// read from the server's database: what the API shows could stay the same while a row changed.
const LEARNER_ROWS = `
  SELECT count(*)::int AS rows, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS digest FROM (
    SELECT 'User ' || u::text FROM "User" u WHERE u.id = ANY($1)
    UNION ALL SELECT 'OidcAccount ' || t::text FROM "OidcAccount" t WHERE t."userId" = ANY($1)
    UNION ALL SELECT 'AuthToken ' || t::text FROM "AuthToken" t WHERE t."userId" = ANY($1)
    UNION ALL SELECT 'LessonProgress ' || t::text FROM "LessonProgress" t WHERE t."userId" = ANY($1)
    UNION ALL SELECT 'QuizAttempt ' || t::text FROM "QuizAttempt" t WHERE t."userId" = ANY($1)
    UNION ALL SELECT 'AttemptAnswer ' || a::text FROM "AttemptAnswer" a JOIN "QuizAttempt" t ON t.id = a."attemptId" WHERE t."userId" = ANY($1)
    UNION ALL SELECT 'ReviewCard ' || t::text FROM "ReviewCard" t WHERE t."userId" = ANY($1)
    UNION ALL SELECT 'ReviewLog ' || t::text FROM "ReviewLog" t WHERE t."userId" = ANY($1)
  ) AS learner(r)`;
// A refused registration must not have created (or touched) an account for the address it named.
const ACCOUNTS_NAMED = `SELECT count(*)::int AS rows, md5(coalesce(string_agg(u::text, ',' ORDER BY u.id), '')) AS digest FROM "User" u WHERE u.email = lower(trim($1))`;

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
  test(`fuzz ${name}: never a 5xx, and a refused input changes no row`, async ({ request }) => {
    test.setTimeout(120_000);
    const database = new pg.Client({ connectionString: serverDatabaseUrl() });
    await database.connect();
    const owner = await signedInUser(request, "fuzz");
    const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
    let calls = 0;
    let ownerSignedIn = true;
    const learners: string[] = [owner.id];
    // What the signed-in learner sees (attempts, answers, scores, lessons), plus the first learner's
    // open attempt while they are the one calling, plus every row of both learners in the database.
    const snapshot = async () =>
      JSON.stringify([
        await (await request.get("/api/me/progress")).json(),
        ownerSignedIn ? await (await request.get(`/api/attempts/${attempt.id}`)).json() : null,
        (await database.query(LEARNER_ROWS, [learners])).rows[0],
      ]);
    const accountsNamed = async (email: unknown) => (typeof email === "string" ? JSON.stringify((await database.query(ACCOUNTS_NAMED, [email])).rows[0]) : null);
    let state = await snapshot();
    const body = fc.oneof(jsonish.map((json) => ({ json })), rawBody.map((raw) => ({ raw })));
    try {
      await fc.assert(
        fc.asyncProperty(body, fc.oneof(segment, fc.constant(attempt.id as string)), async (b, s) => {
          if (++calls % CALLS_PER_LEARNER === 0) {
            learners[1] = (await signedInUser(request, "fuzz")).id;
            ownerSignedIn = false;
            state = await snapshot();
          }
          const email = "json" in b ? (b.json as { email?: unknown } | null | undefined)?.email : undefined;
          const named = await accountsNamed(email);
          const status = (await send(request, b, s)).status();
          const input = `${name} with ${JSON.stringify(b).slice(0, 120)} at ${s}`;
          expect(status, input).toBeLessThan(500);
          const now = await snapshot();
          if (status >= 400) {
            expect(now, `rejected (${status}) yet changed a learner's row: ${input}`).toBe(state);
            expect(await accountsNamed(email), `rejected (${status}) yet created or changed the account it named: ${input}`).toBe(named);
          }
          state = now;
        }),
        { numRuns: RUNS },
      );
    } finally {
      await database.end();
    }
    // Whatever was refused left the first learner's open attempt as it was: nothing submitted, no answers stored.
    await signIn(request, owner.email);
    const after = (await (await request.get(`/api/attempts/${attempt.id}`)).json()).attempt;
    if (!name.includes("submit") && !name.includes("answers")) expect(after.submittedAt).toBeNull();
    if (after.submittedAt) expect(after.result.attemptId).toBe(attempt.id);
  });
}
