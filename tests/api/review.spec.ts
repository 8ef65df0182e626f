import type { Question } from "../../lib/content/schema";
import { expect, test, type APIRequestContext } from "../support/fixtures";
import { firstQuiz, signedInUser } from "../support/http";
import { middayZone } from "../support/zones";
import { expectedAnswer, wrongAnswer } from "../../lib/quiz/answer-key";

const quiz = firstQuiz();
const key = new Map<string, Question>(quiz.questions.map((q) => [q.id, q]));

/** Submits the first quiz with every answer wrong but well formed, so every card is due today. */
async function missEverything(request: APIRequestContext) {
  const { attempt } = await (await request.post(`/api/quizzes/${quiz.id}/attempts`)).json();
  const answers = (attempt.questions as { id: string }[]).map(({ id }) => {
    const q = key.get(id);
    return { questionId: id, answer: q ? wrongAnswer(q) : null };
  });
  expect((await request.post(`/api/attempts/${attempt.id}/submit`, { data: { answers } })).status()).toBe(200);
}

test.describe("review API", () => {
  test("signed out: 401 everywhere", async ({ request }) => {
    expect((await request.get("/api/me/review")).status()).toBe(401);
    expect((await request.post("/api/review/session", { data: {} })).status()).toBe(401);
    expect((await request.post("/api/review/cards/abcdefghijklmnopqrstuvwx/answer", { data: { answer: true } })).status()).toBe(401);
  });

  test("queue, session, answer: no key before answering, 400 for a wrong shape, 409 twice, 404 for another learner", async ({ request, playwright, baseURL }) => {
    await signedInUser(request, "review-api");
    await request.put("/api/me/profile", { data: { timeZone: middayZone() } });
    const empty = await (await request.get("/api/me/review")).json();
    expect(empty).toMatchObject({ due: 0, next: [], nextDue: null });
    expect(empty.forecast).toHaveLength(14);

    await missEverything(request);
    const overview = await (await request.get("/api/me/review?tz=UTC")).json();
    expect(overview.timeZone).toBe("UTC");
    expect(overview.next.length).toBeGreaterThan(0);

    const bad = await request.post("/api/review/session", { data: { mode: "everything", limit: 500 } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.code).toBe("validation");

    const sessionResponse = await request.post("/api/review/session", { data: { mode: "mistakes", limit: 3 } });
    expect(sessionResponse.status()).toBe(200);
    const text = await sessionResponse.text();
    for (const q of quiz.questions) expect(text).not.toContain(q.explanation);
    expect(text).not.toMatch(/"(answer|accept|expected|explanation|misconception)"/);
    const { cards } = JSON.parse(text) as { cards: { cardId: string; practice: boolean; question: { id: string } }[] };
    expect(cards).toHaveLength(3);
    const card = cards[0]!;
    const q = key.get(card.question.id)!;

    const shape = await request.post(`/api/review/cards/${card.cardId}/answer`, { data: { answer: { not: "an answer" }, practice: card.practice } });
    expect(shape.status()).toBe(400);
    expect((await request.post(`/api/review/cards/${card.cardId}/answer`, { data: { practice: true } })).status()).toBe(400);

    // Another learner cannot see or answer it.
    const other = await playwright.request.newContext({ baseURL });
    await signedInUser(other, "review-api-other");
    expect((await other.post(`/api/review/cards/${card.cardId}/answer`, { data: { answer: expectedAnswer(q) } })).status()).toBe(404);
    expect((await other.post(`/api/review/cards/not-a-card/answer`, { data: { answer: true } })).status()).toBe(404);
    await other.dispose();

    // Ten answers at once: exactly one counts.
    const statuses = await Promise.all(Array.from({ length: 10 }, () => request.post(`/api/review/cards/${card.cardId}/answer`, { data: { answer: expectedAnswer(q), practice: card.practice } }).then((r) => r.status())));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);

    // A served card answered right is not due again today: answering without being due is a 409.
    const again = await (await request.post("/api/review/session", { data: { cardIds: [card.cardId] } })).json();
    expect(again.cards).toHaveLength(1);
    expect(again.cards[0].practice).toBe(true);
    const notDue = await request.post(`/api/review/cards/${card.cardId}/answer`, { data: { answer: expectedAnswer(q) } });
    expect(notDue.status()).toBe(409);
    const practice = await request.post(`/api/review/cards/${card.cardId}/answer`, { data: { answer: expectedAnswer(q), practice: true } });
    expect(practice.status()).toBe(200);
    expect((await practice.json()).result).toMatchObject({ correct: true, practice: true, explanation: q.explanation });
  });
});
